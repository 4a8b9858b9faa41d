package jp.gyomu.registry;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the automation stands for one period: the figures of the dashboard and the reports, all
 * computed from the registry and the engine's history.
 *
 * @param asOf the end of the period, or now while the period is running
 * @param target tasks to count as automated by the end of the fiscal year, when set
 * @param automated tasks whose status counts toward the target, as of {@code asOf}
 * @param automatedAtYearStart the same count at the start of the fiscal year
 * @param funnel tasks per status as of {@code asOf}, every status present
 * @param tasks one row per task registered by {@code asOf}, in code order
 * @param total savings of all tasks in the period
 * @param months savings of all tasks per month of the whole fiscal year
 * @param departments savings per department (部局) in the period, largest net first
 */
public record Progress(
    FiscalPeriod period,
    Instant asOf,
    Optional<Integer> target,
    int automated,
    int automatedAtYearStart,
    Map<TaskStatus, Long> funnel,
    List<TaskProgress> tasks,
    Savings total,
    long openUserTasks,
    long incidents,
    List<MonthSavings> months,
    List<DepartmentSavings> departments) {

  /** Savings of the whole fiscal year so far, from its months. */
  public Savings yearTotal() {
    return months.stream().map(MonthSavings::savings).reduce(Savings.NONE, Savings::plus);
  }

  /** One task in the period. */
  public record TaskProgress(
      AutomationTask task,
      TaskStatus status,
      boolean counted,
      Savings savings,
      ExecutionHistory.ProcessActivity activity) {}

  public record MonthSavings(YearMonth month, Savings savings) {}

  public record DepartmentSavings(String department, Savings savings) {}
}
