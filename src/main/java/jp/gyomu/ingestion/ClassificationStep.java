package jp.gyomu.ingestion;

import jp.gyomu.fields.DocumentClassifier;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;
import org.springframework.stereotype.Component;

/**
 * Gives an untyped document (dropped straight into {@code inbox/}, or uploaded without a type) the
 * type whose rules match its first page clearly best, and notes the scores in its history; if no
 * type is clearly ahead, an operator decides, told the best two candidates.
 */
@Component
class ClassificationStep implements PipelineStep {

  private final DocumentTypes types;
  private final DocumentRepository repository;

  ClassificationStep(DocumentTypes types, DocumentRepository repository) {
    this.types = types;
    this.repository = repository;
  }

  @Override
  public String name() {
    return "classify";
  }

  @Override
  public Outcome apply(WorkingDocument document) {
    if (document.type != null) {
      return PipelineStep.next();
    }
    var result =
        document.pages.isEmpty()
            ? DocumentClassifier.classify("", types.all())
            : DocumentClassifier.classify(document.pages.get(0), types.all());
    var type = result.type();
    if (type.isEmpty()) {
      return PipelineStep.settle(
          DocumentStatus.NEEDS_ROUTING,
          result.ranking().isEmpty()
              ? Reason.of(ReasonCode.NO_TYPE_MATCHES)
              : Reason.of(ReasonCode.NO_TYPE_AHEAD, result.summary()));
    }
    document.type = type.get();
    repository.note(document.id, Reason.of(ReasonCode.CLASSIFIED, result.summary()));
    return PipelineStep.next();
  }
}
