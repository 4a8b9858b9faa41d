package jp.gyomu.registry;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Registry settings, from {@code gyomu.registry.*} ({@code GYOMU_REGISTRY_COUNTED_STATUSES}).
 *
 * @param countedStatuses statuses that count as automated toward the fiscal year's target
 */
@ConfigurationProperties(prefix = "gyomu.registry")
public record RegistrySettings(
    @DefaultValue({"PILOT", "PRODUCTION"}) List<TaskStatus> countedStatuses) {

  public RegistrySettings {
    if (countedStatuses == null || countedStatuses.isEmpty()) {
      throw new IllegalArgumentException(
          "gyomu.registry.counted-statuses names no status: nothing would count as automated");
    }
    countedStatuses = List.copyOf(countedStatuses);
  }

  public boolean counts(TaskStatus status) {
    return countedStatuses.contains(status);
  }
}
