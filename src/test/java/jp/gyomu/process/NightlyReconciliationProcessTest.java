package jp.gyomu.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.gyomu.support.Await;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

class NightlyReconciliationProcessTest extends ProcessTestSupport {

  static final String TOPIC = "rpa.nightly-reconciliation";

  /** Fires the nightly timer now, as the job executor would at 2:00; returns the new run. */
  ProcessInstance runTonight() {
    var timer =
        management
            .createJobQuery()
            .processDefinitionKey("nightly-reconciliation")
            .timers()
            .singleResult();
    assertThat(timer.getDuedate()).isInTheFuture();
    Set<String> earlier = runs().stream().map(ProcessInstance::getId).collect(Collectors.toSet());
    management.executeJob(timer.getId());
    return Await.until(
        "a new reconciliation run",
        () -> runs().stream().filter(p -> !earlier.contains(p.getId())).findFirst().orElse(null));
  }

  private List<ProcessInstance> runs() {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey("nightly-reconciliation")
        .list();
  }

  @Test
  void aQuietNightEndsWithoutAnyone() {
    ProcessInstance instance = runTonight();

    completeBotStep(instance, TOPIC);
    awaitEnded(instance);
    assertThat(instance).hasPassed("reconcile", "end_nightly");
  }

  @Test
  void differencesGoToAnOperatorInTheMorning() {
    ProcessInstance instance = runTonight();
    var reconcile = awaitBotStep(instance, TOPIC);

    externalTasks.handleBpmnError(
        reconcile.getId(), TEST_BOT, "RECONCILIATION_DIFFERENCES", "支払 3 件が台帳にありません");

    var check = awaitTask(instance, "checkDifferences");
    completeAs("operator-1", "gyomu-operators", check, Map.of("resolution", "台帳に追記した"));
    awaitEnded(instance);
    assertThat(instance).hasPassed("checkDifferences", "differencesResolved");
  }
}
