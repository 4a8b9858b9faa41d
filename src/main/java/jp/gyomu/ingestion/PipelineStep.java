package jp.gyomu.ingestion;

import jp.gyomu.reasons.Reason;

/**
 * One step of the intake pipeline. Steps run in the order {@link PipelineSteps} lists them, and
 * each either lets the document go on or settles it with a status and a reason.
 */
interface PipelineStep {

  /** Short name used in timings and error messages, e.g. {@code preflight}. */
  String name();

  Outcome apply(WorkingDocument document) throws Exception;

  /** What a step decided. */
  sealed interface Outcome {
    /** The document goes on to the next step. */
    record Next() implements Outcome {}

    /** The pipeline ends here for this document. */
    record Settle(DocumentStatus status, Reason reason) implements Outcome {}

    /**
     * The step recorded the final state itself, in the same transaction as its side effect (the
     * hand-off starts a case and marks the document at once).
     */
    record Recorded() implements Outcome {}
  }

  static Outcome next() {
    return new Outcome.Next();
  }

  static Outcome settle(DocumentStatus status, Reason reason) {
    return new Outcome.Settle(status, reason);
  }
}
