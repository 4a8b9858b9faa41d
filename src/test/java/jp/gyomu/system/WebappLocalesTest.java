package jp.gyomu.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gyomu's Japanese locale files for Camunda's webapps have an entry for every key of the English
 * files Camunda ships (read from the webjar on the classpath, so an upgrade of Camunda that adds a
 * key fails here), no key English lacks, and the same placeholders as English.
 */
class WebappLocalesTest {

  static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}|\\{}");
  static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyKeyOfTheEnglishFileHasAJapaneseEntryAndNoOther(String app) throws IOException {
    var english = entries(camundasFile(app, "en"));
    var japanese = entries(gyomusFile(app, "ja"));

    assertThat(english).as("Camunda's %s en.json", app).hasSizeGreaterThan(100);
    assertThat(new TreeSet<>(english.keySet()))
        .as("keys of %s en.json without a Japanese entry", app)
        .isSubsetOf(japanese.keySet());
    assertThat(new TreeSet<>(japanese.keySet()))
        .as("keys of %s ja.json that Camunda's en.json lacks", app)
        .isSubsetOf(english.keySet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void japaneseTextsCarryTheSamePlaceholdersAsEnglish(String app) throws IOException {
    var english = entries(camundasFile(app, "en"));
    var japanese = entries(gyomusFile(app, "ja"));
    Map<String, String> differing = new LinkedHashMap<>();
    english.forEach(
        (key, text) -> {
          String ja = japanese.get(key);
          if (ja != null && !placeholders(text).equals(placeholders(ja))) {
            differing.put(key, ja);
          }
        });
    assertThat(differing).as("%s texts whose placeholders differ from English", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void theJapaneseFileIsGyomusAndTheEnglishOneCamundas(String app) throws IOException {
    assertThat(resources(String.format(LOCALES, app, "en")))
        .as("en.json comes from Camunda's webjar only")
        .singleElement()
        .asString()
        .contains("camunda-webapp-webjar");
    assertThat(resources(String.format(LOCALES, app, "ja")))
        .as("ja.json comes from Gyomu only")
        .singleElement()
        .asString()
        .doesNotContain("camunda-webapp-webjar");
  }

  /** Labels by key, and the date locale's values by path (arrays by index). */
  private static Map<String, String> entries(URL file) throws IOException {
    try (InputStream in = file.openStream()) {
      Map<String, String> entries = new LinkedHashMap<>();
      flatten(
          "", JSON.readTree(in), entries); // Jackson skips the UTF-8 BOM Camunda's files start with
      return entries;
    }
  }

  private static void flatten(String path, JsonNode node, Map<String, String> into) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e ->
                  flatten(
                      path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), into));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), into);
      }
    } else {
      into.put(path, node.asText());
    }
  }

  private static List<String> placeholders(String text) {
    var found = PLACEHOLDER.matcher(text).results().map(m -> String.valueOf(m.group(1))).sorted();
    return found.toList();
  }

  private static URL camundasFile(String app, String language) throws IOException {
    return resources(String.format(LOCALES, app, language)).stream()
        .filter(url -> url.toString().contains("camunda-webapp-webjar"))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no " + language + ".json of " + app + " in the webjar"));
  }

  private static URL gyomusFile(String app, String language) throws IOException {
    return resources(String.format(LOCALES, app, language)).stream()
        .filter(url -> !url.toString().contains("camunda-webapp-webjar"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("Gyomu has no " + language + ".json for " + app));
  }

  private static List<URL> resources(String name) throws IOException {
    return Collections.list(WebappLocalesTest.class.getClassLoader().getResources(name));
  }
}
