package jp.gyomu.reasons;

/**
 * A refusal a person may read about later (e.g. in a document's record): it carries its reason as
 * data, so the screen renders it in the reader's language instead of quoting the English message.
 */
public class ReasonedException extends RuntimeException {

  private final transient Reason reason;

  public ReasonedException(Reason reason) {
    super(reason.english());
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
