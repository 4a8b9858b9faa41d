package jp.gyomu.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import jp.gyomu.bench.DrillInputs.Input;
import jp.gyomu.support.GyomuProcess;
import jp.gyomu.support.PrivatePostgres;
import org.springframework.util.FileSystemUtils;

/**
 * Crash drill (issue 6): drops a batch into the inbox of a fresh Gyomu, then either kills the JVM
 * with SIGKILL at the given points and starts it again on the same data folder (H2), or stops and
 * starts a private PostgreSQL server under it while files arrive; waits until everything settled
 * and reconciles every input file (see {@link Reconciliation}). Prints a markdown report and exits
 * 1 on any discrepancy. Run by {@code bench/crash-drill.sh}; a small version runs in the test
 * suite.
 */
public final class CrashDrill {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADMIN_PASSWORD = "crash-Drill-Passw0rd";
  private static final Pattern RESUMED = Pattern.compile("Resuming (\\d+) document");

  /**
   * @param kills H2 only: when to kill, each {@code pickup} (as soon as files are being taken from
   *     the inbox) or a fraction of the batch settled, e.g. {@code 0.5}
   * @param restarts PostgreSQL only: one database stop per entry, its pg_ctl mode ({@code fast} or
   *     {@code immediate}); the batch arrives in waves, one during each outage
   * @param sweep how often Gyomu looks for documents left waiting (30 s in production): after an
   *     outage they resume at the next sweep
   */
  public record Settings(
      int n,
      String database,
      List<String> kills,
      List<String> restarts,
      Duration outage,
      Duration sweep,
      Path out,
      Duration timeout) {

    public static Settings parse(String... args) {
      Map<String, String> o =
          BenchOptions.parse(
              Map.of(
                  "n", "300",
                  "db", "h2",
                  "kills", "pickup,0.3,0.6",
                  "restarts", "fast,immediate",
                  "outage-seconds", "20",
                  "sweep-seconds", "30",
                  "out", "target/crash-drill",
                  "timeout-minutes", "120"),
              args);
      return new Settings(
          Integer.parseInt(o.get("n")),
          o.get("db"),
          list(o.get("kills")),
          list(o.get("restarts")),
          Duration.ofSeconds(Long.parseLong(o.get("outage-seconds"))),
          Duration.ofSeconds(Long.parseLong(o.get("sweep-seconds"))),
          Path.of(o.get("out")),
          Duration.ofMinutes(Long.parseLong(o.get("timeout-minutes"))));
    }

    private static List<String> list(String value) {
      return value.isBlank() || value.equals("none") ? List.of() : Arrays.asList(value.split(","));
    }
  }

  /** The report and whether every input was accounted for. */
  public record Result(boolean passed, List<String> discrepancies, String report) {}

  private final Settings settings;
  private final Path data;
  private final Path staging;
  private final List<String> timeline = new ArrayList<>();
  private final long startNanos = System.nanoTime();
  private final List<String> outageAnswers = new ArrayList<>();
  private GyomuProcess gyomu;

  private CrashDrill(Settings settings) {
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
    return new CrashDrill(settings).drill();
  }

  private Result drill() throws Exception {
    String loadBefore = ProcessMemory.loadAverage();
    FileSystemUtils.deleteRecursively(data);
    FileSystemUtils.deleteRecursively(staging);
    var scans = DrillInputs.copies(settings.n()) + DrillInputs.refused(settings.n());
    List<LoadForms.Form> forms =
        LoadForms.ensure(Path.of("target/load-test/scans"), settings.n() - scans);
    List<Input> inputs = DrillInputs.write(forms, settings.n(), staging);
    boolean postgres = settings.database().equals("postgres");
    Reconciliation reconciliation;
    try (var database = postgres ? PrivatePostgres.start() : null) {
      List<String> java = GyomuProcess.fromClassPath();
      List<String> options = gyomuOptions(database);
      try {
        gyomu = start(java, options, "start");
        if (postgres) {
          restartDatabaseDuring(inputs, database);
        } else {
          killDuring(inputs, java, options);
        }
        long settledAt = System.nanoTime();
        awaitSettled();
        note("all settled (%.0f s after the last disruption was over)", since(settledAt));
        reconciliation = Reconciliation.of(inputs, data, gyomu.http(), ADMIN_PASSWORD);
      } finally {
        if (gyomu != null) {
          gyomu.close();
        }
      }
    }
    String report = report(reconciliation, loadBefore);
    Files.createDirectories(settings.out());
    Files.writeString(settings.out().resolve("report.md"), report, StandardCharsets.UTF_8);
    return new Result(reconciliation.passed(), reconciliation.discrepancies, report);
  }

