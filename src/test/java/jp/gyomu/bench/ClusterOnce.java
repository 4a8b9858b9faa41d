package jp.gyomu.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.gyomu.support.Http;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What must happen once across the nodes of a cluster, counted by its effects (issue 14.4): every
 * bot task the reference bots of both nodes completed is one ledger row in the shared outbox, and
 * the timers made due at once (every open review's 2-business-day escalation, the nightly
 * reconciliation) each fire once with both nodes' job executors competing for them: one follow-up
 * task per overdue review, one reconciliation case with its one ledger row.
 */
final class ClusterOnce {

  /** A process's ledger as the bots wrote it: the case (process instance) of each row. */
  static final String KEY_HEADER = "プロセスID";

  private static final Duration EXTRA_WAIT = Duration.ofSeconds(15);

  interface Db {
    Connection connect() throws SQLException;
  }

  /** What was counted, for the report, and what was wrong. */
  record Counts(List<String> lines, List<String> problems) {}

  private final Db db;
  private final Path outbox;
  private final List<Http> nodes;
  private final String adminPassword;
  private final List<String> lines = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  ClusterOnce(Db db, Path outbox, List<Http> nodes, String adminPassword) {
    this.db = db;
    this.outbox = outbox;
    this.nodes = nodes;
    this.adminPassword = adminPassword;
  }

