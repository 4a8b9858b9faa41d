package jp.gyomu.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import jp.gyomu.bench.DrillInputs.Input;
import jp.gyomu.support.GyomuProcess;
import jp.gyomu.support.OcrWorkerProcess;
import jp.gyomu.support.PrivatePostgres;
import org.springframework.util.FileSystemUtils;

/**
 * Cluster drill (issue 14): two Gyomu nodes with distinct node names on one private PostgreSQL and
 * one shared data folder, both watching the same inbox. N files arrive in the inbox while further
 * scans are uploaded to both nodes; node A is killed with SIGKILL while it reads, the drill
 * measures how long until node B has taken every document A held, then starts A again. When all
 * settled, every input is reconciled as in {@link CrashDrill} (one document, one case, or
 * DUPLICATE/QUARANTINED with its reason; nothing stuck). Both nodes run the reference bot; then
 * every bot task must be one ledger row, and the timers made due at once (review escalations, the
 * nightly reconciliation) must each fire once ({@link ClusterOnce}). Prints a markdown report and
 * exits 1 on any discrepancy. Run by {@code bench/cluster-drill.sh}; a small version runs in the
 * suite.
 */
public final class ClusterDrill {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADMIN_PASSWORD = "cluster-Drill-Passw0rd";
  // the same on every node, as docs/OPERATIONS.md says: a fresh one per start would lock out the
  // other nodes' bots
  private static final String BOT_PASSWORD = "cluster-Drill-B0t-Passw0rd";
  private static final List<String> NODES = List.of("node-a", "node-b");

  /**
   * @param uploads scans uploaded over HTTP, alternately to each node, besides the n inbox files
   * @param killAt the share of all inputs settled when node A is killed (it must be reading)
   * @param lease {@code gyomu.intake.lease-duration}; with the sweep interval it bounds fail-over
   * @param ocrWorkers external OCR worker processes ({@code ./gyomu worker}), one per node in turn;
   *     with any, the nodes hand pages to the page queue and the first worker is killed with node A
   * @param jar the built application to start (java -jar); empty: the test class path
   */
  public record Settings(
      int n,
      int uploads,
      double killAt,
      Duration lease,
      Duration sweep,
      int workers,
      int ocrWorkers,
      String jar,
      Path out,
      Path report,
      Duration timeout) {

    public static Settings parse(String... args) {
      Map<String, String> o =
          BenchOptions.parse(
              Map.ofEntries(
                  Map.entry("n", "300"),
                  Map.entry("uploads", ""),
                  Map.entry("kill-at", "0.3"),
                  Map.entry("lease-seconds", "30"),
                  Map.entry("sweep-seconds", "15"),
                  Map.entry("workers", "0"),
                  Map.entry("ocr-workers", "0"),
                  Map.entry("jar", ""),
                  Map.entry("out", "target/cluster-drill"),
                  Map.entry("report", "target/bench/cluster-drill.md"),
                  Map.entry("timeout-minutes", "60")),
              args);
      int n = Integer.parseInt(o.get("n"));
      return new Settings(
          n,
          o.get("uploads").isBlank() ? Math.max(4, n / 10) : Integer.parseInt(o.get("uploads")),
          Double.parseDouble(o.get("kill-at")),
          Duration.ofSeconds(Long.parseLong(o.get("lease-seconds"))),
          Duration.ofSeconds(Long.parseLong(o.get("sweep-seconds"))),
          Integer.parseInt(o.get("workers")),
          Integer.parseInt(o.get("ocr-workers")),
          o.get("jar"),
          Path.of(o.get("out")),
          Path.of(o.get("report")),
          Duration.ofMinutes(Long.parseLong(o.get("timeout-minutes"))));
    }
  }

  /**
   * The report, whether every input was accounted for, when the dead node's leases ran out and when
   * the surviving node held or had settled all its documents (seconds after the kill).
   */
  public record Result(
      boolean passed,
      List<String> discrepancies,
      String report,
      double leasesRunOutSeconds,
      double takeoverSeconds) {}