  private List<String> gyomuOptions(PrivatePostgres database) {
    List<String> options =
        new ArrayList<>(
            List.of(
                "--gyomu.admin-password=" + ADMIN_PASSWORD,
                "--gyomu.bot.enabled=false",
                "--gyomu.intake.sweep-interval=" + settings.sweep()));
    if (database != null) {
      options.add("--spring.datasource.url=" + database.jdbcUrl());
      options.add("--spring.datasource.username=" + PrivatePostgres.USER);
      options.add("--spring.datasource.password=");
      // a short outage should surface as failed calls, not only as calls that waited
      options.add("--spring.datasource.hikari.connection-timeout=5000");
    }
    return options;
  }

  /** H2: the whole batch at once, a SIGKILL at each kill point, a start after each. */
  private void killDuring(List<Input> inputs, List<String> java, List<String> options)
      throws Exception {
    // as a scanner does, the files arrive over a few seconds, also while Gyomu is down
    int chunk = Math.max(1, inputs.size() / 30);
    int chunks = (inputs.size() + chunk - 1) / chunk;
    var trickle = Executors.newSingleThreadExecutor();
    var dropped =
        trickle.submit(
            () -> {
              for (int i = 0; i < inputs.size(); i += chunk) {
                DrillInputs.drop(
                    inputs.subList(i, Math.min(i + chunk, inputs.size())),
                    staging,
                    data.resolve("inbox"));
                Thread.sleep(250);
              }
              return null;
            });
    trickle.shutdown();
    note("%d files arriving in inbox/ over %.1f s", inputs.size(), chunks * 0.25);
    int n = 0;
    for (String point : settings.kills()) {
      n++;
      if (point.equals("pickup")) {
        awaitUntil(() -> rows(false) > 0);
      } else {
        long target = (long) Math.ceil(Double.parseDouble(point) * inputs.size());
        awaitUntil(() -> settled() >= target);
      }
      String state = progress();
      gyomu.kill("run-" + n);
      note("SIGKILL %d (%s): %s", n, point, state);
      gyomu = start(java, options, "start after kill " + n);
    }
    dropped.get();
  }

  /** PostgreSQL: the batch in waves; the database goes away while the next wave arrives. */
  private void restartDatabaseDuring(List<Input> inputs, PrivatePostgres database)
      throws Exception {
    int waves = settings.restarts().size() + 1;
    List<List<Input>> wave = new ArrayList<>();
    for (int w = 0; w < waves; w++) {
      wave.add(new ArrayList<>());
    }
    for (int i = 0; i < inputs.size(); i++) {
      wave.get(i % waves).add(inputs.get(i));
    }
    DrillInputs.drop(wave.get(0), staging, data.resolve("inbox"));
    note("wave 1: %d files dropped into inbox/", wave.get(0).size());
    int dropped = wave.get(0).size();
    for (int r = 0; r < settings.restarts().size(); r++) {
      long target = Math.max(1, dropped / 3);
      awaitUntil(() -> settled() >= target);
      String state = progress();
      String mode = settings.restarts().get(r);
      database.stop(mode);
      long down = System.nanoTime();
      note("database stopped (-m %s): %s", mode, state);
      DrillInputs.drop(wave.get(r + 1), staging, data.resolve("inbox"));
      dropped += wave.get(r + 1).size();
      note("wave %d: %d files dropped while the database is down", r + 2, wave.get(r + 1).size());
      Thread.sleep(Math.min(3000, settings.outage().toMillis()));
      var upload =
          gyomu
              .http()
              .upload(
                  "/api/documents",
                  "during-outage.png",
                  new byte[] {1, 2, 3},
                  "invoice",
                  "admin",
                  ADMIN_PASSWORD);
      note(
          "upload while the database is down: %d, Retry-After %s, %s",
          upload.statusCode(),
          upload.headers().firstValue("Retry-After").orElse("none"),
          upload.body().replace('\n', ' '));
      if (upload.statusCode() != 503) {
        outageAnswers.add("upload during the outage answered " + upload.statusCode());
      }
      Thread.sleep(Math.max(0, settings.outage().toMillis() - (long) (since(down) * 1000)));
      database.startServer();
      note("database started again after %.0f s; %s", since(down), progress());
    }
  }

