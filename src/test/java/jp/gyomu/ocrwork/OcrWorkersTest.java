package jp.gyomu.ocrwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import jp.gyomu.ingestion.IntakeSettings;
import jp.gyomu.ocr.PageText;
import jp.gyomu.ocr.TessApiOcrEngine;
import jp.gyomu.support.Await;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.TestUsers;
import jp.gyomu.system.Roles;
import jp.gyomu.system.login.BotTokens;
import jp.gyomu.testdocs.FormSpec;
import jp.gyomu.testdocs.ScanLikeDocuments;
import jp.gyomu.testdocs.ScanVariant;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * OCR workers read a node's pages over real HTTP with their own token and real Tesseract: the node
 * gets what its own engine would have read, a worker that dies mid-page loses the page to another
 * without the page being read twice into the case, and the workers' token opens nothing else.
 */
class OcrWorkersTest extends GyomuIntegrationTest {

  static final String WORKER_USER = "t-ocr-worker";
  private static final Duration PAGE_DEADLINE = Duration.ofSeconds(60);

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired BotTokens tokens;
  @Autowired OcrPageQueue queue;
  @Autowired PageSignals signals;
  @Autowired TessApiOcrEngine localEngine;
  @Autowired IntakeSettings intake;
  @Autowired OcrWorkerSettings settings;
  @Autowired JdbcTemplate jdbc;

  private String workerToken;
  private QueuedOcrEngine node;

  @BeforeEach
  void workerWithAToken() {
    TestUsers.ensure(identity, WORKER_USER, Roles.OCR_WORKER_GROUP);
    workerToken = tokens.issue(WORKER_USER, "OcrWorkersTest", "admin").token();
    node = new QueuedOcrEngine(queue, signals, PAGE_DEADLINE, "test-node");
  }

  @Test
  void aWorkerOverHttpReadsTheNodesPagesExactlyAsTheNodesOwnEngineWould() throws Exception {
    BufferedImage askew =
        ScanLikeDocuments.render(FormSpec.travelExpense(), ScanVariant.ROTATED, 7).image();
    BufferedImage sideways = quarterTurn(askew);
    PageText expectedAskew = localEngine.read(askew, 300, "jpn");
    PageText expectedSideways = localEngine.read(sideways, 300, "jpn");

    try (OcrWorker worker = worker("w-contract")) {
      worker.start();
      PageText readAskew = node.read(askew, 300, "jpn", Duration.ofMinutes(2));
      PageText readSideways = node.read(sideways, 300, "jpn", Duration.ofMinutes(2));

      // the node has the text before the worker has the node's answer
      Await.until("the worker hears both pages were kept", () -> worker.pagesRead() == 2);
      assertThat(readAskew).isEqualTo(expectedAskew);
      assertThat(readSideways).isEqualTo(expectedSideways);
      assertThat(readAskew.text()).contains("山田太郎");
      assertThat(readAskew.skewDegrees()).isNotZero();
      assertThat(readSideways.rotationDegrees()).isNotZero();
      assertThat(readSideways.words()).isNotEmpty();
    }
    assertThat(jdbc.queryForObject("select count(*) from gyomu_ocr_page", Long.class))
        .as("pages the node got answers for are forgotten")
        .isZero();
  }

