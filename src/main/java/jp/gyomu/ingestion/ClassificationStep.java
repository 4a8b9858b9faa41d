package jp.gyomu.ingestion;

import jp.gyomu.fields.DocumentClassifier;
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
              ? "no document type's rules match the first page; an operator assigns the type"
              : "no document type is clearly ahead on the first page ("
                  + result.summary()
                  + "); an operator assigns the type");
    }
    document.type = type.get();
    repository.note(document.id, "classified by the first page: " + result.summary());
    return PipelineStep.next();
  }
}
