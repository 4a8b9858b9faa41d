package jp.gyomu.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jp.gyomu.system.Roles;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

class SubsidyApplicationProcessTest extends ProcessTestSupport {

  static final String TOPIC = "rpa.subsidy-application";

  static Map<String, Object> application(long amount) {
    Map<String, Object> values = new HashMap<>();
    values.put("applicationDate", LocalDate.of(2026, 6, 2));
    values.put("organisationName", "特定非営利活動法人 みどりの里");
    values.put("representative", "理事長 佐藤 花子");
    values.put("address", "長野県長野市大字南長野字幅下692-2");
    values.put("projectName", "里山保全ボランティア育成事業");
    values.put("requestedAmount", amount);
    return values;
  }

  @Test
  void smallCompleteApplicationNeedsNoApproval() {
    ProcessInstance instance = cases.start("subsidy-application", application(500_000L));

    completeBotStep(instance, TOPIC);
    awaitEnded(instance);
    assertThat(instance)
        .hasPassed("completenessCheck", "ledgerEntry", "done")
        .hasNotPassed("review", "managerApproval");
  }

  @Test
  void largeApplicationIsApprovedByAManager() {
    ProcessInstance instance = cases.start("subsidy-application", application(2_000_000L));

    var approval = awaitTask(instance, "managerApproval");
    assertThat(isCandidate(approval, Roles.MANAGER_GROUP)).isTrue();
    completeAs("manager-1", Roles.MANAGER_GROUP, approval, Map.of("approved", true));

    completeBotStep(instance, TOPIC);
    awaitEnded(instance);
    assertThat(instance).hasPassed("managerApproval", "done");
  }

  @Test
  void largeApplicationTheManagerRefusesIsNotGranted() {
    ProcessInstance instance = cases.start("subsidy-application", application(3_000_000L));

    var approval = awaitTask(instance, "managerApproval");
    completeAs(
        "manager-1",
        Roles.MANAGER_GROUP,
        approval,
        Map.of("approved", false, "approvalComment", "事業計画の再提出を求める"));

    awaitEnded(instance);
    assertThat(instance).hasPassed("notApproved").hasNotPassed("ledgerEntry");
  }

  @Test
  void anApprovalIsNeitherCompletedWithoutADecisionNorRefusedWithoutAComment() {
    ProcessInstance instance = cases.start("subsidy-application", application(1_250_000L));
    var approval = awaitTask(instance, "managerApproval");

    assertThatThrownBy(() -> completeAs("manager-1", Roles.MANAGER_GROUP, approval, Map.of()))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("approved");
    assertThatThrownBy(
            () ->
                completeAs("manager-1", Roles.MANAGER_GROUP, approval, Map.of("approved", "true")))
        .as("a decision is a Boolean, not text")
        .hasMessageContaining("approved");
    assertThatThrownBy(
            () -> completeAs("manager-1", Roles.MANAGER_GROUP, approval, Map.of("approved", false)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("approvalComment");
    assertThat(instance).isWaitingAt("managerApproval");
  }

  @Test
  void incompleteApplicationIsReviewedWithTheRuleFindings() {
    Map<String, Object> values = application(50_000L);
    values.remove("address");
    ProcessInstance instance = cases.start("subsidy-application", values);

    var review = awaitTask(instance, "review");
    assertThat((String) runtime.getVariable(instance.getId(), "reviewReasons"))
        .contains("所在地が記入されていません")
        .contains("下限");

    completeAs(
        "operator-1",
        Roles.OPERATOR_GROUP,
        review,
        Map.of("address", "長野県長野市大字南長野字幅下692-2", "requestedAmount", "150,000円"));

    completeBotStep(instance, TOPIC);
    awaitEnded(instance);
    assertThat(instance).hasPassed("review", "done").hasNotPassed("managerApproval");
  }
}
