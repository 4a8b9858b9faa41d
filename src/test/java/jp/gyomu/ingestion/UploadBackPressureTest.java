package jp.gyomu.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import jp.gyomu.support.GyomuProcess;
import jp.gyomu.support.Http;
import jp.gyomu.support.SeparateJvm;
import jp.gyomu.testdocs.NumberedForms;
import jp.gyomu.testdocs.ScanVariant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Back-pressure as an operator configures it (decision 0004): Gyomu runs as its own process with
 * one OCR worker and room for {@value #MAX_WAITING} waiting documents, and several clients upload
 * at once over real HTTP.
 */
@SeparateJvm
class UploadBackPressureTest {

  private static final int MAX_WAITING = 3;
  private static final int CLIENTS = 4;
  private static final int UPLOADS = 8;
  private static final String ADMIN_PASSWORD = "backpressure-Test-Passw0rd";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  static GyomuProcess gyomu;
  static Http http;
  static List<byte[]> scans = new ArrayList<>();

  @BeforeAll
  static void startGyomuWithOneWorker() throws Exception {
    var starting =
        Executors.newSingleThreadExecutor()
            .submit(
                () ->
                    GyomuProcess.start(
                        GyomuProcess.fromClassPath(),
                        temp.resolve("data"),
                        List.of(
                            "--gyomu.admin-password=" + ADMIN_PASSWORD,
                            "--gyomu.bot.enabled=false",
                            "--gyomu.intake.workers=1",
                            "--gyomu.intake.max-waiting=" + MAX_WAITING)));
    // the scans are drawn while Gyomu starts
    Path forms = Files.createDirectories(temp.resolve("forms"));
    for (int n = 1; n <= UPLOADS; n++) {
      scans.add(Files.readAllBytes(NumberedForms.writePng(n, "BP", ScanVariant.DPI_200, forms)));
    }
    gyomu = starting.get();
    http = gyomu.http();
  }

  @AfterAll
  static void stop() {
    if (gyomu != null) {
      gyomu.close();
    }
  }

  @Test
  void saturatedWorkersTurnUploadsAwayWithRetryAfterAndLoseNothing() throws Exception {
    List<HttpResponse<String>> burst = uploadAtOnce(IntStream.range(0, UPLOADS).boxed().toList());

    List<Integer> refused = new ArrayList<>();
    int accepted = 0;
    for (int i = 0; i < UPLOADS; i++) {
      var response = burst.get(i);
      assertThat(response.statusCode()).as(response.body()).isIn(202, 503);
      if (response.statusCode() == 503) {
        refused.add(i);
        assertThat(response.headers().firstValue("Retry-After"))
            .hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isBetween(5L, 600L));
        assertThat(response.headers().firstValue("Content-Type"))
            .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("detail").asText())
            .contains("not stored", "Retry-After");
      } else {
        accepted++;
      }
    }
    assertThat(accepted).as("uploads taken before the bound").isGreaterThanOrEqualTo(MAX_WAITING);
    assertThat(refused).as("uploads turned away").isNotEmpty();
    assertThat(metric("gyomu.intake.waiting")).as("queue depth while saturated").isPositive();
    assertThat(documentsTotal()).as("nothing stored for a refused upload").isEqualTo(accepted);
    try (var folders = Files.list(gyomu.dataDir().resolve("documents"))) {
      assertThat(folders.count()).isEqualTo(accepted);
    }

    awaitNoneWaiting();
    // the refused uploads come back, no more at once than there is room for
    for (int from = 0; from < refused.size(); from += MAX_WAITING) {
      var again = uploadAtOnce(refused.subList(from, Math.min(from + MAX_WAITING, refused.size())));
      assertThat(again).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(202));
      awaitNoneWaiting();
    }

    JsonNode documents = documents();
    assertThat(documents.get("total").asInt()).isEqualTo(UPLOADS);
    assertThat(documents.get("items"))
        .allSatisfy(d -> assertThat(d.get("status").asText()).isEqualTo("HANDED_OFF"));
    String prometheus = http.get("/actuator/prometheus", "admin", ADMIN_PASSWORD).body();
    assertThat(sample(prometheus, "gyomu_intake_settled_seconds_count{status=\"HANDED_OFF\"}"))
        .isEqualTo(UPLOADS);
    assertThat(sample(prometheus, "gyomu_intake_uploads_refused_total")).isEqualTo(refused.size());
    assertThat(sample(prometheus, "gyomu_intake_waiting")).isZero();
    assertThat(sample(prometheus, "gyomu_intake_workers")).isEqualTo(1);
    assertThat(prometheus).contains("gyomu_intake_queued", "gyomu_intake_running");
  }

  /** Sends the numbered scans from several clients at once; responses in the scans' order. */
  private static List<HttpResponse<String>> uploadAtOnce(List<Integer> numbers) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<HttpResponse<String>>> sent = new ArrayList<>();
      for (int i : numbers) {
        sent.add(
            clients.submit(
                () ->
                    http.upload(
                        "/api/documents",
                        "scan-" + i + ".png",
                        scans.get(i),
                        NumberedForms.type(i + 1),
                        "admin",
                        ADMIN_PASSWORD)));
      }
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (var f : sent) {
        responses.add(f.get());
      }
      return responses;
    } finally {
      clients.shutdown();
    }
  }

  private static void awaitNoneWaiting() {
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> metric("gyomu.intake.waiting") == 0);
  }

  private static double metric(String name) throws Exception {
    var body = http.get("/actuator/metrics/" + name, "admin", ADMIN_PASSWORD).body();
    return JSON.readTree(body).get("measurements").get(0).get("value").asDouble();
  }

  private static JsonNode documents() throws Exception {
    return JSON.readTree(http.get("/api/documents?size=100", "admin", ADMIN_PASSWORD).body());
  }

  private static int documentsTotal() throws Exception {
    return documents().get("total").asInt();
  }

  /** The value of one Prometheus sample line, e.g. {@code gyomu_intake_waiting 0.0}. */
  private static double sample(String prometheus, String series) {
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(series) + "\\s+(\\S+)$").matcher(prometheus);
    assertThat(m.find()).as(series + " in\n" + prometheus).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
