package jp.gyomu.registry;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Registry settings, from {@code gyomu.registry.*}.
 *
 * @param countedStatuses statuses that count as automated toward the fiscal year's target
 */
@ConfigurationProperties(prefix = "gyomu.registry")
public record RegistrySettings(List<TaskStatus> countedStatuses) {

  public RegistrySettings {
    countedStatuses =
        countedStatuses == null || countedStatuses.isEmpty()
            ? List.of(TaskStatus.PILOT, TaskStatus.PRODUCTION)
            : List.copyOf(countedStatuses);
  }

  public boolean counts(TaskStatus status) {
    return countedStatuses.contains(status);
  }
}
