package jp.gyomu.ingestion;

import java.util.Map;
import jp.gyomu.fields.FieldExtractor;
import jp.gyomu.process.CaseStarter;
import jp.gyomu.process.CaseVariables;
import jp.gyomu.process.ProcessVariables;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extracts the type's fields and starts its process with them, in the transaction that marks the
 * document handed off: either both happen or neither. A type without a deployed process stops at
 * OCR_DONE.
 */
@Component
@Order(50)
class HandOffStep implements PipelineStep {

  private final DocumentTypes types;
  private final CaseStarter cases;
  private final DocumentRepository repository;

  HandOffStep(DocumentTypes types, CaseStarter cases, DocumentRepository repository) {
    this.types = types;
    this.cases = cases;
    this.repository = repository;
  }

  @Override
  public String name() {
    return "hand-off";
  }

  @Override
  @Transactional
  public Outcome apply(WorkingDocument document) {
    if (!cases.hasProcessFor(document.type)) {
      return PipelineStep.settle(
          DocumentStatus.OCR_DONE, "no process is deployed for type " + document.type);
    }
    double confidence = document.meanConfidence() == null ? 0 : document.meanConfidence();
    Map<String, Object> variables =
        types
            .find(document.type)
            .map(t -> CaseVariables.of(t, FieldExtractor.extract(document.pages, t), confidence))
            .orElseGet(() -> Map.of(ProcessVariables.MEAN_CONFIDENCE, confidence));
    var instance = cases.startCase(document.id, document.type, variables).orElseThrow();
    document.processInstanceId = instance;
    String reason = "case " + instance + " of process " + document.type + " started";
    repository.transition(
        document.id,
        DocumentStatus.HANDED_OFF,
        reason,
        document.change(DocumentStatus.HANDED_OFF, reason));
    return new Outcome.Recorded();
  }
}
