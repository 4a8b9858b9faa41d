package jp.gyomu.registry;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Hours saved, measured: per task and month, completed cases from the engine's history plus runs
 * reported by bots; gross = cases x baseline minutes, human = measured minutes in user tasks, net =
 * gross - human. Periods are summed from whole months, so a half year is exactly its six months.
 */
@Service
public class ProgressService {

  private final AutomationTaskRepository repository;
  private final ExecutionHistory history;
  private final RegistrySettings settings;

  ProgressService(
      AutomationTaskRepository repository, ExecutionHistory history, RegistrySettings settings) {
    this.repository = repository;
    this.history = history;
    this.settings = settings;
  }

  public Progress progress(FiscalPeriod period) {
    return progress(period, Instant.now());
  }

  Progress progress(FiscalPeriod period, Instant now) {
    Instant asOf = now.isBefore(period.end()) ? now : period.end();
    Instant yearStart = period.wholeYear().start();
    Map<String, List<StatusChange>> histories = repository.allStatusHistories();
    List<YearMonth> months = period.wholeYear().months();
    var monthTotals = new LinkedHashMap<YearMonth, Savings>();
    months.forEach(m -> monthTotals.put(m, Savings.NONE));
    var funnel = new EnumMap<TaskStatus, Long>(TaskStatus.class);
    for (TaskStatus s : TaskStatus.values()) {
      funnel.put(s, 0L);
    }
    var rows = new ArrayList<Progress.TaskProgress>();
    var departments = new LinkedHashMap<String, Savings>();
    int automated = 0;
    int automatedAtYearStart = 0;
    Savings total = Savings.NONE;
    long openTasks = 0;
    long incidents = 0;
    Set<String> reporting = repository.codesWithRuns();
    for (AutomationTask task : repository.findAll()) {
      List<StatusChange> changes = histories.getOrDefault(task.code(), List.of());
      Optional<TaskStatus> status = statusAt(changes, asOf);
      if (status.isEmpty()) {
        continue;
      }
      if (statusAt(changes, yearStart).filter(settings::counts).isPresent()) {
        automatedAtYearStart++;
      }
      boolean counted = settings.counts(status.get());
      if (counted) {
        automated++;
      }
      funnel.merge(status.get(), 1L, Long::sum);
      Savings inPeriod = Savings.NONE;
      boolean measured = task.hasProcess() || reporting.contains(task.code());
      for (YearMonth month : measured ? months : List.<YearMonth>of()) {
        Savings s = monthSavings(task, month);
        monthTotals.merge(month, s, Savings::plus);
        if (period.contains(start(month))) {
          inPeriod = inPeriod.plus(s);
        }
      }
      var activity =
          task.hasProcess()
              ? history.activity(task.processKey())
              : ExecutionHistory.ProcessActivity.NONE;
      openTasks += activity.openUserTasks();
      incidents += activity.incidents();
      total = total.plus(inPeriod);
      departments.merge(task.department(), inPeriod, Savings::plus);
      rows.add(new Progress.TaskProgress(task, status.get(), counted, inPeriod, activity));
    }
    return new Progress(
        period,
        asOf,
        repository.target(period.fiscalYear()).stream().boxed().findFirst(),
        automated,
        automatedAtYearStart,
        funnel,
        rows,
        total,
        openTasks,
        incidents,
        monthTotals.entrySet().stream()
            .map(e -> new Progress.MonthSavings(e.getKey(), e.getValue()))
            .toList(),
        departments.entrySet().stream()
            .map(e -> new Progress.DepartmentSavings(e.getKey(), e.getValue()))
            .sorted(
                Comparator.comparingDouble(
                        (Progress.DepartmentSavings d) ->
                            d.savings().grossMinutes() - d.savings().humanMinutes())
                    .reversed())
            .toList());
  }

  /** Savings of one task in one calendar month, Japan time. */
  private Savings monthSavings(AutomationTask task, YearMonth month) {
    Instant from = start(month);
    Instant to = start(month.plusMonths(1));
    Savings savings = repository.reportedRuns(task, from, to);
    if (task.hasProcess()) {
      var done = history.completed(task.processKey(), from, to);
      savings = savings.plus(Savings.of(done.cases(), task.baselineMinutes(), done.humanMinutes()));
    }
    return savings;
  }

  private static Instant start(YearMonth month) {
    return month.atDay(1).atStartOfDay(FiscalPeriod.JAPAN).toInstant();
  }

  /** The status a task had just before {@code at}; empty if it was not registered yet. */
  static Optional<TaskStatus> statusAt(List<StatusChange> changes, Instant at) {
    TaskStatus status = null;
    for (StatusChange c : changes) {
      if (c.changedAt().toInstant().isBefore(at)) {
        status = c.to();
      }
    }
    return Optional.ofNullable(status);
  }
}
