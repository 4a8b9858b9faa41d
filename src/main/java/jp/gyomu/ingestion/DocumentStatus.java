package jp.gyomu.ingestion;

/** Where a document stands. Every change is recorded as an event with time and reason. */
public enum DocumentStatus {
  /** Stored and waiting for (or in) the pipeline. */
  RECEIVED(false),
  /** Refused by preflight; the original sits in the quarantine folder beside its reason. */
  QUARANTINED(true),
  /** The same bytes were seen before; points at the original document. */
  DUPLICATE(true),
  /** Read, but no document type matched; an operator assigns one. */
  NEEDS_ROUTING(false),
  /** Read; no process is deployed for its type. */
  OCR_DONE(true),
  /** A process instance works on it. */
  HANDED_OFF(true),
  /** Something broke that is not the document's fault; the reason says what. */
  FAILED(true);

  private final boolean settled;

  DocumentStatus(boolean settled) {
    this.settled = settled;
  }

  /** Whether the pipeline is done with the document (an operator may still act on it). */
  public boolean settled() {
    return settled;
  }
}
