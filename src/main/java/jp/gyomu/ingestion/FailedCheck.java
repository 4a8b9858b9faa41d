package jp.gyomu.ingestion;

import java.util.List;
import jp.gyomu.fields.FieldExtraction;

/**
 * A check across fields of the document's template that did not hold, as the documents API shows it
 * beside the fields.
 *
 * @param check the check's key in the fields file: {@code sum}, {@code dateOrder}, {@code
 *     requiredOneOf} or {@code taxRate}
 * @param fields the fields it compared, as the fields file names them ({@code lineItems.amount} for
 *     a table's column)
 * @param reason what a reviewer reads, in Japanese with the values compared, e.g. {@code 合計 12,000
 *     が 小計 11,223 + 消費税 1,122 = 12,345 と一致しません (...)}
 */
public record FailedCheck(String check, List<String> fields, String reason) {

  static List<FailedCheck> of(FieldExtraction extraction) {
    return extraction.failedChecks().stream()
        .map(f -> new FailedCheck(f.check().kind(), f.check().fields(), f.reason()))
        .toList();
  }
}
