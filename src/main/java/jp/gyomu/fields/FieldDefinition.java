package jp.gyomu.fields;

import java.util.List;

/**
 * One field of a document type's template.
 *
 * @param name English id used in processes, e.g. {@code applicationDate}
 * @param label the Japanese label as printed on the form, e.g. 申請日
 * @param anchors every label variant to look for, the label first (申請日, 申請年月日, ...)
 * @param type how the value is read and normalised
 * @param required whether a missing, invalid or unsure value sends the document to review
 * @param minConfidence the lowest confidence (0-100) accepted without review
 * @param zone where on the page to look, or {@code null} for the whole page
 * @param options a {@code choice} field's options as printed (有, 無); empty for other types
 * @param columns a {@code table} field's columns; empty for other types
 * @param lines how many lines a value may span (an address on two lines), 1 by default
 */
public record FieldDefinition(
    String name,
    String label,
    List<String> anchors,
    FieldType type,
    boolean required,
    int minConfidence,
    Zone zone,
    List<String> options,
    List<ColumnDefinition> columns,
    int lines) {

  public FieldDefinition {
    options = options == null ? List.of() : List.copyOf(options);
    columns = columns == null ? List.of() : List.copyOf(columns);
    lines = Math.max(1, lines);
  }

  /** A one-line field of a text-like type. */
  public FieldDefinition(
      String name,
      String label,
      List<String> anchors,
      FieldType type,
      boolean required,
      int minConfidence,
      Zone zone) {
    this(name, label, anchors, type, required, minConfidence, zone, List.of(), List.of(), 1);
  }

  /** The same field looked for by its labels anywhere on the page. */
  FieldDefinition anywhere() {
    return new FieldDefinition(
        name, label, anchors, type, required, minConfidence, null, options, columns, lines);
  }
}
