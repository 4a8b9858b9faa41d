package jp.gyomu.fields;

import java.util.List;

/**
 * One field of a document type's template.
 *
 * @param name English id used in processes, e.g. {@code applicationDate}
 * @param label the Japanese label as printed on the form, e.g. 申請日
 * @param anchors every label variant to look for, the label first (申請日, 申請年月日, ...)
 * @param type how the value is normalised
 * @param required whether a missing, invalid or unsure value sends the document to review
 * @param minConfidence the lowest OCR confidence (0-100) accepted without review
 * @param zone where on the page to look, or {@code null} for the whole page
 */
public record FieldDefinition(
    String name,
    String label,
    List<String> anchors,
    FieldType type,
    boolean required,
    int minConfidence,
    Zone zone) {

  /** The same field looked for by its labels anywhere on the page. */
  FieldDefinition anywhere() {
    return new FieldDefinition(name, label, anchors, type, required, minConfidence, null);
  }
}
