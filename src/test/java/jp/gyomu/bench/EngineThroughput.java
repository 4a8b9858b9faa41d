package jp.gyomu.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import jp.gyomu.GyomuApplication;
import jp.gyomu.support.PostgresTestDatabase;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Process instances per second of a document's process without OCR, on the whole application (its
 * engine configuration, job executor and history level) on H2 or PostgreSQL: start with extracted
 * fields (async after the start, as Gyomu's processes) -> Gyomu's field check -> bot step (an
 * external task, no async continuation of its own since decision 0019; {@code --bot-async-before
 * true} puts it back) completed by an external-task client -> end. After a warm-up that lasts until
 * the JVM CPU per instance settles, starters run at several concurrencies; the bot fetches in
 * batches on two threads. Run by {@code bench/engine-throughput.sh}; not a test.
 *
 * <p>Options: {@code --db h2|postgres} (PostgreSQL: a private database on the server of {@code
 * GYOMU_TEST_PG_*}, dropped by the next run), {@code --instances N} per concurrency (default 1000),
 * {@code --concurrency 1,2,4,8,16}, {@code --history full|audit|activity|none} (default: Gyomu's),
 * {@code --out FILE}; {@code --set key=value} passes further settings (e.g. {@code
 * camunda.bpm.job-execution.max-pool-size=4}).
 */
public final class EngineThroughput {

  static final String PROCESS = "engine-bench";
  static final String TOPIC = "rpa.engine-bench";
  private static final int FIELDS = 12;
  private static final AtomicInteger FETCH_CONFLICTS = new AtomicInteger();
  // The engine's paths are compiled slowly: on H2 an instance cost 31 ms of JVM CPU in the first
  // thousand and 16 ms after five thousand (2026-12-06), so a short warm-up measured the JIT.
  private static final int WARM_UP_STARTERS = 8;
  private static final int WARM_UP_ROUND = 500;
  private static final int MIN_WARM_UP_ROUNDS = 8;
  private static final int MAX_WARM_UP_ROUNDS = 16;
  private static final double SETTLED = 0.05;

  public static void main(String[] args) throws Exception {
    String db = "h2";
    int instances = 1000;
    List<Integer> levels = List.of(1, 2, 4, 8, 16);
    String history = null;
    boolean botAsyncBefore = false; // as Gyomu's processes since decision 0019
    Path out = Path.of("target/bench/engine-throughput.md");
    Path summary = null;
    Map<String, Object> extra = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String value = args[++i];
      switch (args[i - 1]) {
        case "--db" -> db = value;
        case "--instances" -> instances = Integer.parseInt(value);
        case "--concurrency" ->
            levels = java.util.Arrays.stream(value.split(",")).map(Integer::parseInt).toList();
        case "--history" -> history = value;
        case "--out" -> out = Path.of(value);
        case "--summary" -> summary = Path.of(value);
        case "--bot-async-before" -> botAsyncBefore = Boolean.parseBoolean(value);
        case "--set" -> {
          String[] kv = value.split("=", 2);
          extra.put(kv[0], kv[1]);
        }
        default -> throw new IllegalArgumentException("Unknown option " + args[i - 1]);
      }
    }
    Map<String, Object> props = new LinkedHashMap<>();
    Path data = Files.createTempDirectory("gyomu-engine-bench-");
    Path processes = Files.createDirectories(data.resolve("processes"));
    props.put("gyomu.data-dir", data.toString());
    props.put("gyomu.processes-dir", processes.toString());
    props.put(
        "gyomu.connectors-dir", Files.createDirectories(data.resolve("connectors")).toString());
    props.put("gyomu.admin-password", UUID.randomUUID().toString());
    props.put("gyomu.demo.enabled", "false");
    props.put("gyomu.bot.enabled", "false");
    props.put("server.port", "0");
    props.put("logging.level.root", "warn");
    if (db.equals("postgres")) {
      var pg = PostgresTestDatabase.create("gyomu_bench_engine");
      props.put("spring.datasource.url", pg.url());
      props.put("spring.datasource.username", PostgresTestDatabase.USER);
      props.put("spring.datasource.password", PostgresTestDatabase.PASSWORD);
    } else if (!db.equals("h2")) {
      throw new IllegalArgumentException("--db is h2 or postgres, not " + db);
    }
    if (history != null) {
      props.put("camunda.bpm.history-level", history);
    }
    props.putAll(extra);

    CountingDataSource counting = new CountingDataSource();
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(GyomuApplication.class)
            .initializers(
                ctx ->
                    ctx.getBeanFactory()
                        .addBeanPostProcessor(
                            new BeanPostProcessor() {
                              @Override
                              public Object postProcessAfterInitialization(
                                  Object bean, String name) {
                                return bean instanceof DataSource ds && name.equals("dataSource")
                                    ? counting.wrap(ds)
                                    : bean;
                              }
                            }))
            // as command-line arguments: default properties would lose to application.yaml
            .run(
                props.entrySet().stream()
                    .map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new))) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      engine
          .getRepositoryService()
          .createDeployment()
          .addModelInstance(PROCESS + ".bpmn", model(botAsyncBefore))
          .deploy();
      String level =
          engine.getProcessEngineConfiguration().getHistory()
              + (app.getBean(jp.gyomu.system.engine.EngineSettings.class).leanHistory()
                  ? " lean"
                  : "");
      var config = app.getEnvironment();
      var report = new StringBuilder();
      report.append(
          "**%s**, history `%s`, %d cores; job executor: core pool %s, max pool %s, queue %s,"
              .formatted(
                  db.equals("h2") ? "H2 (file)" : "PostgreSQL",
                  level,
                  Runtime.getRuntime().availableProcessors(),
                  config.getProperty("camunda.bpm.job-execution.core-pool-size", "3"),
                  config.getProperty("camunda.bpm.job-execution.max-pool-size", "10"),
                  config.getProperty("camunda.bpm.job-execution.queue-capacity", "3")));
      report.append(
          " %s jobs per acquisition;%s %s%n%n"
              .formatted(
                  config.getProperty("camunda.bpm.job-execution.max-jobs-per-acquisition", "3"),
                  db.equals("postgres")
                      ? " batched inserts sent as multi-row inserts: "
                          + (rewritesBatchedInserts(app.getBean(DataSource.class)) ? "yes;" : "no;")
                      : "",
                  extra.isEmpty() ? "no other settings" : "settings " + extra));
      var backends = db.equals("postgres") ? new BackendCpu(app.getBean(DataSource.class)) : null;
      List<Measured> warmUp = warmUp(engine, counting, backends);
      report.append(
          "Warm-up before the levels (%d starters, rounds of %d instances until a round's JVM CPU"
                  .formatted(WARM_UP_STARTERS, WARM_UP_ROUND)
              + " per instance is within 5%% of the round's before, at least %d, at most %d):"
                  .formatted(MIN_WARM_UP_ROUNDS, MAX_WARM_UP_ROUNDS)
              + " %s instances/s; %s ms JVM CPU per instance.%n%n"
                  .formatted(
                      String.join(
                          ", ", warmUp.stream().map(m -> "%.0f".formatted(m.perSecond())).toList()),
                      String.join(
                          ", ",
                          warmUp.stream()
                              .map(m -> "%.1f".formatted(1000 * m.cpuSeconds() / m.instances()))
                              .toList())));
      report.append(
          "| starters | instances | wall time | instances/s | JVM CPU per instance |"
              + " PostgreSQL CPU per instance | transactions per instance |"
              + " median start | p95 start |\n"
              + "|---|---|---|---|---|---|---|---|---|\n");
      Measured best = null;
      for (int level2 : levels) {
        Measured m = run(engine, instances, level2, counting, backends);
        report.append(
            "| %d | %d | %.1f s | **%.0f** | %.1f ms | %s | %.1f | %.1f ms | %.1f ms |%n"
                .formatted(
                    level2,
                    instances,
                    m.seconds(),
                    m.perSecond(),
                    1000 * m.cpuSeconds() / instances,
                    m.dbCpuSeconds() < 0
                        ? "n/a"
                        : "%.1f ms".formatted(1000 * m.dbCpuSeconds() / instances),
                    m.commits() / (double) instances,
                    m.medianStartMs(),
                    m.p95StartMs()));
        System.out.printf("%s: %d starters: %.0f instances/s%n", db, level2, m.perSecond());
        if (best == null || m.perSecond() > best.perSecond()) {
          best = m;
        }
      }
      report.append(
          "%nKnee (most instances per second): **%d starters, %.0f instances/s**.%n%n"
              .formatted(best.starters(), best.perSecond()));
      if (FETCH_CONFLICTS.get() > 0) {
        report.append(
            "Fetches that met the other bot thread's lock on the same task (optimistic locking, fetched"
                + " again): %d.%n%n".formatted(FETCH_CONFLICTS.get()));
      }
      // a census of SQL statements, apart: counting each statement costs the JVM CPU
      counting.countStatements = true;
      int censusCount = Math.min(instances, 200);
      Map<String, Long> metricsBefore = engineMetrics(engine);
      Measured census = run(engine, censusCount, best.starters(), counting, backends);
      Map<String, Long> metricsAfter = engineMetrics(engine);
      counting.countStatements = false;
      report.append(
          "Camunda's metrics per instance in the census below: %s.%n%n"
              .formatted(
                  String.join(
                      ", ",
                      metricsAfter.keySet().stream()
                          .map(
                              k ->
                                  "%s %.2f"
                                      .formatted(
                                          k,
                                          (metricsAfter.get(k) - metricsBefore.get(k))
                                              / (double) censusCount))
                          .toList())));
      report.append(
          ("SQL per instance (census of %d more instances at %d starters, counted through JDBC):"
                  + " **%.1f statements** (a batched row counts as one) in **%.1f round trips**"
                  + " and %.1f transactions. By statement and table, those at 0.05 or more:%n%n"
                  + "| statement | per instance |%n|---|---|%n")
              .formatted(
                  censusCount,
                  best.starters(),
                  census.statements() / (double) censusCount,
                  census.roundTrips() / (double) censusCount,
                  census.commits() / (double) censusCount));
      var kinds =
          census.byKind().entrySet().stream()
              .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
              .toList();
      for (var k : kinds) {
        if (k.getValue() * 20 >= censusCount) {
          report.append(
              "| `%s` | %.2f |%n".formatted(k.getKey(), k.getValue() / (double) censusCount));
        }
      }
      System.out.println(report);
      if (summary != null) {
        Files.writeString(
            summary,
            "| %s | %s | %d | **%.0f** | %.1f ms | %s | %.1f | %.1f (%.1f) |%n"
                .formatted(
                    db.equals("h2") ? "H2 (file)" : "PostgreSQL",
                    level,
                    best.starters(),
                    best.perSecond(),
                    1000 * best.cpuSeconds() / best.instances(),
                    best.dbCpuSeconds() < 0
                        ? "n/a (embedded)"
                        : "%.1f ms".formatted(1000 * best.dbCpuSeconds() / best.instances()),
                    best.commits() / (double) best.instances(),
                    census.statements() / (double) censusCount,
                    census.roundTrips() / (double) censusCount),
            StandardCharsets.UTF_8);
      }
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    }
  }

  /** Rounds until the JVM CPU per instance settles; the report lists them. */
  private static List<Measured> warmUp(
      ProcessEngine engine, CountingDataSource counting, BackendCpu backends) throws Exception {
    List<Measured> rounds = new ArrayList<>();
    while (rounds.size() < MAX_WARM_UP_ROUNDS) {
      rounds.add(run(engine, WARM_UP_ROUND, WARM_UP_STARTERS, counting, backends));
      int n = rounds.size();
      if (n >= MIN_WARM_UP_ROUNDS
          && Math.abs(rounds.get(n - 1).cpuSeconds() - rounds.get(n - 2).cpuSeconds())
              <= SETTLED * rounds.get(n - 2).cpuSeconds()) {
        break;
      }
    }
    return rounds;
  }

  /**
   * @param cpuSeconds CPU time of the whole JVM (engine, job executor, bot, H2 when embedded) over
   *     the run: unlike wall time, hardly changed by other work on a shared machine
   */
  record Measured(
      int starters,
      int instances,
      double seconds,
      double cpuSeconds,
      double dbCpuSeconds,
      long commits,
      long statements,
      long roundTrips,
      Map<String, Long> byKind,
      double medianStartMs,
      double p95StartMs) {
    double perSecond() {
      return instances / seconds;
    }
  }

  /** Starts {@code count} instances from {@code starters} threads and waits until all ended. */
  private static Measured run(
      ProcessEngine engine,
      int count,
      int starters,
      CountingDataSource counting,
      BackendCpu backends)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(starters + 2);
    AtomicInteger left = new AtomicInteger(count);
    AtomicInteger completed = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    List<Future<?>> bots = new ArrayList<>();
    for (int b = 0; b < 2; b++) {
      String worker = "bench-bot-" + b;
      bots.add(pool.submit(() -> bot(engine.getExternalTaskService(), worker, completed, stop)));
    }
    var jdbcStart = counting.snapshot();
    var dbCpuStart = backends == null ? null : backends.snapshot();
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    List<Future<List<Long>>> starting = new ArrayList<>();
    for (int s = 0; s < starters; s++) {
      starting.add(
          pool.submit(
              () -> {
                List<Long> nanos = new ArrayList<>();
                while (left.getAndDecrement() > 0) {
                  long t = System.nanoTime();
                  engine
                      .getRuntimeService()
                      .startProcessInstanceByKey(PROCESS, UUID.randomUUID().toString(), fields());
                  nanos.add(System.nanoTime() - t);
                }
                return nanos;
              }));
    }
    List<Long> startNanos = new ArrayList<>();
    for (var f : starting) {
      startNanos.addAll(f.get());
    }
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (completed.get() < count && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
    var jdbc = counting.snapshot();
    double dbCpu = backends == null ? -1 : backends.secondsSince(dbCpuStart);
    stop.set(true);
    for (var b : bots) {
      b.get();
    }
    pool.shutdown();
    if (completed.get() < count) {
      throw new IllegalStateException("only " + completed.get() + " of " + count + " completed");
    }
    var sorted = startNanos.stream().sorted().toList();
    Map<String, Long> kinds = new HashMap<>();
    jdbc.byKind().forEach((k, v) -> kinds.put(k, v - jdbcStart.byKind().getOrDefault(k, 0L)));
    return new Measured(
        starters,
        count,
        seconds,
        cpuSeconds,
        dbCpu,
        jdbc.commits() - jdbcStart.commits(),
        jdbc.statements() - jdbcStart.statements(),
        jdbc.roundTrips() - jdbcStart.roundTrips(),
        kinds,
        sorted.get(sorted.size() / 2) / 1e6,
        sorted.get((int) (sorted.size() * 0.95)) / 1e6);
  }

  /** Camunda's own counters (flushed to the database first, as the engine reports them late). */
  private static Map<String, Long> engineMetrics(ProcessEngine engine) {
    var management = engine.getManagementService();
    try {
      management.reportDbMetricsNow();
    } catch (RuntimeException e) {
      // the reporter is off: the counters show what was flushed anyway
    }
    Map<String, Long> metrics = new LinkedHashMap<>();
    for (String name :
        List.of(
            Metrics.ACTIVTY_INSTANCE_START,
            Metrics.JOB_ACQUISITION_ATTEMPT,
            Metrics.JOB_ACQUIRED_SUCCESS,
            Metrics.JOB_SUCCESSFUL,
            Metrics.JOB_EXECUTION_REJECTED)) {
      metrics.put(name, management.createMetricsQuery().name(name).sum());
    }
    return metrics;
  }

  /** Whether the PostgreSQL driver rewrites batched inserts (decision 0023), as the pool set it. */
  private static boolean rewritesBatchedInserts(DataSource dataSource) throws Exception {
    try (var connection = dataSource.getConnection()) {
      return connection
          .unwrap(org.postgresql.jdbc.PgConnection.class)
          .getQueryExecutor()
          .isReWriteBatchedInsertsEnabled();
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** An external-task client: fetches up to 20 tasks at once, completes each. */
  private static Void bot(
      ExternalTaskService tasks, String worker, AtomicInteger completed, AtomicBoolean stop)
      throws InterruptedException {
    long idle = 0;
    while (!stop.get()) {
      List<LockedExternalTask> locked;
      try {
        locked = tasks.fetchAndLock(20, worker).topic(TOPIC, 60_000).execute();
      } catch (org.camunda.bpm.engine.OptimisticLockingException | NullPointerException e) {
        // the other bot thread took the same task at once: nothing was locked, fetch again (as
        // Camunda's external-task client does); counted in the report. When the other thread has
        // also completed it and so ended its instance, Camunda 7.24 fails with a null pointer while
        // reading the task's variables instead (camunda-bpm-platform pull request 940, CAM-10750)
        FETCH_CONFLICTS.incrementAndGet();
        continue;
      }
      for (LockedExternalTask t : locked) {
        tasks.complete(t.getId(), worker, Map.of("ledgerReference", "L-" + t.getId()));
        completed.incrementAndGet();
      }
      // an idle client backs off (as a long-polling client waits) instead of querying nonstop
      idle = locked.isEmpty() ? Math.min(100, Math.max(5, idle * 2)) : 0;
      Thread.sleep(idle);
    }
    return null;
  }

  /** What the OCR hand-off starts a case with: a document id, review need, extracted fields. */
  private static Map<String, Object> fields() {
    Map<String, Object> vars = new HashMap<>();
    vars.put("documentId", UUID.randomUUID().toString());
    vars.put("documentType", PROCESS);
    vars.put("needsReview", false);
    vars.put("reviewReasons", "");
    for (int i = 0; i < FIELDS; i++) {
      vars.put("field" + i, "値" + i + "-" + System.nanoTime());
    }
    return vars;
  }

  static BpmnModelInstance model(boolean botAsyncBefore) {
    var bot =
        Bpmn.createExecutableProcess(PROCESS)
            .camundaHistoryTimeToLive(1)
            .startEvent("start")
            .camundaAsyncAfter()
            .serviceTask("fieldCheck")
            .camundaDelegateExpression("${fieldCheck}")
            .exclusiveGateway("needsReviewGateway")
            .condition("review", "${needsReview}")
            .userTask("review")
            .camundaCandidateGroups("gyomu-operators")
            .endEvent("reviewed")
            .moveToNode("needsReviewGateway")
            .condition("no review", "${!needsReview}")
            .serviceTask("ledgerEntry")
            .camundaType("external")
            .camundaTopic(TOPIC)
            .camundaAsyncBefore(botAsyncBefore);
    return bot.endEvent("done").done();
  }

  private EngineThroughput() {}
}
