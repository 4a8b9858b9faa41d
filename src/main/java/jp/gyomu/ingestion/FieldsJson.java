package jp.gyomu.ingestion;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import jp.gyomu.fields.ExtractedField;
import jp.gyomu.fields.FieldExtraction;

/** The {@code fields} process variable: what the review form shows beside the page image. */
final class FieldsJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FieldsJson() {}

  static String of(FieldExtraction extraction, Map<String, String> labels) {
    ObjectNode root = JSON.createObjectNode();
    for (ExtractedField f : extraction.fields()) {
      ObjectNode field = root.putObject(f.name());
      field.put("label", labels.getOrDefault(f.name(), f.name()));
      field.putPOJO("value", HandOffStep.plain(f.value()));
      field.put("raw", f.rawText());
      field.put("confidence", Math.round(f.confidence() * 10) / 10.0);
      field.put("status", f.status().name());
      field.put("reason", f.reason());
      field.put("required", f.required());
      field.put("page", f.page());
      if (f.box() != null) {
        ObjectNode box = field.putObject("box");
        box.put("x", f.box().x);
        box.put("y", f.box().y);
        box.put("width", f.box().width);
        box.put("height", f.box().height);
      }
    }
    return root.toString();
  }
}
