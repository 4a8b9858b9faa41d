package jp.gyomu.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The automation registry: tasks with their status history, runs reported by bots outside BPMN, and
 * the targets per fiscal year. Every change records when and by whom.
 */
@Service
public class RegistryService {

  private final AutomationTaskRepository repository;

  RegistryService(AutomationTaskRepository repository) {
    this.repository = repository;
  }

  public List<AutomationTask> tasks() {
    return repository.findAll();
  }

  public long taskCount() {
    return repository.count();
  }

  public AutomationTask task(String code) {
    return repository.find(code).orElseThrow(() -> new UnknownTaskException(code));
  }

  public List<StatusChange> statusHistory(String code) {
    task(code);
    return repository.statusHistory(code);
  }

  @Transactional
  public AutomationTask create(AutomationTask task, String actor) {
    return create(task, actor, Instant.now());
  }

  /**
   * Registers a task as of {@code at}: for bringing in a history kept elsewhere, e.g. a task that
   * went into production before Gyomu was installed.
   */
  @Transactional
  public AutomationTask create(AutomationTask task, String actor, Instant at) {
    check(task);
    if (repository.find(task.code()).isPresent()) {
      throw new RegistryValidationException(
          List.of(new FieldError(0, "code", Reason.of(ReasonCode.TASK_EXISTS, task.code()))));
    }
    repository.insert(task, at, actor);
    repository.insertStatusChange(task.code(), null, task.status(), at, actor);
    return task;
  }

  @Transactional
  public AutomationTask update(AutomationTask task, String actor) {
    return update(task, actor, Instant.now());
  }

  /** Changes a task as of {@code at}; a new status is added to its history. */
  @Transactional
  public AutomationTask update(AutomationTask task, String actor, Instant at) {
    check(task);
    AutomationTask before = task(task.code());
    repository.update(task, at, actor);
    if (before.status() != task.status()) {
      repository.insertStatusChange(task.code(), before.status(), task.status(), at, actor);
    }
    return task;
  }

  /**
   * Moves a task to a new status as of the day it took effect, with a note. A past day is for a
   * decision entered afterwards; it counts from that day (e.g. toward the target at the start of a
   * fiscal year). A task going into production without a go-live date gets that day as its date.
   */
  @Transactional
  public StatusChange changeStatus(String code, StatusChangeRequest request, String actor) {
    return changeStatus(code, request, actor, Instant.now());
  }

  @Transactional
  StatusChange changeStatus(String code, StatusChangeRequest request, String actor, Instant now) {
    AutomationTask task = task(code);
    List<StatusChange> history = repository.statusHistory(code);
    StatusChange last = history.get(history.size() - 1);
    LocalDate today = LocalDate.ofInstant(now, FiscalPeriod.JAPAN);
    LocalDate day = request.effectiveDate() == null ? today : request.effectiveDate();
    LocalDate lastDay = last.changedAt().atZoneSameInstant(FiscalPeriod.JAPAN).toLocalDate();
    var errors = new ArrayList<FieldError>();
    if (request.status() == null) {
      errors.add(new FieldError(0, "status", Reason.of(ReasonCode.REQUIRED)));
    } else if (request.status() == task.status()) {
      errors.add(new FieldError(0, "status", Reason.of(ReasonCode.STATUS_UNCHANGED)));
    }
    if (day.isAfter(today)) {
      errors.add(new FieldError(0, "effective_date", Reason.of(ReasonCode.DATE_IN_FUTURE)));
    } else if (day.isBefore(lastDay)) {
      errors.add(
          new FieldError(
              0, "effective_date", Reason.of(ReasonCode.DATE_BEFORE_LAST_CHANGE, lastDay)));
    }
    String note =
        request.note() == null || request.note().isBlank() ? null : request.note().strip();
    if (note != null && note.length() > MAX_NOTE) {
      errors.add(new FieldError(0, "note", Reason.of(ReasonCode.TOO_LONG, MAX_NOTE)));
    }
    if (!errors.isEmpty()) {
      throw new RegistryValidationException(errors);
    }
    // the same day as the last change, or today: after it, so the history keeps its order
    Instant at = day.equals(today) ? now : day.atStartOfDay(FiscalPeriod.JAPAN).toInstant();
    Instant after = last.changedAt().toInstant().plusMillis(1);
    if (at.isBefore(after)) {
      at = after;
    }
    LocalDate goLive =
        request.status() == TaskStatus.PRODUCTION && task.goLiveDate() == null
            ? day
            : task.goLiveDate();
    repository.update(withStatus(task, request.status(), goLive), now, actor);
    repository.insertStatusChange(code, task.status(), request.status(), at, actor, note, now);
    List<StatusChange> changes = repository.statusHistory(code);
    return changes.get(changes.size() - 1);
  }