  @Test
  void aPageWhoseWorkerIsKilledMidPageIsReadByAnotherWorkerAndKeptOnce() throws Exception {
    BufferedImage page =
        ScanLikeDocuments.render(FormSpec.subsidyApplication(), ScanVariant.NOISY, 11).image();
    PageText expected = localEngine.read(page, 300, "jpn");
    CompletableFuture<PageText> read =
        CompletableFuture.supplyAsync(() -> node.read(page, 300, "jpn", Duration.ofMinutes(3)));

    Process doomed = workerProcess("w-doomed");
    Map<String, Object> taken;
    try {
      taken = awaitRow("lease_holder like '%w-doomed'", Duration.ofSeconds(60));
    } finally {
      doomed.destroyForcibly(); // SIGKILL: no goodbye, the lease just stops being renewed
      doomed.waitFor(10, TimeUnit.SECONDS);
    }
    String pageId = (String) taken.get("id");
    assertThat(taken.get("state")).as("killed mid-page, not after").isEqualTo("READING");

    try (OcrWorker rescuer = worker("w-rescuer")) {
      rescuer.start();
      Map<String, Object> retaken =
          awaitRow(
              "id = '" + pageId + "' and lease_holder like '%w-rescuer'",
              settings.workerLease().plusSeconds(30));
      assertThat(((Number) retaken.get("attempts")).intValue())
          .as("taken once more than when the doomed worker had it")
          .isEqualTo(((Number) taken.get("attempts")).intValue() + 1);
      assertThat(
              post(
                      "/api/ocr-work/" + pageId + "/result",
                      "Bearer " + workerToken,
                      (String) taken.get("lease_token"),
                      "{\"text\":\"late\",\"words\":[],\"languages\":\"jpn\"}")
                  .statusCode())
          .as("the dead worker's lease no longer counts")
          .isEqualTo(409);

      assertThat(read.get(2, TimeUnit.MINUTES)).isEqualTo(expected);
      Await.until("the rescuer hears its page was kept", () -> rescuer.pagesRead() == 1);
    }
  }

  @Test
  void aNodeWithNoWorkerAroundReadsTheQueuedPagesItself() throws Exception {
    BufferedImage page = ScanLikeDocuments.render(FormSpec.invoice(), ScanVariant.CLEAN, 3).image();
    PageText expected = localEngine.read(page, 300, "jpn");
    var external =
        new OcrWorkerSettings(
            OcrWorkerSettings.Mode.EXTERNAL,
            true,
            settings.workerLease(),
            settings.workerAttempts());
    var readers = new LocalPageReaders(queue, signals, localEngine, external, intake);
    readers.start();
    try {
      assertThat(readers.isRunning()).isTrue();
      assertThat(node.read(page, 300, "jpn", Duration.ofMinutes(2))).isEqualTo(expected);
    } finally {
      readers.stop();
    }
  }

  @Test
  void aPageNobodyTakesRunsOutWithItsDocumentsBudget() {
    BufferedImage page = ScanLikeDocuments.render(FormSpec.invoice(), ScanVariant.CLEAN, 4).image();
    assertThatThrownBy(() -> node.read(page, 300, "jpn", Duration.ofMillis(700)))
        .isInstanceOf(jp.gyomu.ocr.OcrDeadlineException.class)
        .hasMessageContaining("deadline was 700 ms");
  }

