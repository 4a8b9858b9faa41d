package jp.gyomu.registry;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the registry needs to know from the process engine, aggregated by the database. The only
 * door from the registry to the engine, so the registry's logic can be tested without one.
 */
public interface ExecutionHistory {

  /**
   * Cases of a process completed in {@code [from, to)}, and the minutes people spent in the user
   * tasks (review, approval) of exactly those cases.
   */
  CompletedCases completed(String processKey, Instant from, Instant to);

  /** What is going on in a process right now. */
  ProcessActivity activity(String processKey);

  /** The latest definition id of every deployed process, by key: for links into Cockpit. */
  Map<String, String> latestDefinitions();

  record CompletedCases(long cases, double humanMinutes) {}

  /**
   * @param openUserTasks documents and cases waiting for a person (review, approval)
   * @param latestDefinitionId for links into Cockpit; empty when the process is not deployed
   */
  record ProcessActivity(long openUserTasks, long incidents, Optional<String> latestDefinitionId) {

    public static final ProcessActivity NONE = new ProcessActivity(0, 0, Optional.empty());
  }
}