  private static final int MAX_NOTE = 2000;

  private static AutomationTask withStatus(AutomationTask t, TaskStatus status, LocalDate goLive) {
    return new AutomationTask(
        t.code(),
        t.nameJa(),
        t.nameEn(),
        t.department(),
        t.division(),
        t.technology(),
        status,
        goLive,
        t.processKey(),
        t.baselineMinutes(),
        t.expectedAnnualCases(),
        t.notes());
  }

  /** What an import did. */
  public record ImportResult(int created, int updated) {}

  /**
   * Creates or updates every task of a CSV or YAML file; one bad row and nothing is imported.
   *
   * @param format {@code csv} or {@code yaml}
   */
  @Transactional
  public ImportResult importFile(String format, String content, String actor) {
    List<AutomationTask> tasks = RegistryFiles.read(RegistryFiles.Format.of(format), content);
    int created = 0;
    int updated = 0;
    Instant now = Instant.now();
    for (AutomationTask t : tasks) {
      if (repository.find(t.code()).isPresent()) {
        update(t, actor, now);
        updated++;
      } else {
        create(t, actor, now);
        created++;
      }
    }
    return new ImportResult(created, updated);
  }

  /** The whole registry as a file that {@link #importFile} reads back. */
  public String exportFile(String format) {
    return RegistryFiles.write(RegistryFiles.Format.of(format), tasks());
  }

  @Transactional
  public void reportRun(String code, RunReport run, String actor) {
    task(code);
    var errors = new ArrayList<FieldError>();
    if (run.cases() < 0) {
      errors.add(new FieldError(0, "cases", Reason.of(ReasonCode.NEGATIVE)));
    }
    if (run.humanMinutes() < 0 || Double.isNaN(run.humanMinutes())) {
      errors.add(new FieldError(0, "human_minutes", Reason.of(ReasonCode.NEGATIVE)));
    }
    if (!errors.isEmpty()) {
      throw new RegistryValidationException(errors);
    }
    Instant now = Instant.now();
    OffsetDateTime performed =
        run.performedAt() == null ? now.atOffset(ZoneOffset.UTC) : run.performedAt();
    repository.insertRun(
        code, new RunReport(run.cases(), run.humanMinutes(), performed), now, actor);
  }

  /** How many tasks should count as automated by the end of the fiscal year, if set. */
  public OptionalInt target(int fiscalYear) {
    return repository.target(fiscalYear);
  }

  @Transactional
  public void setTarget(int fiscalYear, int taskCount, String actor) {
    FiscalPeriod.year(fiscalYear);
    if (taskCount < 0) {
      throw new RegistryValidationException(
          List.of(new FieldError(0, "task_count", Reason.of(ReasonCode.NEGATIVE))));
    }
    repository.saveTarget(fiscalYear, taskCount, Instant.now(), actor);
  }

  private static void check(AutomationTask task) {
    List<FieldError> errors = TaskValidator.validate(0, task);
    if (!errors.isEmpty()) {
      throw new RegistryValidationException(errors);
    }
  }
}
