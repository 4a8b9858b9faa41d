package jp.gyomu.fields;

/**
 * Where a field's label stands in a line.
 *
 * @param field the field the label belongs to
 * @param anchorRank the label variant's position in the field's anchors (lower is preferred)
 * @param start first character of the label in the line
 * @param end the character after the label
 * @param exact false when found with one misread character
 */
record LabelHit(FieldDefinition field, int anchorRank, int start, int end, boolean exact) {}
