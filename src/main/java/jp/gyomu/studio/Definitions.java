package jp.gyomu.studio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.gyomu.forms.FormWorkbench;

/** A draft's definition text: as JSON for the page, from JSON, and with another id. */
final class Definitions {

  private static final ObjectMapper YAML =
      new ObjectMapper(
          new YAMLFactory()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
  private static final Pattern ID_LINE = Pattern.compile("(?m)^id:[ \\t]*.*$");

  private Definitions() {}

  /** The definition as a JSON tree, or null when it is not YAML at all. */
  static JsonNode tree(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** A definition sent as JSON, written as the YAML file would be. */
  static String yaml(JsonNode definition) {
    if (definition == null || !definition.isObject()) {
      throw StudioProblem.refused(
          "definition: an object with the keys of a *.fields.yaml file (id, name, fields...)");
    }
    try {
      return YAML.writeValueAsString(definition);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The definition under another id: its {@code id:} line, and a {@code sample:} naming the old
   * id's sample page, follow.
   */
  static String renamed(String yaml, String oldId, String newId) {
    String text =
        ID_LINE.matcher(yaml).find()
            ? ID_LINE.matcher(yaml).replaceFirst(Matcher.quoteReplacement("id: " + newId))
            : "id: " + newId + "\n" + yaml;
    if (oldId == null) {
      return text;
    }
    return text.replaceFirst(
        "(?m)^sample:[ \\t]*" + Pattern.quote(FormWorkbench.sampleFileName(oldId)) + "[ \\t]*$",
        Matcher.quoteReplacement("sample: " + FormWorkbench.sampleFileName(newId)));
  }
}