  private final Settings settings;
  private final Path data;
  private final Path staging;
  private final List<String> timeline = new ArrayList<>();
  private final long startNanos = System.nanoTime();
  private final Map<String, GyomuProcess> nodes = new ConcurrentHashMap<>();
  private final List<OcrWorkerProcess> ocrWorkers = new ArrayList<>();
  private String ocrWorkerToken;
  private final List<String> uploadProblems = new ArrayList<>();
  private PrivatePostgres database;
  private double takeover = -1;
  private int leasesHeldAtKill;
  private double leasesRunOut = -1;
  private long databaseBytes;
  private long emptyDatabaseBytes;

  private ClusterDrill(Settings settings) {
    this.settings = settings;
    this.data = settings.out().resolve("data").toAbsolutePath();
    this.staging = settings.out().resolve("staging").toAbsolutePath();
  }

  public static void main(String[] args) throws Exception {
    var result = run(Settings.parse(args));
    System.out.println(result.report());
    System.exit(result.passed() ? 0 : 1);
  }

  public static Result run(Settings settings) throws Exception {
    return new ClusterDrill(settings).drill();
  }

  private Result drill() throws Exception {
    String loadBefore = ProcessMemory.loadAverage();
    FileSystemUtils.deleteRecursively(settings.out());
    int extra = DrillInputs.copies(settings.n()) + DrillInputs.refused(settings.n());
    int scans = settings.n() - extra;
    List<LoadForms.Form> forms =
        LoadForms.ensure(Path.of("target/load-test/scans"), scans + settings.uploads());
    List<Input> inputs = new ArrayList<>(DrillInputs.write(forms, settings.n(), staging));
    List<LoadForms.Form> toUpload = forms.subList(scans, scans + settings.uploads());
    Set<String> uploaded = new HashSet<>();
    for (var form : toUpload) {
      var input = new Input(form.type(), "upload-" + form.file().getFileName(), null, null);
      inputs.add(new Input(input.type(), input.name(), DrillInputs.Expect.READ, null));
      uploaded.add(input.name());
    }
    Reconciliation reconciliation;
    ClusterOnce.Counts once;
    long firstArrival;
    long allSettled;
    try (var db = PrivatePostgres.start()) {
      database = db;
      List<String> java = java();
      try {
        // one node first: it creates the engine's and Gyomu's tables; then the second joins
        for (String node : NODES) {
          start(java, node, "start");
        }
        startOcrWorkers(java);
        emptyDatabaseBytes = databaseSize();
        firstArrival = System.nanoTime();
        var pool = Executors.newFixedThreadPool(2);
        Future<?> dropping = pool.submit(() -> trickle(inputs.subList(0, settings.n())));
        Future<?> uploading = pool.submit(() -> upload(toUpload));
        pool.shutdown();
        killAndTakeOver(java, inputs.size());
        dropping.get();
        uploading.get();
        awaitUntil(() -> inboxFiles() == 0 && rows(false) == inputs.size() && rows(true) == 0);
        allSettled = System.nanoTime();
        note("all %d inputs settled", inputs.size());
        reconciliation =
            Reconciliation.of(inputs, uploaded, data, node("node-b").http(), ADMIN_PASSWORD);
        once =
            new ClusterOnce(
                    this::connection,
                    data.resolve("outbox"),
                    List.of(node("node-a").http(), node("node-b").http()),
                    ADMIN_PASSWORD)
                .check(Duration.ofMinutes(8));
        note("once across nodes: %s", String.join("; ", once.lines()));
      } finally {
        ocrWorkers.forEach(OcrWorkerProcess::close);
        nodes.values().forEach(GyomuProcess::close);
      }
      ocrWorkers.forEach(w -> note("%s read %d page(s)", w.log().getFileName(), w.pagesRead()));
      var byNode = settledByNode();
      var jobs = jobsByNode();
      databaseBytes = databaseSize();
      List<String> jobProblems = jobsRunOnce();
      String report =
          report(
              reconciliation,
              byNode,
              jobs,
              jobProblems,
              once,
              loadBefore,
              inputs.size(),
              allSettled - firstArrival);
      Files.createDirectories(settings.out());
      Files.writeString(settings.out().resolve("report.md"), report, StandardCharsets.UTF_8);
      if (settings.report().getParent() != null) {
        Files.createDirectories(settings.report().getParent());
      }
      Files.writeString(settings.report(), report, StandardCharsets.UTF_8);
      var discrepancies = new ArrayList<>(reconciliation.discrepancies);
      discrepancies.addAll(uploadProblems);
      discrepancies.addAll(jobProblems);
      discrepancies.addAll(once.problems());
      if (takeover < 0) {
        discrepancies.add("node B never took over the documents node A held");
      }
      return new Result(discrepancies.isEmpty(), discrepancies, report, leasesRunOut, takeover);
    }
  }

