package jp.gyomu.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.gyomu.fields.FieldType;
import jp.gyomu.process.CaseField;
import org.junit.jupiter.api.Test;

/**
 * Every text the studio's pages and scripts ask for is in both bundles (MessageBundlesTest keeps
 * the bundles' keys in step; this one finds keys the pages use but nobody wrote).
 */
class StudioTextsTest {

  private static final Path RESOURCES = Path.of("src", "main", "resources");
  private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(studio\\.[A-Za-z0-9.]+)}");
  private static final Pattern SCRIPT_KEY = Pattern.compile("T\\['([A-Za-z0-9.]+)'\\]");

  @Test
  void everyStudioTextThePagesAndScriptsUseIsInJapaneseAndEnglish() throws IOException {
    List<String> used = new ArrayList<>();
    for (Path page : files(RESOURCES.resolve("templates"), "studio", ".html")) {
      TEMPLATE_KEY.matcher(Files.readString(page)).results().forEach(m -> used.add(m.group(1)));
    }
    for (Path script : files(RESOURCES.resolve("static/js"), "studio", ".js")) {
      String text = Files.readString(script);
      SCRIPT_KEY.matcher(text).results().forEach(m -> used.add("studio.js." + m.group(1)));
    }
    // keys the scripts build: a type's name, a verdict, the trial table's headers, column labels
    Arrays.stream(FieldType.values()).forEach(t -> used.add("studio.js.type." + t.id()));
    Stream.of("RIGHT", "WRONG").forEach(v -> used.add("studio.js.verdict." + v));
    Arrays.stream(CaseField.Status.values()).forEach(s -> used.add("studio.js.status." + s));
    Stream.of("field", "value", "confidence", "verdict", "expected")
        .forEach(c -> used.add("studio.js.trial.col." + c));
    Stream.of("name", "label").forEach(c -> used.add("studio.js.column." + c));

    assertThat(used).as("keys found in the studio's pages and scripts").hasSizeGreaterThan(100);
    for (String bundle : List.of("messages.properties", "messages_en.properties")) {
      assertThat(load(bundle).stringPropertyNames())
          .as("studio texts in %s", bundle)
          .containsAll(new TreeSet<>(used));
    }
  }

  @Test
  void theJapaneseTextsAreJapanese() throws IOException {
    Properties ja = load("messages.properties");
    assertThat(ja.getProperty("studio.title")).isEqualTo("帳票定義");
    assertThat(ja.getProperty("studio.publish.submit")).isEqualTo("公開する");
  }

  private static List<Path> files(Path folder, String prefix, String suffix) throws IOException {
    try (var all = Files.list(folder)) {
      return all.filter(
              f ->
                  f.getFileName().toString().startsWith(prefix)
                      && f.getFileName().toString().endsWith(suffix))
          .toList();
    }
  }

  private static Properties load(String name) throws IOException {
    var properties = new Properties();
    try (var in = StudioTextsTest.class.getResourceAsStream("/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
