package jp.gyomu.process;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;
import jp.gyomu.reasons.ReasonedException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Starts the business process of a document type: one case per document. */
@Service
public class CaseStarter {

  private final RepositoryService repository;
  private final RuntimeService runtime;

  CaseStarter(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  public boolean hasProcessFor(String documentType) {
    return documentType != null
        && repository.createProcessDefinitionQuery().processDefinitionKey(documentType).count() > 0;
  }

  /** Whether the type's process is deployed but paused (suspended, e.g. in Cockpit). */
  private boolean paused(String documentType) {
    var latest =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(documentType)
            .latestVersion()
            .singleResult();
    return latest != null && latest.isSuspended();
  }

  /**
   * Starts the latest version of the type's process with the document id as business key, inside
   * the caller's transaction, so the document is marked handed off exactly when the case exists.
   * Returns the process instance id, or empty when no process is deployed for the type; a paused
   * (suspended) process is refused with an exception, so the document can be retried.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<String> startCase(
      String documentId, String documentType, Map<String, Object> variables) {
    if (!hasProcessFor(documentType)) {
      return Optional.empty();
    }
    if (paused(documentType)) {
      // not the document's fault and not "no process": it waits as FAILED, to be retried
      throw new ReasonedException(Reason.of(ReasonCode.PROCESS_PAUSED, documentType));
    }
    Map<String, Object> all = new HashMap<>(variables);
    all.put(ProcessVariables.DOCUMENT_ID, documentId);
    all.put(ProcessVariables.DOCUMENT_TYPE, documentType);
    var instance = runtime.startProcessInstanceByKey(documentType, documentId, all);
    return Optional.of(instance.getId());
  }
}
