package jp.gyomu.ingestion;

import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;
import org.springframework.stereotype.Component;

/**
 * The same bytes twice become a DUPLICATE pointing at the first, not a second case, unless someone
 * marked the duplicate as intended (a corrected resubmission scanned from the same paper).
 */
@Component
class DeduplicationStep implements PipelineStep {

  private final DocumentRepository repository;

  DeduplicationStep(DocumentRepository repository) {
    this.repository = repository;
  }

  @Override
  public String name() {
    return "duplicate-check";
  }

  @Override
  public Outcome apply(WorkingDocument document) {
    if (document.duplicateAccepted) {
      return PipelineStep.next(); // someone decided it is meant to be read again
    }
    var original = repository.claimContent(document.id, document.sha256);
    if (original.isEmpty()) {
      return PipelineStep.next();
    }
    document.duplicateOf = original.get();
    return PipelineStep.settle(
        DocumentStatus.DUPLICATE, Reason.of(ReasonCode.SAME_CONTENT_AS, original.get()));
  }
}
