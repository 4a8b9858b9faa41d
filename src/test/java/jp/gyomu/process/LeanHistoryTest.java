package jp.gyomu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.gyomu.system.Roles;
import org.camunda.bpm.engine.history.HistoricExternalTaskLog;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * History level full without the rows nobody reads (decision 0019): what the registry, the
 * duplicate check and the audit trail read is all there after a reviewed case a bot failed once and
 * then entered; the step logs of successful jobs and bot steps and the details of created variables
 * are not.
 */
class LeanHistoryTest extends ProcessTestSupport {

  static final String TOPIC = "rpa.travel-expense";

  @Test
  void aReviewedCaseKeepsItsHistoryVariablesAuditTrailAndFailuresButNoSuccessLogs() {
    ProcessInstance instance =
        cases.start("travel-expense", TravelExpenseProcessTest.claim(12_800L), "totalAmount");
    var review = awaitTask(instance, "review");
    completeAs("operator-1", Roles.OPERATOR_GROUP, review, Map.of("totalAmount", "12,300円"));
    var firstTry = awaitBotStep(instance, TOPIC);
    externalTasks.handleFailure(firstTry.getId(), TEST_BOT, "ledger closed", 1, 0);
    completeBotStep(instance, TOPIC);
    awaitEnded(instance);
    String id = instance.getId();

    assertThat(engine.getProcessEngineConfiguration().getHistory()).isEqualTo("full");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult())
        .extracting(p -> p.getEndTime() != null)
        .isEqualTo(true);
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(id).finished().count())
        .as("the review, which the registry counts")
        .isEqualTo(1);
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(id)
                .variableName("totalAmount")
                .singleResult())
        .extracting(HistoricVariableInstance::getValue)
        .isEqualTo(12_300L);
    assertThat(
            history.createUserOperationLogQuery().processInstanceId(id).userId("operator-1").list())
        .extracting(UserOperationLogEntry::getOperationType)
        .contains(
            UserOperationLogEntry.OPERATION_TYPE_CLAIM,
            UserOperationLogEntry.OPERATION_TYPE_COMPLETE);

    var details =
        history.createHistoricDetailQuery().processInstanceId(id).variableUpdates().list();
    assertThat(details)
        .as("a change keeps its detail")
        .map(d -> ((HistoricVariableUpdate) d).getVariableName())
        .contains("totalAmount");
    assertThat(details)
        .as("no detail duplicates a variable as it was created")
        .map(d -> ((HistoricVariableUpdate) d).getVariableName())
        .doesNotContain("documentId", "documentType", "meanConfidence", "ledgerRow");

    assertThat(history.createHistoricJobLogQuery().processInstanceId(id).count())
        .as("successful jobs leave no log")
        .isZero();
    assertThat(history.createHistoricExternalTaskLogQuery().processInstanceId(id).list())
        .as("the bot's failure, only")
        .singleElement()
        .satisfies(log -> assertThat(log.isFailureLog()).isTrue())
        .extracting(HistoricExternalTaskLog::getErrorMessage)
        .isEqualTo("ledger closed");
  }
}
