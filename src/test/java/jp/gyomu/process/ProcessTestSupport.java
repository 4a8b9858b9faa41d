package jp.gyomu.process;

import java.util.List;
import java.util.Map;
import jp.gyomu.support.Await;
import jp.gyomu.support.EngineAwait;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.TestCases;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** Process tests on the shared engine: the job executor runs, the test plays bot and operator. */
abstract class ProcessTestSupport extends GyomuIntegrationTest {

  static final String TEST_BOT = "process-test-bot";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ExternalTaskService externalTasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired CaseStarter caseStarter;
  @Autowired PlatformTransactionManager transactions;
  TestCases cases;

  @BeforeEach
  void processTestSupport() {
    BpmnAwareTests.init(engine);
    cases = new TestCases(caseStarter, transactions, runtime);
  }

  Task awaitTask(ProcessInstance instance, String taskKey) {
    return EngineAwait.task(tasks, instance, taskKey);
  }

  /** Waits for the bot step (after the start's async continuation) and locks it as a bot would. */
  ExternalTask awaitBotStep(ProcessInstance instance, String topic) {
    ExternalTask task =
        Await.until(
            "external task " + topic,
            () ->
                externalTasks
                    .createExternalTaskQuery()
                    .processInstanceId(instance.getId())
                    .topicName(topic)
                    .notLocked()
                    .singleResult());
    externalTasks.lock(task.getId(), TEST_BOT, 60_000);
    return task;
  }

  void completeBotStep(ProcessInstance instance, String topic) {
    ExternalTask task = awaitBotStep(instance, topic);
    externalTasks.complete(task.getId(), TEST_BOT, Map.of("ledgerRow", 2));
  }

  void awaitEnded(ProcessInstance instance) {
    EngineAwait.ended(history, instance);
  }

  /** Completes a user task as a member of {@code group}, as Tasklist would. */
  void completeAs(String user, String group, Task task, Map<String, Object> variables) {
    identity.setAuthentication(user, List.of(group));
    try {
      tasks.claim(task.getId(), user);
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  boolean isCandidate(Task task, String group) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .anyMatch(link -> group.equals(link.getGroupId()));
  }
}
