package jp.gyomu.registry;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;

/**
 * One automated business task (業務) as the registry keeps it.
 *
 * <p>Field names are the same in JSON, CSV and YAML (snake_case, as in {@link TaskColumn}).
 *
 * @param code registry code, e.g. {@code RPA-001}
 * @param processKey the BPMN process that handles its cases; blank for bots outside BPMN, which
 *     report their runs through the API
 * @param baselineMinutes manual minutes one case took before automation
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AutomationTask(
    String code,
    String nameJa,
    String nameEn,
    String department,
    String division,
    Technology technology,
    TaskStatus status,
    LocalDate goLiveDate,
    String processKey,
    int baselineMinutes,
    int expectedAnnualCases,
    String notes) {

  public boolean hasProcess() {
    return processKey != null && !processKey.isBlank();
  }
}
