package jp.gyomu.fields;

import java.util.List;

/** Check-box and choice definitions for mark tests, and reading them from a drawn page. */
final class MarkFields {

  private MarkFields() {}

  static FieldDefinition checkbox(String name, String label) {
    return new FieldDefinition(name, label, List.of(label), FieldType.CHECKBOX, true, 50, null);
  }

  static FieldDefinition choice(String name, String label, String... options) {
    return new FieldDefinition(
        name,
        label,
        List.of(label),
        FieldType.CHOICE,
        true,
        50,
        null,
        List.of(options),
        List.of(),
        1);
  }

  /** The first field as read from the page by a template holding the fields. */
  static ExtractedField read(MarkedPages page, FieldDefinition... fields) {
    return readAll(page, fields).get(0);
  }

  static List<ExtractedField> readAll(MarkedPages page, FieldDefinition... fields) {
    FieldTemplate template =
        new FieldTemplate("marks", "テスト", "Test", "jpn", List.of(), List.of(), List.of(fields));
    return FieldExtractor.extract(List.of(page.page()), template).fields();
  }
}
