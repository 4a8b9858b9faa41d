package jp.gyomu.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tables in the docs that tests generate, between {@code <!-- name:start -->} and {@code <!--
 * name:end -->}. A test fails when the doc differs from what it generated, so the doc cannot drift;
 * {@code -Dgyomu.write-docs=true} writes the new table into the doc instead.
 */
public final class GeneratedDocs {

  private GeneratedDocs() {}

  /**
   * @param test the test class that generates the section, named in the message that says how to
   *     rewrite it
   */
  public static void assertSection(String doc, String name, String generated, String test) {
    Path file = ProjectFolders.root().resolve(doc);
    Path copy = ProjectFolders.root().resolve("target").resolve(name + ".md");
    try {
      Files.createDirectories(copy.getParent());
      Files.writeString(copy, generated, StandardCharsets.UTF_8);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String start = "<!-- " + name + ":start -->\n";
      String end = "<!-- " + name + ":end -->";
      int from = text.indexOf(start);
      int to = text.indexOf(end);
      if (from < 0 || to < from) {
        fail("%s has no section %s...%s", doc, start.strip(), end);
      }
      String current = text.substring(from + start.length(), to);
      if (current.equals(generated)) {
        return;
      }
      if (Boolean.getBoolean("gyomu.write-docs")) {
        Files.writeString(
            file,
            text.substring(0, from + start.length()) + generated + text.substring(to),
            StandardCharsets.UTF_8);
        return;
      }
      fail(
          "%s is out of date: section '%s' differs from what the code does now (%s).%n"
              + "Review the difference, then rewrite it with:%n"
              + "  ./mvnw -q verify -Dsurefire.failIfNoSpecifiedTests=false -Dtest='%s'"
              + " -Dgyomu.write-docs=true",
          doc, name, copy, test);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