  private List<String> java() {
    return settings.jar().isBlank()
        ? GyomuProcess.fromClassPath()
        : List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            Path.of(settings.jar()).toAbsolutePath().toString());
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private List<String> options(String node) {
    List<String> options =
        new ArrayList<>(
            List.of(
                "--gyomu.admin-password=" + ADMIN_PASSWORD,
                "--gyomu.bot.password=" + BOT_PASSWORD,
                // a killed node's bot task goes to the other node's bot when its lock runs out
                "--gyomu.bot.lock-duration=" + max(settings.lease(), Duration.ofSeconds(30)),
                // likewise an engine job the killed node had locked (Camunda's default: 5 min)
                "--camunda.bpm.job-execution.lock-time-in-millis="
                    + max(settings.lease(), Duration.ofSeconds(30)).toMillis(),
                // the exactly-once checks count successful jobs in the job log, which lean
                // history (decision 0019) leaves out
                "--gyomu.engine.lean-history=false",
                "--gyomu.intake.node-name=" + node,
                // the engine's job log then names the node that ran each job
                "--camunda.bpm.generic-properties.properties.hostname=" + node,
                "--gyomu.intake.lease-duration=" + settings.lease(),
                "--gyomu.intake.sweep-interval=" + settings.sweep(),
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + PrivatePostgres.USER,
                "--spring.datasource.password="));
    if (settings.workers() > 0) {
      options.add("--gyomu.intake.workers=" + settings.workers());
    }
    if (settings.ocrWorkers() > 0) {
      options.add("--gyomu.ocr.workers=external");
    }
    return options;
  }

  private void start(List<String> java, String node, String what) throws Exception {
    long t = System.nanoTime();
    var started = GyomuProcess.start(java, data, options(node), "gyomu-" + node + ".log");
    nodes.put(node, started);
    note("%s %s: ready in %.0f s on port %d", what, node, since(t), started.port());
  }

  private GyomuProcess node(String name) {
    return nodes.get(name);
  }

  /** The inbox batch arrives in 30 parts over a few seconds, as from a scanner. */
  private Void trickle(List<Input> batch) throws Exception {
    int chunk = Math.max(1, batch.size() / 30);
    for (int i = 0; i < batch.size(); i += chunk) {
      DrillInputs.drop(
          batch.subList(i, Math.min(i + chunk, batch.size())), staging, data.resolve("inbox"));
      Thread.sleep(250);
    }
    note("%d files dropped into the shared inbox/", batch.size());
    return null;
  }

  /** Uploads alternate between the nodes; a node that is down (or busy) is tried again later. */
  private Void upload(List<LoadForms.Form> forms) throws Exception {
    int i = 0;
    for (var form : forms) {
      byte[] bytes = Files.readAllBytes(form.file());
      String name = "upload-" + form.file().getFileName();
      long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
      for (int attempt = 0; ; attempt++) {
        String target = NODES.get((i + attempt) % NODES.size());
        int status = uploadOnce(target, name, bytes, form.type());
        if (status == 202) {
          break;
        }
        if (System.nanoTime() > deadline) {
          uploadProblems.add("upload of %s never accepted (last %d)".formatted(name, status));
          break;
        }
        Thread.sleep(500);
      }
      i++;
      Thread.sleep(300);
    }
    note("%d scans uploaded, alternately to both nodes", forms.size());
    return null;
  }

