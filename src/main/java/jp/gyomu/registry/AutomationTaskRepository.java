package jp.gyomu.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Gyomu's registry tables (see V2__automation_registry.sql). */
@Repository
class AutomationTaskRepository {

  private static final String COLUMNS =
      "code, name_ja, name_en, department, division, technology, status, go_live_date,"
          + " process_key, baseline_minutes, expected_annual_cases, notes";

  private static final String CHANGE_COLUMNS =
      "from_status, to_status, changed_at, changed_by, note, recorded_at";

  private static final RowMapper<AutomationTask> TASK =
      (rs, i) ->
          new AutomationTask(
              rs.getString("code"),
              rs.getString("name_ja"),
              rs.getString("name_en"),
              rs.getString("department"),
              rs.getString("division"),
              Technology.valueOf(rs.getString("technology")),
              TaskStatus.valueOf(rs.getString("status")),
              rs.getObject("go_live_date", LocalDate.class),
              rs.getString("process_key"),
              rs.getInt("baseline_minutes"),
              rs.getInt("expected_annual_cases"),
              rs.getString("notes"));

  private final JdbcTemplate jdbc;

  AutomationTaskRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<AutomationTask> findAll() {
    return jdbc.query("select " + COLUMNS + " from gyomu_automation_task order by code", TASK);
  }

  Optional<AutomationTask> find(String code) {
    return jdbc
        .query("select " + COLUMNS + " from gyomu_automation_task where code = ?", TASK, code)
        .stream()
        .findFirst();
  }

  long count() {
    Long n = jdbc.queryForObject("select count(*) from gyomu_automation_task", Long.class);
    return n == null ? 0 : n;
  }

  void insert(AutomationTask t, Instant at, String actor) {
    jdbc.update(
        "insert into gyomu_automation_task ("
            + COLUMNS
            + ", updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        t.code(),
        t.nameJa(),
        t.nameEn(),
        t.department(),
        t.division(),
        t.technology().name(),
        t.status().name(),
        t.goLiveDate(),
        t.processKey(),
        t.baselineMinutes(),
        t.expectedAnnualCases(),
        t.notes(),
        utc(at),
        actor);
  }

  void update(AutomationTask t, Instant at, String actor) {
    jdbc.update(
        """
        update gyomu_automation_task set name_ja = ?, name_en = ?, department = ?, division = ?,
          technology = ?, status = ?, go_live_date = ?, process_key = ?, baseline_minutes = ?,
          expected_annual_cases = ?, notes = ?, updated_at = ?, updated_by = ? where code = ?""",
        t.nameJa(),
        t.nameEn(),
        t.department(),
        t.division(),
        t.technology().name(),
        t.status().name(),
        t.goLiveDate(),
        t.processKey(),
        t.baselineMinutes(),
        t.expectedAnnualCases(),
        t.notes(),
        utc(at),
        actor,
        t.code());
  }

  void insertStatusChange(String code, TaskStatus from, TaskStatus to, Instant at, String actor) {
    insertStatusChange(code, from, to, at, actor, null, at);
  }

  /** A change that took effect {@code at}, entered {@code recordedAt}, with an optional note. */
  void insertStatusChange(
      String code,
      TaskStatus from,
      TaskStatus to,
      Instant at,
      String actor,
      String note,
      Instant recordedAt) {
    jdbc.update(
        "insert into gyomu_automation_status_change (task_code, from_status, to_status, changed_at,"
            + " changed_by, note, recorded_at) values (?, ?, ?, ?, ?, ?, ?)",
        code,
        from == null ? null : from.name(),
        to.name(),
        utc(at),
        actor,
        note,
        utc(recordedAt));
  }

  List<StatusChange> statusHistory(String code) {
    return jdbc.query(
        "select "
            + CHANGE_COLUMNS
            + " from gyomu_automation_status_change"
            + " where task_code = ? order by changed_at, id",
        (rs, i) -> statusChange(rs),
        code);
  }

  /** Every task's status history, oldest first, keyed by task code. */
  Map<String, List<StatusChange>> allStatusHistories() {
    var histories = new LinkedHashMap<String, List<StatusChange>>();
    jdbc.query(
        "select task_code, "
            + CHANGE_COLUMNS
            + " from gyomu_automation_status_change order by changed_at, id",
        rs -> {
          histories
              .computeIfAbsent(rs.getString("task_code"), c -> new ArrayList<>())
              .add(statusChange(rs));
        });
    return histories;
  }

  void insertRun(String code, RunReport run, Instant reportedAt, String actor) {
    jdbc.update(
        "insert into gyomu_automation_run (task_code, performed_at, cases, human_minutes,"
            + " reported_at, reported_by) values (?, ?, ?, ?, ?, ?)",
        code,
        run.performedAt(),
        run.cases(),
        run.humanMinutes(),
        utc(reportedAt),
        actor);
  }

  /** Codes of the tasks that have reported runs at all. */
  Set<String> codesWithRuns() {
    return Set.copyOf(
        jdbc.queryForList("select distinct task_code from gyomu_automation_run", String.class));
  }

  /** Reported runs of one task in {@code [from, to)}, summed by the database. */
  Savings reportedRuns(AutomationTask task, Instant from, Instant to) {
    return jdbc.queryForObject(
        "select coalesce(sum(cases), 0), coalesce(sum(human_minutes), 0) from gyomu_automation_run"
            + " where task_code = ? and performed_at >= ? and performed_at < ?",
        (rs, i) -> Savings.of(rs.getLong(1), task.baselineMinutes(), rs.getDouble(2)),
        task.code(),
        utc(from),
        utc(to));
  }

  OptionalInt target(int fiscalYear) {
    List<Integer> counts =
        jdbc.queryForList(
            "select task_count from gyomu_automation_target where fiscal_year = ?",
            Integer.class,
            fiscalYear);
    return counts.isEmpty() ? OptionalInt.empty() : OptionalInt.of(counts.get(0));
  }

  void saveTarget(int fiscalYear, int taskCount, Instant at, String actor) {
    int updated =
        jdbc.update(
            "update gyomu_automation_target set task_count = ?, updated_at = ?, updated_by = ?"
                + " where fiscal_year = ?",
            taskCount,
            utc(at),
            actor,
            fiscalYear);
    if (updated == 0) {
      jdbc.update(
          "insert into gyomu_automation_target (fiscal_year, task_count, updated_at, updated_by)"
              + " values (?, ?, ?, ?)",
          fiscalYear,
          taskCount,
          utc(at),
          actor);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static StatusChange statusChange(ResultSet rs) throws SQLException {
    String from = rs.getString("from_status");
    OffsetDateTime changedAt = japan(rs.getObject("changed_at", OffsetDateTime.class));
    OffsetDateTime recordedAt = rs.getObject("recorded_at", OffsetDateTime.class);
    return new StatusChange(
        from == null ? null : TaskStatus.valueOf(from),
        TaskStatus.valueOf(rs.getString("to_status")),
        changedAt,
        rs.getString("changed_by"),
        rs.getString("note"),
        recordedAt == null ? changedAt : japan(recordedAt));
  }

  private static OffsetDateTime japan(OffsetDateTime time) {
    return time.atZoneSameInstant(FiscalPeriod.JAPAN).toOffsetDateTime();
  }
}
