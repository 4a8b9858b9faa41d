package jp.gyomu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import jp.gyomu.support.GyomuProcess;
import jp.gyomu.support.Http;
import org.springframework.util.FileSystemUtils;

/**
 * Load test of a whole Gyomu on loopback: a fresh data folder (H2), an uploader user made through
 * the engine's REST API, then several upload clients that honour Retry-After, then a folder drop.
 * Samples the intake gauges throughout; reports documents per minute, time from arrival to
 * hand-off, 202s and 503s, and peak memory. Run by {@code bench/load-test.sh}; not a test.
 */
public final class LoadBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final String UPLOADER = "load-uploader";
  private static final Duration DRAIN_TIMEOUT = Duration.ofHours(3);

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    int clients = Integer.parseInt(o.get("clients"));
    int uploads = Integer.parseInt(o.get("uploads"));
    Duration uploadBound = Duration.ofMinutes(Long.parseLong(o.get("upload-minutes")));
    int folder = Integer.parseInt(o.get("folder"));
    Path out = Files.createDirectories(Path.of(o.get("out")));
    String loadBefore = ProcessMemory.loadAverage();

    List<LoadForms.Form> forms = LoadForms.ensure(out.resolve("scans"), uploads + folder);
    Path data = out.resolve("data");
    FileSystemUtils.deleteRecursively(data);
    // the folder drop is copied next to the inbox beforehand, then moved in at once
    Path staging = Files.createDirectories(out.resolve("data/drop-staging"));
    for (var form : forms.subList(uploads, forms.size())) {
      Files.copy(form.file(), staging.resolve(form.file().getFileName()));
    }

    List<String> java = new ArrayList<>();
    java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    java.addAll(Arrays.asList(o.get("java-opts").trim().split("\\s+")));
    java.addAll(List.of("-jar", o.get("jar")));
    List<String> settings = List.of("--gyomu.intake.max-waiting=" + o.get("max-waiting"));
    long startNanos = System.nanoTime();
    try (GyomuProcess gyomu = GyomuProcess.start(java, data, settings)) {
      Runtime.getRuntime().addShutdownHook(new Thread(gyomu::close));
      double startup = (System.nanoTime() - startNanos) / 1e9;
      Http http = gyomu.http();
      String adminPassword =
          Files.readString(data.resolve("initial-admin-password"), StandardCharsets.UTF_8).trim();
      String uploaderPassword = createUploader(http, adminPassword);
      System.out.printf(
          "Gyomu ready in %.0f s on port %d (pid %d)%n", startup, gyomu.port(), gyomu.pid());

      UploadClients.Outcome outcome;
      long hwmAfterUploads;
      List<QueueDepthSampler.Sample> samples;
      try (var sampler =
          new QueueDepthSampler(
              http,
              "admin",
              adminPassword,
              gyomu.pid(),
              out.resolve("queue-depth.csv"),
              Duration.ofSeconds(Long.parseLong(o.get("sample-seconds"))))) {
        sampler.phase("uploads");
        outcome =
            new UploadClients(http, UPLOADER, uploaderPassword)
                .run(clients, forms.subList(0, uploads), Instant.now().plus(uploadBound));
        awaitSettled(http, adminPassword, outcome.accepted());
        hwmAfterUploads = ProcessMemory.kb(gyomu.pid(), "VmHWM");

        sampler.phase("folder");
        for (var form : forms.subList(uploads, forms.size())) {
          Path inbox = Files.createDirectories(data.resolve("inbox").resolve(form.type()));
          Path staged = staging.resolve(form.file().getFileName());
          Files.move(staged, inbox.resolve(staged.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
        awaitSettled(http, adminPassword, outcome.accepted() + folder);
        Thread.sleep(Long.parseLong(o.get("sample-seconds")) * 1000);
        samples = sampler.samples();
      }
      var memory =
          new LoadReport.Memory(
              hwmAfterUploads,
              ProcessMemory.kb(gyomu.pid(), "VmHWM"),
              samples.stream().mapToDouble(QueueDepthSampler.Sample::heapMb).max().orElse(0));
      var run =
          new LoadReport.Run(
              LocalDate.now().toString(),
              Runtime.getRuntime().availableProcessors(),
              loadBefore,
              ProcessMemory.loadAverage(),
              o.get("java-opts"),
              settings,
              (int) metric(http, adminPassword, "gyomu.intake.workers"),
              clients,
              uploads,
              uploadBound,
              folder,
              startup);
      String report =
          LoadReport.markdown(run, documents(http, adminPassword), outcome, samples, memory);
      Files.writeString(out.resolve("results.md"), report, StandardCharsets.UTF_8);
      QueueDepthChart.write(samples, out.resolve("queue-depth.png"));
      System.out.println();
      System.out.println(report);
      System.out.println(
          "written: " + out.resolve("results.md") + ", queue-depth.csv, queue-depth.png");
    }
  }

  /** An operator account for the upload clients, made as an administrator would script it. */
  static String createUploader(Http http, String adminPassword) {
    String password = "Load-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    String body =
        """
        {"profile": {"id": "%s", "firstName": "Load", "lastName": "Uploader"},
         "credentials": {"password": "%s"}}"""
            .formatted(UPLOADER, password);
    expect(
        http.send(
            "POST", "/engine-rest/user/create", "admin", adminPassword, "application/json", body),
        204);
    expect(
        http.send(
            "PUT",
            "/engine-rest/group/gyomu-operators/members/" + UPLOADER,
            "admin",
            adminPassword,
            "application/json",
            ""),
        204);
    return password;
  }

  /** Waits until {@code expected} documents exist and none is RECEIVED any more. */
  private static void awaitSettled(Http http, String adminPassword, long expected)
      throws Exception {
    long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      long total = total(http, adminPassword, "");
      long received = total(http, adminPassword, "&status=RECEIVED");
      if (total >= expected && received == 0) {
        return;
      }
      Thread.sleep(2000);
    }
    throw new IllegalStateException("Documents still waiting after " + DRAIN_TIMEOUT);
  }

  private static double metric(Http http, String adminPassword, String name) throws Exception {
    var body = http.get("/actuator/metrics/" + name, "admin", adminPassword).body();
    return JSON.readTree(body).get("measurements").get(0).get("value").asDouble();
  }

  private static long total(Http http, String adminPassword, String filter) throws Exception {
    var body = http.get("/api/documents?size=1" + filter, "admin", adminPassword).body();
    return JSON.readTree(body).get("total").asLong();
  }

  private static List<LoadReport.Doc> documents(Http http, String adminPassword) throws Exception {
    List<LoadReport.Doc> docs = new ArrayList<>();
    for (int page = 0; ; page++) {
      var body = http.get("/api/documents?size=500&page=" + page, "admin", adminPassword).body();
      JsonNode items = JSON.readTree(body).get("items");
      if (items.isEmpty()) {
        return docs;
      }
      for (JsonNode d : items) {
        long work = 0;
        for (JsonNode step : d.path("timings")) {
          work += step.asLong();
        }
        docs.add(
            new LoadReport.Doc(
                d.get("source").asText(),
                d.get("status").asText(),
                OffsetDateTime.parse(d.get("createdAt").asText()).toInstant(),
                OffsetDateTime.parse(d.get("updatedAt").asText()).toInstant(),
                work));
      }
    }
  }

  private static void expect(java.net.http.HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
    }
  }

  private static Map<String, String> options(String[] args) {
    return BenchOptions.parse(
        Map.of(
            "clients", "4",
            "uploads", "200",
            "upload-minutes", "10",
            "folder", "1000",
            "max-waiting", "50",
            "sample-seconds", "5",
            "java-opts", "-Xmx1g",
            "out", "target/load-test"),
        args,
        "jar");
  }

  private LoadBenchmark() {}
}
