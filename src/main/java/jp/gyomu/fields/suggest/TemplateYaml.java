package jp.gyomu.fields.suggest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A proposal in the template language of {@code processes/*.fields.yaml} (docs/FIELDS.md). */
public final class TemplateYaml {

  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .build());

  private TemplateYaml() {}

  /** The template as a tree with the keys of a template file, in the order a file has them. */
  public static Map<String, Object> definition(Proposal proposal) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("id", proposal.id());
    root.put("name", ordered("ja", proposal.nameJa(), "en", proposal.nameEn()));
    root.put("languages", "jpn");
    root.put("classification", Map.of("keywords", proposal.keywords()));
    List<Map<String, Object>> fields = new ArrayList<>();
    for (Proposal.Field f : proposal.fields()) {
      Map<String, Object> field = new LinkedHashMap<>();
      field.put("name", f.name());
      field.put("label", f.label());
      field.put("type", f.type().id());
      field.put("required", f.required());
      field.put("minConfidence", f.minConfidence());
      if (f.zone() != null) {
        field.put(
            "zone",
            ordered(
                "left", round(f.zone().left()),
                "top", round(f.zone().top()),
                "width", round(f.zone().width()),
                "height", round(f.zone().height())));
      }
      if (!f.options().isEmpty()) {
        field.put("options", f.options());
      }
      if (!f.columns().isEmpty()) {
        List<Map<String, Object>> columns = new ArrayList<>();
        for (Proposal.Column c : f.columns()) {
          columns.add(ordered("name", c.name(), "label", c.label(), "type", c.type().id()));
        }
        field.put("columns", columns);
      }
      fields.add(field);
    }
    root.put("fields", fields);
    return root;
  }

  /** The template file's text, with a note that it was proposed and wants checking. */
  public static String yaml(Map<String, Object> definition) {
    try {
      return "# Proposed by Gyomu from a sample scan: check every name, type and label (docs/FIELDS.md)\n"
          + YAML.writeValueAsString(definition);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double round(double fraction) {
    return Math.round(fraction * 1000) / 1000.0;
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