  private GyomuProcess start(List<String> java, List<String> options, String what)
      throws Exception {
    long t = System.nanoTime();
    var started = GyomuProcess.start(java, data, options);
    var resumed = RESUMED.matcher(started.logText());
    note(
        "%s: ready in %.0f s%s; %s",
        what,
        since(t),
        resumed.find() ? ", " + resumed.group(1) + " document(s) resumed" : "",
        progressOf(started));
    return started;
  }

  private void awaitSettled() throws Exception {
    awaitUntil(() -> inboxFiles() == 0 && rows(true) == 0);
  }

  private void awaitUntil(BooleanSupplier condition) throws InterruptedException {
    long deadline = startNanos + settings.timeout().toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "Crash drill timed out at " + progress() + "; see " + gyomu.log() + "\n" + timeline);
      }
      Thread.sleep(200);
    }
  }

  /** Counted low rather than high: rows that arrive between the two queries count as waiting. */
  private long settled() {
    long all = rows(false);
    long waiting = rows(true);
    return all < 0 || waiting < 0 ? -1 : Math.max(0, all - waiting);
  }

  /** Document rows, or only the RECEIVED ones; -1 while Gyomu cannot answer. */
  private long rows(boolean waitingOnly) {
    return rows(gyomu, waitingOnly);
  }

  private static long rows(GyomuProcess g, boolean waitingOnly) {
    try {
      var response =
          g.http()
              .get(
                  "/api/documents?size=1" + (waitingOnly ? "&status=RECEIVED" : ""),
                  "admin",
                  ADMIN_PASSWORD);
      if (response.statusCode() != 200) {
        return -1;
      }
      return JSON.readTree(response.body()).get("total").asLong();
    } catch (IOException | RuntimeException e) {
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
    return progressOf(gyomu);
  }

  private String progressOf(GyomuProcess g) {
    long all = rows(g, false);
    long waiting = rows(g, true);
    return "%d rows, %d settled, %d waiting, %d files in inbox/"
        .formatted(all, Math.max(0, all - waiting), waiting, inboxFiles());
  }

  private void note(String format, Object... args) {
    String line = "%5.0f s  %s".formatted(since(startNanos), format.formatted(args));
    timeline.add(line);
    System.out.println(line);
  }

  private static double since(long nanos) {
    return (System.nanoTime() - nanos) / 1e9;
  }

  private String report(Reconciliation r, String loadBefore) throws IOException {
    List<String> discrepancies = r.discrepancies;
    discrepancies.addAll(outageAnswers);
    return """
        ## Crash drill: %s, N = %d

        %s; load before %s, after %s

        ```
        %s
        ```

        %s"""
        .formatted(
            settings.database().equals("postgres")
                ? "PostgreSQL stopped and started " + settings.restarts()
                : "SIGKILL at " + settings.kills(),
            settings.n(),
            data,
            loadBefore,
            ProcessMemory.loadAverage(),
            String.join("\n", timeline),
            r.markdown());
  }
}
