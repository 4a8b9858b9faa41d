package jp.gyomu.fields;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What to read from one document type, loaded from {@code processes/<id>.fields.yaml}.
 *
 * @param id the document type id, also the file name and the process key, e.g. {@code invoice}
 * @param nameJa the name officials use, e.g. 請求書
 * @param nameEn the English name
 * @param languages Tesseract languages for this document type, {@code jpn} unless set
 * @param titleKeywords any of them on the first page classifies a document as this type
 * @param titlePatterns regular expressions that do the same
 * @param fields the fields in the order a reviewer sees them
 * @param checks rules across fields (合計 = 小計 + 消費税...); a failed one sends the case to review
 * @param sample the reference page whose coordinates the zones are given in ({@code
 *     <id>.sample.png} beside the template), or null: zones are then fractions of each page as it
 *     comes
 */
public record FieldTemplate(
    String id,
    String nameJa,
    String nameEn,
    String languages,
    List<String> titleKeywords,
    List<Pattern> titlePatterns,
    List<FieldDefinition> fields,
    List<CrossFieldCheck> checks,
    Path sample) {

  public FieldTemplate {
    checks = checks == null ? List.of() : List.copyOf(checks);
  }

  /** A template without checks across fields or a reference page. */
  public FieldTemplate(
      String id,
      String nameJa,
      String nameEn,
      String languages,
      List<String> titleKeywords,
      List<Pattern> titlePatterns,
      List<FieldDefinition> fields) {
    this(id, nameJa, nameEn, languages, titleKeywords, titlePatterns, fields, List.of(), null);
  }
}
