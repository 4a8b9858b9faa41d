package jp.gyomu.fields;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields read from one document, in the template's order, and the template's checks across
 * fields that failed.
 *
 * @param documentType the template's id
 * @param failedChecks each with the reason a reviewer reads; empty when all passed
 */
public record FieldExtraction(
    String documentType, List<ExtractedField> fields, List<CheckFailure> failedChecks) {

  /** A check across fields that did not hold. */
  public record CheckFailure(CrossFieldCheck check, String reason) {}

  public FieldExtraction {
    failedChecks = failedChecks == null ? List.of() : List.copyOf(failedChecks);
  }

  public FieldExtraction(String documentType, List<ExtractedField> fields) {
    this(documentType, fields, List.of());
  }

  /**
   * Whether any required field is missing, invalid or below its confidence threshold, or a check
   * across fields failed.
   */
  public boolean needsReview() {
    return !failedChecks.isEmpty() || fields.stream().anyMatch(ExtractedField::needsReview);
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