  /** Waits for the bots, checks their rows, fires the timers and checks their effects. */
  Counts check(Duration timeout) throws Exception {
    awaitQuiet(timeout, "the bots to finish their tasks");
    botRows("bot tasks before the timers");
    int overdue = fireTimers();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline
        && (count("select count(*) from act_hi_taskinst where task_def_key_ = 'escalateReview'")
                < overdue
            || count(
                    "select count(*) from act_hi_procinst p join act_re_procdef d"
                        + " on p.proc_def_id_ = d.id_ where d.key_ = 'nightly-reconciliation'")
                < 1)) {
      Thread.sleep(250);
    }
    awaitQuiet(timeout, "the reconciliation's bot task");
    Thread.sleep(EXTRA_WAIT.toMillis()); // room for a second firing, if any node would make one
    awaitQuiet(timeout, "the bots after the extra wait");
    timerEffects(overdue);
    botRows("all bot tasks");
    return new Counts(lines, problems);
  }

  /**
   * Makes every review escalation timer and the nightly reconciliation's timer due now, as an
   * operator would in Cockpit ({@code PUT /engine-rest/job/{id}/duedate}), on each node in turn;
   * returns the reviews.
   */
  private int fireTimers() throws SQLException {
    Map<String, String> jobs = new TreeMap<>(); // id -> what
    try (Connection c = db.connect();
        var rs =
            c.createStatement()
                .executeQuery(
                    "select j.id_, case when j.handler_type_ = 'timer-start-event'"
                        + " then j.process_def_key_ else d.act_id_ end from act_ru_job j"
                        + " left join act_ru_jobdef d on j.job_def_id_ = d.id_"
                        + " where j.handler_type_ = 'timer-start-event'"
                        + " or (j.handler_type_ = 'timer-transition'"
                        + " and d.act_id_ = 'reviewOverdue')")) {
      while (rs.next()) {
        jobs.put(rs.getString(1), rs.getString(2));
      }
    }
    int overdue = 0;
    int nightly = 0;
    int turn = 0;
    for (var job : jobs.entrySet()) {
      var answer =
          nodes
              .get(turn++ % nodes.size())
              .send(
                  "PUT",
                  "/engine-rest/job/" + job.getKey() + "/duedate",
                  "admin",
                  adminPassword,
                  "application/json",
                  "{\"duedate\":\"2020-01-01T00:00:00.000+0000\"}");
      if (answer.statusCode() != 204) {
        problems.add(
            "could not make job %s (%s) due: %d %s"
                .formatted(job.getKey(), job.getValue(), answer.statusCode(), answer.body()));
      } else if ("reviewOverdue".equals(job.getValue())) {
        overdue++;
      } else if ("nightly-reconciliation".equals(job.getValue())) {
        nightly++;
      }
    }
    lines.add(
        "timers made due at once: %d review escalation(s), %d nightly reconciliation"
            .formatted(overdue, nightly));
    if (nightly != 1) {
      problems.add("%d nightly reconciliation timers, expected 1".formatted(nightly));
    }
    return overdue;
  }

  private void timerEffects(int overdue) throws SQLException {
    long escalations =
        count("select count(*) from act_hi_taskinst where task_def_key_ = 'escalateReview'");
    long twice =
        count(
            "select count(*) from (select proc_inst_id_ from act_hi_taskinst"
                + " where task_def_key_ = 'escalateReview' group by proc_inst_id_"
                + " having count(*) > 1) t");
    long reconciliations =
        count(
            "select count(*) from act_hi_procinst p join act_re_procdef d"
                + " on p.proc_def_id_ = d.id_ where d.key_ = 'nightly-reconciliation'");
    lines.add(
        "effects: %d follow-up task(s) for %d overdue review(s) (%d case(s) with two),"
                .formatted(escalations, overdue, twice)
            + " %d nightly reconciliation case(s); timer jobs run per node: %s"
                .formatted(reconciliations, timerJobsByNode()));
    if (escalations != overdue || twice > 0) {
      problems.add(
          "%d follow-up tasks for %d overdue reviews (%d cases with two)"
              .formatted(escalations, overdue, twice));
    }
    if (reconciliations != 1) {
      problems.add(
          "the nightly timer started %d reconciliation cases, expected 1"
              .formatted(reconciliations));
    }
  }

  /**
   * Every bot task completed once (the engine's external task log) is one ledger row, and every
   * ledger row is a case whose bot task completed: nothing entered twice, nothing lost.
   */
  private void botRows(String what) throws SQLException, IOException {
    Map<String, Set<String>> completed = new TreeMap<>(); // process key -> instances
    Map<String, Integer> byWorker = new TreeMap<>();
    long completions = 0;
    try (Connection c = db.connect();
        var rs =
            c.createStatement()
                .executeQuery(
                    "select proc_def_key_, proc_inst_id_, worker_id_ from act_hi_ext_task_log"
                        + " where state_ = 2")) {
      while (rs.next()) {
        completed.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
        byWorker.merge(rs.getString(3), 1, Integer::sum);
        completions++;
      }
    }
    long rows = 0;
    for (var process : completed.entrySet()) {
      Map<String, Integer> ledger = ledgerRows(process.getKey());
      rows += ledger.values().stream().mapToInt(Integer::intValue).sum();
      ledger.forEach(
          (instance, n) -> {
            if (n > 1) {
              problems.add("case %s is %d rows in the ledger".formatted(instance, n));
            }
          });
      for (String instance : process.getValue()) {
        if (!ledger.containsKey(instance)) {
          problems.add(
              "the bot completed case %s of %s but its ledger has no row"
                  .formatted(instance, process.getKey()));
        }
      }
      for (String instance : ledger.keySet()) {
        if (!process.getValue().contains(instance)) {
          problems.add(
              "ledger row for case %s, whose bot task never completed".formatted(instance));
        }
      }
    }
    long incidents = count("select count(*) from act_ru_incident");
    lines.add(
        "%s: %d completed once (per process: %s), %d ledger rows, by worker %s, %d incident(s)"
            .formatted(
                what,
                completions,
                completed.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue().size())
                    .toList(),
                rows,
                byWorker,
                incidents));
    if (incidents > 0) {
      problems.add("%d incident(s) open (a bot task or job failed)".formatted(incidents));
    }
  }

  /** Rows of {@code <outbox>/<process>.xlsx} per case. */
  private Map<String, Integer> ledgerRows(String process) throws IOException {
    Map<String, Integer> rows = new HashMap<>();
    Path file = outbox.resolve(process + ".xlsx");
    if (!Files.exists(file)) {
      return rows;
    }
    try (InputStream in = Files.newInputStream(file);
        var workbook = new XSSFWorkbook(in)) {
      var sheet = workbook.getSheetAt(0);
      int key = -1;
      for (Cell cell : sheet.getRow(0)) {
        if (KEY_HEADER.equals(cell.getStringCellValue())) {
          key = cell.getColumnIndex();
        }
      }
      for (Row row : sheet) {
        if (row.getRowNum() > 0 && key >= 0 && row.getCell(key) != null) {
          rows.merge(row.getCell(key).getStringCellValue(), 1, Integer::sum);
        }
      }
    }
    return rows;
  }

  private Map<String, Integer> timerJobsByNode() throws SQLException {
    Map<String, Integer> byNode = new TreeMap<>();
    try (Connection c = db.connect();
        var rs =
            c.createStatement()
                .executeQuery(
                    "select hostname_, count(*) from act_hi_job_log where job_state_ = 2"
                        + " and job_def_type_ in ('timer-transition', 'timer-start-event')"
                        + " group by hostname_")) {
      while (rs.next()) {
        byNode.put(rs.getString(1), rs.getInt(2));
      }
    }
    return byNode;
  }

  /** Until no bot task and no runnable job is left (timers not yet due aside). */
  private void awaitQuiet(Duration timeout, String what) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (count("select count(*) from act_ru_ext_task where retries_ is null or retries_ > 0")
            + count(
                // a timer counts only once fired (made due in 2020): the engine stores due dates
                // in its own local time without a zone, which this JVM's session (Asia/Tokyo) reads
                // as 9 hours earlier, so tomorrow's 02:00 looked due from 17:00 UTC on
                "select count(*) from act_ru_job where retries_ > 0 and (handler_type_ not like"
                    + " 'timer%' or duedate_ < timestamp '2021-01-01')")
        > 0) {
      if (System.nanoTime() > deadline) {
        problems.add("timed out waiting for " + what);
        return;
      }
      Thread.sleep(250);
    }
  }

  private long count(String sql) throws SQLException {
    try (Connection c = db.connect();
        var rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
