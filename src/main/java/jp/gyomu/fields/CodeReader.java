package jp.gyomu.fields;

/** Reads a {@code qr} field: a QR code or 1-D barcode on the page, decoded. */
final class CodeReader {

  private CodeReader() {}

  static ExtractedField read(FieldDefinition field, FieldPage page, int pageIndex) {
    return ExtractedField.missing(field, "qr fields are not read yet");
  }
}
