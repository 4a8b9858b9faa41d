package jp.gyomu.ingestion;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.gyomu.process.CaseField;

/**
 * A document as the API shows it.
 *
 * @param fields the fields read from it by name, in its type's order; null until read, or when its
 *     type has no field template
 * @param checks the checks across fields (declared in the type's template) that failed, each with
 *     the reason a reviewer reads; empty when all held, null when fields is null
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
