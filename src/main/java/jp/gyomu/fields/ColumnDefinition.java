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
 */
public record ColumnDefinition(String name, String label, List<String> anchors, FieldType type) {}
