package jp.gyomu.support;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Waits on the engine for what a test expects a case to reach next. */
public final class EngineAwait {

  private EngineAwait() {}

  public static Task task(TaskService tasks, ProcessInstance instance, String taskKey) {
    return Await.until(
        "task " + taskKey,
        () ->
            tasks
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey)
                .singleResult());
  }

  public static void ended(HistoryService history, ProcessInstance instance) {
    Await.until(
        "end of " + instance.getId() + " (" + instance.getBusinessKey() + ")",
        () ->
            history
                    .createHistoricProcessInstanceQuery()
                    .processInstanceId(instance.getId())
                    .finished()
                    .count()
                == 1);
  }
}
