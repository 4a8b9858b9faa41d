package jp.gyomu.ingestion;

import java.util.Map;
import jp.gyomu.process.CaseStarter;
import jp.gyomu.process.CaseVariables;
import jp.gyomu.process.ProcessVariables;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the type's process with the fields the previous step stored, in the transaction that marks
 * the document handed off: either both happen or neither, and neither when another node has taken
 * the document's lease meanwhile. A type without a deployed process stops at OCR_DONE.
 */
@Component
class HandOffStep implements PipelineStep {

  private final CaseStarter cases;
  private final DocumentRepository repository;

  HandOffStep(CaseStarter cases, DocumentRepository repository) {
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
    double confidence = document.meanConfidence() == null ? 0 : document.meanConfidence();
    Map<String, Object> variables =
        document.fields == null
            ? Map.of(ProcessVariables.MEAN_CONFIDENCE, confidence)
            : CaseVariables.of(document.template, document.fields, confidence);
    var instance = cases.startCase(document.id, document.type, variables);
    if (instance.isEmpty()) {
      return PipelineStep.settle(
          DocumentStatus.OCR_DONE, Reason.of(ReasonCode.NO_PROCESS_FOR_TYPE, document.type));
    }
    document.processInstanceId = instance.get();
    Reason reason = Reason.of(ReasonCode.CASE_STARTED, instance.get(), document.type);
    if (!repository.settle(
        document.id,
        document.leaseOwner,
        DocumentStatus.HANDED_OFF,
        reason,
        document.change(DocumentStatus.HANDED_OFF, reason))) {
      throw new LeaseLostException(document.id); // rolls the case back: the other node starts it
    }
    return new Outcome.Recorded();
  }
}