  private int uploadOnce(String node, String name, byte[] bytes, String type) {
    var g = node(node);
    try {
      return g.http()
          .upload("/api/documents", name, bytes, type, "admin", ADMIN_PASSWORD)
          .statusCode();
    } catch (RuntimeException down) {
      return -1;
    }
  }

  /**
   * Kills node A while it holds leases, then watches the database until node B holds or has settled
   * every document A held; then starts A again on the same name.
   */
  private void killAndTakeOver(List<String> java, int total) throws Exception {
    long target = (long) Math.ceil(settings.killAt() * total);
    awaitUntil(() -> settled() >= target && !heldBy("node-a").isEmpty());
    Set<String> held = heldBy("node-a");
    String state = progress();
    node("node-a").kill("killed");
    if (!ocrWorkers.isEmpty()) {
      ocrWorkers.get(0).kill(); // a worker dies too: its page goes to another reader
      note("SIGKILL %s", ocrWorkers.get(0).log().getFileName());
    }
    long killed = System.nanoTime();
    leasesRunOut = secondsLeftOnLeases("node-a");
    leasesHeldAtKill = held.size();
    note("SIGKILL node-a while it read %d document(s): %s", held.size(), state);
    Map<String, Double> takenAt = new LinkedHashMap<>();
    // free after the lease; taken when one of node-b's workers gets to it, after what it queued
    long deadline = killed + settings.lease().plus(settings.sweep()).plusMinutes(10).toNanos();
    while (takenAt.size() < held.size() && System.nanoTime() < deadline) {
      for (String id : held) {
        if (!takenAt.containsKey(id) && movedOn(id)) {
          takenAt.put(id, since(killed));
        }
      }
      Thread.sleep(250);
    }
    if (takenAt.size() == held.size()) {
      takeover = takenAt.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      note(
          "node-b took over all %d document(s) node-a held within %.1f s (first after %.1f s)",
          held.size(),
          takeover,
          takenAt.values().stream().mapToDouble(Double::doubleValue).min().orElse(0));
    } else {
      note("node-b took over only %d of %d document(s) in time", takenAt.size(), held.size());
    }
    nodes.remove("node-a");
    start(java, "node-a", "restart");
    if (!ocrWorkers.isEmpty()) {
      ocrWorkers.set(0, startOcrWorker(java, 0, "restarted"));
    }
  }

  /** The external OCR workers, one per node in turn, with one worker token made on node A. */
  private void startOcrWorkers(List<String> java) throws IOException {
    if (settings.ocrWorkers() == 0) {
      return;
    }
    ocrWorkerToken =
        OcrWorkerProcess.createWorker(node("node-a").http(), ADMIN_PASSWORD, "drill-ocr-worker");
    for (int i = 0; i < settings.ocrWorkers(); i++) {
      ocrWorkers.add(startOcrWorker(java, i, "start"));
    }
  }

  private OcrWorkerProcess startOcrWorker(List<String> java, int i, String what)
      throws IOException {
    String name = "ocr-worker-" + (i + 1);
    String node = NODES.get(i % NODES.size());
    var worker =
        OcrWorkerProcess.start(
            java,
            node(node).port(),
            ocrWorkerToken,
            name,
            data.getParent().resolve(name + "-" + what + ".log"));
    note("%s %s for %s", what, name, node);
    return worker;
  }

