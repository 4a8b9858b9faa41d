package jp.gyomu.fields;

/** Reads {@code checkbox} and {@code choice} fields from the pixels of the boxes beside labels. */
final class MarkReader {

  private MarkReader() {}

  static ExtractedField read(
      FieldDefinition field, FieldPage page, int pageIndex, PageLabels labels) {
    return ExtractedField.missing(field, field.type().id() + " fields are not read yet");
  }
}
