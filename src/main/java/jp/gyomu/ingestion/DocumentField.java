package jp.gyomu.ingestion;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.gyomu.fields.ExtractedField;
import jp.gyomu.fields.FieldDefinition;
import jp.gyomu.fields.FieldExtraction;
import jp.gyomu.fields.FieldTemplate;

/**
 * One field as read from a document, as the documents API shows it: the shape a case's {@code
 * fields} variable has before review ({@link jp.gyomu.process.ProcessVariables#FIELDS}).
 *
 * @param value the normalised value (a date as {@code 2024-04-01}, amounts and numbers as numbers),
 *     or null when not read
 * @param raw the text beside or below the label, as read
 * @param confidence the OCR confidence of the value's weakest word, 0 to 100
 * @param status {@code OK}, {@code LOW_CONFIDENCE}, {@code MISSING} or {@code INVALID}
 * @param page the page it was read from, counted from 1
 * @param box where on that page's image (pixels of {@code /pages/{page}.png})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentField(
    String label,
    String type,
    boolean required,
    @JsonInclude(JsonInclude.Include.ALWAYS) Object value,
    String raw,
    double confidence,
    String status,
    String reason,
    Integer page,
    Box box) {

  /** A rectangle in page-image pixels. */
  public record Box(int x, int y, int width, int height) {}

  /** Every field of the template, in its order, by field name. */
  static Map<String, DocumentField> allOf(FieldTemplate template, FieldExtraction extraction) {
    Map<String, DocumentField> fields = new LinkedHashMap<>();
    for (FieldDefinition definition : template.fields()) {
      fields.put(
          definition.name(), of(definition, extraction.field(definition.name()).orElse(null)));
    }
    return fields;
  }

  private static DocumentField of(FieldDefinition definition, ExtractedField read) {
    String type = definition.type().id();
    if (read == null) {
      return new DocumentField(
          definition.label(),
          type,
          definition.required(),
          null,
          null,
          0,
          ExtractedField.Status.MISSING.name(),
          null,
          null,
          null);
    }
    var box = read.box();
    return new DocumentField(
        definition.label(),
        type,
        definition.required(),
        read.value(),
        read.rawText(),
        Math.round(read.confidence() * 10) / 10.0,
        read.status().name(),
        read.reason(),
        read.page() >= 0 ? read.page() + 1 : null,
        box == null ? null : new Box(box.x, box.y, box.width, box.height));
  }
}