  /** The longest time left on a node's live leases: when its documents are free for others. */
  private double secondsLeftOnLeases(String node) {
    try (Connection c = connection();
        var s =
            c.prepareStatement(
                "select max(extract(epoch from (lease_until - current_timestamp)))"
                    + " from gyomu_document where status = 'RECEIVED' and lease_owner = ?")) {
      s.setString(1, node);
      var rs = s.executeQuery();
      rs.next();
      return rs.getDouble(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Documents a node holds a live lease on and is reading. */
  private Set<String> heldBy(String node) {
    return ids(
        "select id from gyomu_document where status = 'RECEIVED' and lease_owner = ?"
            + " and lease_until > current_timestamp",
        node);
  }

  /** Whether another node leased or settled a document node A held. */
  private boolean movedOn(String id) {
    return !ids(
            "select id from gyomu_document where id = ?"
                + " and (status <> 'RECEIVED' or lease_owner <> 'node-a')",
            id)
        .isEmpty();
  }

  private Set<String> ids(String sql, String arg) {
    try (Connection c = connection();
        var s = c.prepareStatement(sql)) {
      s.setString(1, arg);
      var rs = s.executeQuery();
      Set<String> ids = new HashSet<>();
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Settled documents per node: the last lease a settled document carries names its reader. */
  private Map<String, Integer> settledByNode() throws SQLException {
    Map<String, Integer> byNode = new TreeMap<>();
    try (Connection c = connection();
        var rs =
            c.createStatement()
                .executeQuery(
                    "select coalesce(lease_owner, '(on arrival)'), count(*) from gyomu_document"
                        + " where status <> 'RECEIVED' group by 1")) {
      while (rs.next()) {
        byNode.put(rs.getString(1), rs.getInt(2));
      }
    }
    return byNode;
  }

  private long databaseSize() throws SQLException {
    try (Connection c = connection();
        var rs = c.createStatement().executeQuery("select pg_database_size(current_database())")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Jobs the engine ran successfully, per node (the job log's host name). */
  private Map<String, Integer> jobsByNode() throws SQLException {
    Map<String, Integer> byNode = new TreeMap<>();
    try (Connection c = connection();
        var rs =
            c.createStatement()
                .executeQuery(
                    "select hostname_, count(*) from act_hi_job_log where job_state_ = 2"
                        + " group by hostname_")) {
      while (rs.next()) {
        byNode.put(rs.getString(1), rs.getInt(2));
      }
    }
    return byNode;
  }

  /**
   * The job executors of both nodes share the job table: no job may have succeeded twice, and each
   * timer start event (the nightly reconciliation) must be one job, not one per node.
   */
  private List<String> jobsRunOnce() throws SQLException {
    List<String> problems = new ArrayList<>();
    try (Connection c = connection()) {
      var twice =
          c.createStatement()
              .executeQuery(
                  "select job_id_, count(*) from act_hi_job_log where job_state_ = 2"
                      + " group by job_id_ having count(*) > 1");
      while (twice.next()) {
        problems.add("job %s ran %d times".formatted(twice.getString(1), twice.getInt(2)));
      }
      var logged =
          c.createStatement()
              .executeQuery("select count(*) from act_hi_job_log where job_state_ = 2");
      if (logged.next() && logged.getInt(1) == 0) {
        // every case starts with a job: an empty log means the check above saw nothing
        problems.add("the engine logged no successful job, so no job can be shown to run once");
      }
      var timers =
          c.createStatement()
              .executeQuery(
                  "select d.key_, count(*) from act_ru_job j join act_re_procdef d"
                      + " on j.process_def_id_ = d.id_ where j.handler_type_ = 'timer-start-event'"
                      + " group by d.key_ having count(*) > 1");
      while (timers.next()) {
        problems.add("%d timer start jobs for %s".formatted(timers.getInt(2), timers.getString(1)));
      }
    }
    return problems;
  }

  private Connection connection() throws SQLException {
    return DriverManager.getConnection(database.jdbcUrl(), PrivatePostgres.USER, "");
  }

  private void awaitUntil(BooleanSupplier condition) throws InterruptedException {
    long deadline = startNanos + settings.timeout().toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "Cluster drill timed out at " + progress() + " in " + data + "\n" + timeline);
      }
      Thread.sleep(250);
    }
  }

  private long settled() {
    long all = rows(false);
    long waiting = rows(true);
    return all < 0 || waiting < 0 ? -1 : Math.max(0, all - waiting);
  }

  /** Document rows (or RECEIVED ones) from the database; -1 while it cannot answer. */
  private long rows(boolean waitingOnly) {
    try (Connection c = connection();
        var rs =
            c.createStatement()
                .executeQuery(
                    "select count(*) from gyomu_document"
                        + (waitingOnly ? " where status = 'RECEIVED'" : ""))) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      return -1;
    }
  }

  private long inboxFiles() {
    try {
      return Reconciliation.files(data.resolve("inbox")).size();
    } catch (IOException e) {
      return -1;
    }
  }

  private String progress() {
    long all = rows(false);
    long waiting = rows(true);
    return "%d rows, %d settled, %d waiting, %d files in inbox/"
        .formatted(all, Math.max(0, all - waiting), waiting, inboxFiles());
  }

  private void note(String format, Object... args) {
    String line = "%5.0f s  %s".formatted(since(startNanos), format.formatted(args));
    synchronized (timeline) {
      timeline.add(line);
    }
    System.out.println(line);
  }

  private static double since(long nanos) {
    return (System.nanoTime() - nanos) / 1e9;
  }

  private String report(
      Reconciliation r,
      Map<String, Integer> byNode,
      Map<String, Integer> jobs,
      List<String> jobProblems,
      ClusterOnce.Counts once,
      String loadBefore,
      int inputs,
      long nanos)
      throws IOException {
    List<String> discrepancies = new ArrayList<>(r.discrepancies);
    discrepancies.addAll(uploadProblems);
    discrepancies.addAll(jobProblems);
    discrepancies.addAll(once.problems());
    double minutes = nanos / 60e9;
    String perNode =
        byNode.entrySet().stream()
            .map(e -> "| %s | %d |".formatted(e.getKey(), e.getValue()))
            .reduce((a, b) -> a + "\n" + b)
            .orElse("");
    return """
        ## Cluster drill: 2 nodes on one PostgreSQL, N = %d inbox files + %d uploads

        SIGKILL of node-a at %.0f %% settled, lease %s, sweep %s, %s; load before %s, after %s

        | figure | value |
        |---|---|
        | documents node-a was reading when killed | %d |
        | their leases ran out (free for node-b) after | %.1f s |
        | fail-over: node-b was reading or had settled all of them after | %s |
        | all %d inputs settled in | %.1f min (%.1f documents/min, both nodes, kill and restart included) |
        | PostgreSQL database after the run (engine with full history, Gyomu's rows) | %.1f MB, %.0f KB more per input than before the batch |
        | engine jobs run, per node (none twice; one timer per timer start event) | %s |
        | reference bots (both nodes) and timers made due, counted by their effects | %s |
        | discrepancies | %d |

        Settled by (the last lease a document carries; on arrival = quarantined before any read):

        | node | documents |
        |---|---|
        %s

        ```
        %s
        ```

        %s%s"""
        .formatted(
            settings.n(),
            settings.uploads(),
            settings.killAt() * 100,
            settings.lease(),
            settings.sweep(),
            settings.jar().isBlank() ? "class path" : settings.jar(),
            loadBefore,
            ProcessMemory.loadAverage(),
            leasesHeldAtKill,
            leasesRunOut,
            takeover < 0 ? "never (timed out)" : "%.1f s".formatted(takeover),
            inputs,
            minutes,
            inputs / minutes,
            databaseBytes / 1e6,
            (databaseBytes - emptyDatabaseBytes) / 1e3 / inputs,
            jobs.isEmpty() ? "none" : jobs.toString(),
            String.join("; ", once.lines()),
            discrepancies.size(),
            perNode,
            String.join("\n", timeline),
            r.markdown(),
            discrepancies.size() == r.discrepancies.size()
                ? ""
                : "\n"
                    + String.join(
                        "\n", discrepancies.subList(r.discrepancies.size(), discrepancies.size())));
  }
}