  @Test
  void theWorkersTokenOpensThePageQueueAndNothingElse() throws Exception {
    String worker = "Bearer " + workerToken;
    String workerPassword = basic(WORKER_USER, TestUsers.PASSWORD);
    assertThat(post("/api/ocr-work/take", worker, null, "").statusCode())
        .as("no page waiting")
        .isEqualTo(204);
    assertThat(post("/api/ocr-work/take", workerPassword, null, "").statusCode()).isEqualTo(204);

    for (String path :
        List.of(
            "/api/documents",
            "/api/documents/counts",
            "/api/document-types",
            "/api/bot-tokens",
            "/api/automation-tasks",
            "/engine-rest/task",
            "/engine-rest/external-task",
            "/engine-rest/process-definition",
            "/actuator/metrics")) {
      assertThat(get(path, worker).statusCode())
          .as("GET " + path + " with the worker's token")
          .isIn(401, 403);
      assertThat(get(path, workerPassword).statusCode())
          .as("GET " + path + " with the worker's password")
          .isIn(401, 403);
    }
    assertThat(
            post(
                    "/engine-rest/external-task/fetchAndLock",
                    worker,
                    null,
                    "{\"workerId\":\"w\",\"maxTasks\":1,\"topics\":[]}")
                .statusCode())
        .isEqualTo(403);
    assertThat(post("/api/documents", worker, null, "").statusCode()).isEqualTo(403);
    assertThat(get("/dashboard", workerPassword).statusCode()).isEqualTo(403);

    assertThat(post("/api/ocr-work/take", null, null, "").statusCode())
        .as("no credentials")
        .isEqualTo(401);
    String bot = TestUsers.ensure(identity, TestUsers.BOT, Roles.BOT_GROUP);
    String botToken = "Bearer " + tokens.issue(bot, "OcrWorkersTest", "admin").token();
    assertThat(post("/api/ocr-work/take", botToken, null, "").statusCode())
        .as("a bot is no OCR worker")
        .isEqualTo(403);
    TestUsers.ensure(identity, TestUsers.ANALYST, Roles.ANALYST_GROUP);
    assertThat(
            post("/api/ocr-work/take", basic(TestUsers.ANALYST, TestUsers.PASSWORD), null, "")
                .statusCode())
        .as("people do not read pages for workers")
        .isEqualTo(403);
    assertThat(
            post("/api/ocr-work/take", basic("admin", TestUsers.ADMIN_PASSWORD), null, "")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void aWorkerWithoutAddressOrTokenDoesNotStart() {
    assertThatThrownBy(() -> OcrWorker.Config.from(Map.of("GYOMU_WORKER_URL", "http://node/")))
        .hasMessageContaining("GYOMU_WORKER_TOKEN");
    assertThatThrownBy(() -> OcrWorker.Config.from(Map.of("GYOMU_WORKER_TOKEN", "t")))
        .hasMessageContaining("GYOMU_WORKER_URL");
    assertThat(
            OcrWorker.Config.from(
                    Map.of("GYOMU_WORKER_URL", "http://node:8080", "GYOMU_WORKER_TOKEN", "t"))
                .node())
        .isEqualTo(URI.create("http://node:8080/"));
  }

  private OcrWorker worker(String name) {
    return new OcrWorker(
        new OcrWorker.Config(URI.create("http://127.0.0.1:" + port + "/"), workerToken, 1, name));
  }

  /** `./gyomu worker` as its own JVM, so that it can be killed like a process on another host. */
  private Process workerProcess(String name) throws Exception {
    Path log = Files.createTempFile("gyomu-worker-", ".log");
    var builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                jp.gyomu.GyomuApplication.class.getName(),
                "worker")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("GYOMU_WORKER_URL", "http://127.0.0.1:" + port);
    builder.environment().put("GYOMU_WORKER_TOKEN", workerToken);
    builder.environment().put("GYOMU_WORKER_THREADS", "1");
    builder.environment().put("GYOMU_WORKER_NAME", name);
    builder.environment().put("OMP_THREAD_LIMIT", "1");
    return builder.start();
  }

  private Map<String, Object> awaitRow(String condition, Duration timeout)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      List<Map<String, Object>> rows =
          jdbc.queryForList(
              "select id, state, lease_token, attempts from gyomu_ocr_page where " + condition);
      if (!rows.isEmpty()) {
        return rows.get(0);
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no queued page with " + condition + " within " + timeout);
  }

  private static BufferedImage quarterTurn(BufferedImage page) {
    var turned = new BufferedImage(page.getHeight(), page.getWidth(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = turned.createGraphics();
    try {
      g.translate(page.getHeight(), 0);
      g.rotate(Math.PI / 2);
      g.drawImage(page, 0, 0, null);
    } finally {
      g.dispose();
    }
    return turned;
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET(), authorization);
  }

  private HttpResponse<String> post(String path, String authorization, String lease, String json)
      throws Exception {
    var request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (lease != null) {
      request.header(OcrWorkController.LEASE, lease);
    }
    return send(request, authorization);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String authorization)
      throws Exception {
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
