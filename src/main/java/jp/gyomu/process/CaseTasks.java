package jp.gyomu.process;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;

/** Where a document's case stands, for the pages that link to it in Cockpit and Tasklist. */
@Service
public class CaseTasks {

  private final TaskService tasks;
  private final HistoryService history;

  CaseTasks(TaskService tasks, HistoryService history) {
    this.tasks = tasks;
    this.history = history;
  }

  /** A task of the case that waits for a person. */
  public record OpenTask(String id, String name) {}

  /**
   * A case as the documents console shows it.
   *
   * @param state {@code ACTIVE}, {@code COMPLETED}, {@code SUSPENDED}... as Camunda's history says,
   *     or {@code UNKNOWN} when history no longer has it
   */
  public record CaseState(String processInstanceId, String state, List<OpenTask> openTasks) {}

  public CaseState of(String processInstanceId) {
    var instance =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .singleResult();
    var open =
        tasks
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .orderByTaskCreateTime()
            .asc()
            .list()
            .stream()
            .map(t -> new OpenTask(t.getId(), t.getName()))
            .toList();
    return new CaseState(
        processInstanceId, instance == null ? "UNKNOWN" : instance.getState(), open);
  }
}
