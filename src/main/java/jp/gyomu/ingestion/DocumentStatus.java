package jp.gyomu.ingestion;

/** Where a document stands. Every change is recorded as an event with time and reason. */
public enum DocumentStatus {
  /** Stored and waiting for (or in) the pipeline. */
  RECEIVED,
  /** Refused by preflight; the original sits in the quarantine folder beside its reason. */
  QUARANTINED,
  /** The same bytes were seen before; points at the original document. */
  DUPLICATE,
  /** Read, but no document type matched; an operator assigns one. */
  NEEDS_ROUTING,
  /** Read; no process is deployed for its type. */
  OCR_DONE,
  /** A process instance works on it. */
  HANDED_OFF,
  /** Something broke that is not the document's fault; the reason says what. */
  FAILED
}
