package jp.gyomu.ingestion;

import jp.gyomu.fields.DocumentClassifier;
import org.springframework.stereotype.Component;

/**
 * Gives an untyped document (dropped straight into {@code inbox/}, or uploaded without a type) the
 * type whose rules match its first page; if none matches, an operator decides.
 */
@Component
class ClassificationStep implements PipelineStep {

  private final DocumentTypes types;

  ClassificationStep(DocumentTypes types) {
    this.types = types;
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
    String firstPage = document.pages.isEmpty() ? "" : document.pages.get(0).text();
    var type = DocumentClassifier.classify(firstPage, types.all());
    if (type.isEmpty()) {
      return PipelineStep.settle(
          DocumentStatus.NEEDS_ROUTING,
          "no document type's rules match the first page; an operator assigns the type");
    }
    document.type = type.get();
    return PipelineStep.next();
  }
}
