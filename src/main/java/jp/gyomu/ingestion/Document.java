package jp.gyomu.ingestion;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.gyomu.process.CaseField;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.Reasons;

/**
 * A document as the API shows it.
 *
 * @param fields the fields read from it by name, in its type's order; null until read, or when its
 *     type has no field template
 * @param checks the checks across fields (declared in the type's template) that failed, each with
 *     the reason a reviewer reads; empty when all held, null when fields is null
 * @param error why it stopped (QUARANTINED, FAILED), as text: in the reader's language on the API
 *     when {@code errorReason} is there, else as stored (English, before reasons were typed)
 * @param errorReason why it stopped, as data: a code of the {@code reason.*} message keys with its
 *     arguments; null when it did not stop or stopped before reasons were typed
 * @param preflightOverride an administrator released it from quarantine beyond preflight's limits
 * @param duplicateAccepted someone marked it an intended duplicate: it is read like a new document
 */
public record Document(
    String id,
    DocumentStatus status,
    String type,
    String source,
    String originalName,
    String mediaType,
    String sha256,
    long sizeBytes,
    Integer pages,
    Double meanConfidence,
    Map<String, Long> timings,
    String error,
    Reason errorReason,
    String duplicateOf,
    String processInstanceId,
    Map<String, CaseField> fields,
    List<FailedCheck> checks,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    boolean preflightOverride,
    boolean duplicateAccepted) {

  /**
   * The document without what may identify a person (its file name, reasons that may quote it,
   * fields, content hash): what managers see in the list (docs/SECURITY.md, "Documents").
   */
  /**
   * The document as a reader of {@code locale} sees it: typed reasons rendered in that language.
   */
  public Document in(Locale locale) {
    Map<String, CaseField> shown = fields;
    if (fields != null) {
      shown = new LinkedHashMap<>();
      for (var field : fields.entrySet()) {
        shown.put(field.getKey(), field.getValue().withReasonTextIn(locale));
      }
    }
    return new Document(
        id,
        status,
        type,
        source,
        originalName,
        mediaType,
        sha256,
        sizeBytes,
        pages,
        meanConfidence,
        timings,
        errorReason == null ? error : Reasons.text(errorReason, locale),
        errorReason,
        duplicateOf,
        processInstanceId,
        shown,
        checks,
        createdAt,
        updatedAt,
        preflightOverride,
        duplicateAccepted);
  }

  public Document withoutPersonalData() {
    return new Document(
        id,
        status,
        type,
        source,
        null,
        mediaType,
        null,
        sizeBytes,
        pages,
        meanConfidence,
        timings,
        null,
        null,
        duplicateOf,
        processInstanceId,
        null,
        null,
        createdAt,
        updatedAt,
        preflightOverride,
        duplicateAccepted);
  }
}
