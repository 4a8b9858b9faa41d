package jp.gyomu.fields;

import java.util.List;

/**
 * One column of a {@code table} field.
 *
 * @param name English id of the column, the key of its cells in each row object, e.g. {@code
 *     amount}
 * @param label the header as printed, e.g. 金額
 * @param anchors every header variant, the label first
 * @param type how the column's cells are normalised (a labelled-text type)
 * @param options a text column's closed set of values (男, 女): a cell is one of them or goes to
 *     review; empty for a column of free values
 */
public record ColumnDefinition(
    String name, String label, List<String> anchors, FieldType type, List<String> options) {

  public ColumnDefinition {
    options = options == null ? List.of() : List.copyOf(options);
  }

  /** A column of free values. */
  public ColumnDefinition(String name, String label, List<String> anchors, FieldType type) {
    this(name, label, anchors, type, List.of());
  }
}
