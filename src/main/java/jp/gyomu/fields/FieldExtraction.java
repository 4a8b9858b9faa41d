package jp.gyomu.fields;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields read from one document, in the template's order.
 *
 * @param documentType the template's id
 */
public record FieldExtraction(String documentType, List<ExtractedField> fields) {

  /** Whether any required field is missing, invalid or below its confidence threshold. */
  public boolean needsReview() {
    return fields.stream().anyMatch(ExtractedField::needsReview);
  }

  public Optional<ExtractedField> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** The values read (also those of low confidence) by field name, e.g. for process variables. */
  public Map<String, Object> values() {
    Map<String, Object> values = new LinkedHashMap<>();
    fields.stream().filter(f -> f.value() != null).forEach(f -> values.put(f.name(), f.value()));
    return values;
  }
}
