package jp.gyomu.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jp.gyomu.review.FieldCorrection;
import jp.gyomu.review.FieldCorrections;
import jp.gyomu.system.Roles;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TravelExpenseProcessTest extends ProcessTestSupport {

  static final String TOPIC = "rpa.travel-expense";

  @Autowired FieldCorrections corrections;

  static Map<String, Object> claim(long amount) {
    Map<String, Object> values = new HashMap<>();
    values.put("applicationDate", LocalDate.of(2026, 4, 10));
    values.put("applicantName", "山田 太郎");
    values.put("department", "総務部 総務課");
    values.put("destination", "東京都千代田区");
    values.put("purpose", "全国担当者会議への出席");
    values.put("totalAmount", amount);
    return values;
  }

  @Test
  void confidentClaimWithinTheRulesGoesStraightToTheBot() {
    ProcessInstance instance = cases.start("travel-expense", claim(12_800L));

    completeBotStep(instance, TOPIC);
    awaitEnded(instance);

    assertThat(instance)
        .hasPassed("rules", "fieldCheck", "ledgerEntry", "done")
        .hasNotPassed("review");
    assertThat(instance.getBusinessKey()).matches("[0-9a-f-]{36}");
  }

  @Test
  void unsureAmountIsReviewedAndTheCorrectionIsKept() {
    ProcessInstance instance = cases.start("travel-expense", claim(12_800L), "totalAmount");

    var review = awaitTask(instance, "review");
    assertThat(isCandidate(review, Roles.OPERATOR_GROUP)).isTrue();
    String formKey =
        tasks
            .createTaskQuery()
            .taskId(review.getId())
            .initializeFormKeys()
            .singleResult()
            .getFormKey();
    assertThat(formKey).isEqualTo("embedded:/forms/review.html");
    assertThat(review.getDueDate()).isInTheFuture();
    assertThat((String) runtime.getVariable(instance.getId(), "reviewReasons")).contains("金額");

    completeAs("operator-1", Roles.OPERATOR_GROUP, review, Map.of("totalAmount", "12,300円"));

    awaitBotStep(instance, TOPIC);
    assertThat(runtime.getVariable(instance.getId(), "totalAmount")).isEqualTo(12_300L);
    var amount =
        corrections.forDocument(instance.getBusinessKey()).stream()
            .filter(c -> c.fieldName().equals("totalAmount"))
            .findFirst()
            .orElseThrow();
    assertThat(amount)
        .extracting(
            FieldCorrection::valueBefore,
            FieldCorrection::valueAfter,
            FieldCorrection::corrected,
            FieldCorrection::statusBefore,
            FieldCorrection::userId,
            FieldCorrection::processKey)
        .containsExactly(
            "12800",
            "12300",
            true,
            CaseField.Status.LOW_CONFIDENCE,
            "operator-1",
            "travel-expense");
    assertThat(amount.confidenceBefore()).isEqualTo(40.0);
    assertThat(corrections.forDocument(instance.getBusinessKey()))
        .filteredOn(c -> c.fieldName().equals("applicantName"))
        .singleElement()
        .extracting(FieldCorrection::corrected)
        .isEqualTo(false);
    var fields = CaseFields.parse(runtime.getVariable(instance.getId(), "fields").toString());
    assertThat(fields.get("totalAmount"))
        .extracting(CaseField::value, CaseField::status, CaseField::correctedBy)
        .containsExactly(12_300L, CaseField.Status.CORRECTED, "operator-1");
    assertThat(fields.get("applicantName"))
        .extracting(CaseField::status, CaseField::correctedBy)
        .as("an OK value the operator kept")
        .containsExactly(CaseField.Status.OK, null);
  }

  @Test
  void travelRulesSendAConfidentClaimToReview() {
    ProcessInstance instance = cases.start("travel-expense", claim(120_000L));

    awaitTask(instance, "review");
    String reasons = (String) runtime.getVariable(instance.getId(), "reviewReasons");
    assertThat(reasons).contains("上限額").contains("領収書");
  }

  @Test
  void overdueReviewIsEscalatedToASupervisorWhileItStaysOpen() {
    ProcessInstance instance = cases.start("travel-expense", claim(9_000L), "applicantName");
    awaitTask(instance, "review");

    var timer =
        management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isInTheFuture();
    management.executeJob(timer.getId());

    var escalation = awaitTask(instance, "escalateReview");
    assertThat(isCandidate(escalation, Roles.MANAGER_GROUP)).isTrue();
    assertThat(instance).isWaitingAt("review", "escalateReview");
    assertThatThrownBy(() -> completeAs("manager-1", Roles.MANAGER_GROUP, escalation, Map.of()))
        .as("the follow-up says what was done")
        .hasMessageContaining("followUpNote");
    completeAs(
        "manager-1",
        Roles.MANAGER_GROUP,
        escalation,
        Map.of("followUpNote", "担当者が休暇のため operator-2 に割り当てた"));
    assertThat(instance).isWaitingAt("review");
  }

  @Test
  void ledgerRejectionGoesToAnOperatorAndIsRetried() {
    ProcessInstance instance = cases.start("travel-expense", claim(8_000L));
    var entry = awaitBotStep(instance, TOPIC);

    externalTasks.handleBpmnError(entry.getId(), TEST_BOT, "LEDGER_REJECTED", "所属コードが会計システムにありません");

    var fix = awaitTask(instance, "fixEntry");
    assertThat(runtime.getVariable(instance.getId(), "ledgerError"))
        .isEqualTo("所属コードが会計システムにありません");
    completeAs("operator-2", Roles.OPERATOR_GROUP, fix, Map.of("department", "総務部 文書課"));

    completeBotStep(instance, TOPIC);
    awaitEnded(instance);
    assertThat(instance).hasPassed("fixEntry", "done");
  }

  @Test
  void botFailuresThatRunOutOfRetriesRaiseAnIncident() {
    ProcessInstance instance = cases.start("travel-expense", claim(8_000L));
    var entry = awaitBotStep(instance, TOPIC);

    externalTasks.handleFailure(entry.getId(), TEST_BOT, "会計システムに接続できません", "timeout", 0, 0);

    var incident = runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo("failedExternalTask");
    assertThat(incident.getIncidentMessage()).isEqualTo("会計システムに接続できません");
  }
}
