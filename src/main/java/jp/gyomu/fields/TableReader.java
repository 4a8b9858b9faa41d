package jp.gyomu.fields;

/** Reads a {@code table} field: the rows under its header row. */
final class TableReader {

  private TableReader() {}

  static ExtractedField read(
      FieldDefinition field, FieldPage page, int pageIndex, PageLabels labels) {
    return ExtractedField.missing(field, "table fields are not read yet");
  }
}
