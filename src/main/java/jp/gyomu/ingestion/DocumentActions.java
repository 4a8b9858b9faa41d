package jp.gyomu.ingestion;

import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;
import jp.gyomu.system.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What operators do to documents that did not become a case: assign a type (NEEDS_ROUTING), retry
 * (FAILED), release from quarantine (QUARANTINED: preflight runs again, or for administrators
 * without its limits), read an intended duplicate on (DUPLICATE). Each action puts the document
 * back to RECEIVED and records who did it, in one transaction that only succeeds while the document
 * is still in the state the action is for; the workers are offered it after the commit (and the
 * sweep finds it if they are full or the node stops first), so an action is never lost or done
 * twice.
 */
@Service
public class DocumentActions {

  private final DocumentRepository repository;
  private final DocumentStore store;
  private final IntakeService intake;

  DocumentActions(DocumentRepository repository, DocumentStore store, IntakeService intake) {
    this.repository = repository;
    this.store = store;
    this.intake = intake;
  }

  /** The document is not (or no longer) in the state the action is for: 409 on the API. */
  public static class WrongState extends ProblemException {
    WrongState(String message) {
      super(HttpStatus.CONFLICT, message, null);
    }
  }

  /** The action cannot be done with what was sent: 422 on the API. */
  public static class Refused extends ProblemException {
    Refused(String message) {
      super(HttpStatus.UNPROCESSABLE_ENTITY, message, null);
    }
  }

  /** Names the type of a document no rule recognised; the pipeline reads it again as that type. */
  public void assignType(String id, String type, String user, String comment) {
    String checked;
    try {
      checked = IntakeService.checkType(type);
    } catch (IllegalArgumentException e) {
      throw new Refused(e.getMessage());
    }
    if (checked == null) {
      throw new Refused("A type is needed");
    }
    var from = expect(id, DocumentStatus.NEEDS_ROUTING);
    resume(
        from,
        Reason.of(ReasonCode.TYPE_ASSIGNED, checked, user, said(comment)),
        new DocumentRepository.Change(checked, null, null, null, null, null, null, null),
        new DocumentRepository.Action(
            DocumentAction.ASSIGN_TYPE, user, from.status(), "type " + checked + said(comment)));
  }

  /** Reads a FAILED document again from the start (a passing fault: disk, OCR, engine). */
  public void retry(String id, String user, String comment) {
    var from = expect(id, DocumentStatus.FAILED);
    resume(
        from,
        Reason.of(ReasonCode.RETRIED, user, said(comment)).because(errorOf(from)),
        DocumentRepository.Change.none(),
        new DocumentRepository.Action(
            DocumentAction.RETRY, user, from.status(), blankToNull(comment)));
  }

  /**
   * Takes a QUARANTINED document out of quarantine after someone looked at it; preflight checks it
   * again, with its limits unless {@code override} (administrators; see SecurityConfig).
   */
  public void release(String id, boolean override, String user, String comment) {
    var from = expect(id, DocumentStatus.QUARANTINED);
    // the file first: a crash before the state changes leaves it QUARANTINED with its original
    // back in place, and the same release later finds nothing to move and goes on
    if (!store.restoreFromQuarantine(id, from.originalName())) {
      throw new Refused(
          "The original of document " + id + " is neither in quarantine nor in its folder");
    }
    resume(
        from,
        Reason.of(
                override ? ReasonCode.RELEASED_BEYOND_LIMITS : ReasonCode.RELEASED,
                user,
                said(comment))
            .because(errorOf(from)),
        DocumentRepository.Change.none(),
        new DocumentRepository.Action(
            override ? DocumentAction.RELEASE_OVERRIDE : DocumentAction.RELEASE,
            user,
            from.status(),
            blankToNull(comment)));
    store.forgetQuarantineReason(id, from.originalName());
  }

  /** Reads a DUPLICATE on as a document of its own: someone meant to hand it in again. */
  public void acceptDuplicate(String id, String user, String comment) {
    var from = expect(id, DocumentStatus.DUPLICATE);
    resume(
        from,
        Reason.of(ReasonCode.DUPLICATE_KEPT, from.duplicateOf(), user, said(comment)),
        DocumentRepository.Change.none(),
        new DocumentRepository.Action(
            DocumentAction.ACCEPT_DUPLICATE, user, from.status(), blankToNull(comment)));
  }

  private Document expect(String id, DocumentStatus status) {
    var document =
        repository
            .find(id)
            .orElseThrow(() -> new DocumentQueries.NotFound("No document with id " + id));
    if (document.status() != status) {
      throw wrongState(document, status);
    }
    return document;
  }

  private void resume(
      Document from, Reason reason, DocumentRepository.Change change, DocumentRepository.Action a) {
    if (!repository.resume(from.id(), reason, change, a)) {
      // someone else acted between our read and our change
      throw wrongState(repository.find(from.id()).orElse(from), from.status());
    }
    intake.readAgain(from.id());
  }

  private static WrongState wrongState(Document document, DocumentStatus wanted) {
    return new WrongState(
        "Document "
            + document.id()
            + " is "
            + document.status()
            + ", not "
            + wanted
            + ": reload it to see what happened");
  }

  /** Why the document stopped: typed, or the text stored before reasons were typed. */
  private static Reason errorOf(Document document) {
    return document.errorReason() != null
        ? document.errorReason()
        : Reason.of(ReasonCode.RECORDED_TEXT, String.valueOf(document.error()));
  }

  private static String said(String comment) {
    return comment == null || comment.isBlank() ? "" : ": " + comment.strip();
  }

  private static String blankToNull(String comment) {
    return comment == null || comment.isBlank() ? null : comment.strip();
  }
}
