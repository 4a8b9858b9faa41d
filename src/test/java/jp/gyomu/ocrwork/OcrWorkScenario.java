package jp.gyomu.ocrwork;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import jp.gyomu.ingestion.IntakeSettings;
import jp.gyomu.ocr.TessApiOcrEngine;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.GyomuProcess;
import jp.gyomu.support.OcrWorkerProcess;
import jp.gyomu.support.TestUsers;
import jp.gyomu.system.Roles;
import jp.gyomu.system.login.BotTokens;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A node on H2 (or PostgreSQL) over real HTTP, a worker user with its token, the node's queue. */
abstract class OcrWorkScenario extends GyomuIntegrationTest {

  static final String WORKER_USER = "t-ocr-worker";
  static final Duration PAGE_DEADLINE = Duration.ofSeconds(60);

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired BotTokens tokens;
  @Autowired OcrPageQueue queue;
  @Autowired PageSignals signals;
  @Autowired TessApiOcrEngine localEngine;
  @Autowired IntakeSettings intake;
  @Autowired OcrWorkerSettings settings;
  @Autowired JdbcTemplate jdbc;

  String workerToken;
  QueuedOcrEngine node;

  @BeforeEach
  void workerWithAToken() {
    TestUsers.ensure(identity, WORKER_USER, Roles.OCR_WORKER_GROUP);
    workerToken = tokens.issue(WORKER_USER, "OcrWorkersTest", "admin").token();
    node = new QueuedOcrEngine(queue, signals, PAGE_DEADLINE, "test-node");
  }

  OcrWorker worker(String name) {
    return new OcrWorker(
        new OcrWorker.Config(URI.create("http://127.0.0.1:" + port + "/"), workerToken, 1, name));
  }

  Map<String, Object> awaitRow(String condition, Duration timeout) throws InterruptedException {
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

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String path, String authorization) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET(), authorization);
  }

  HttpResponse<String> post(String path, String authorization, String lease, String json)
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

  HttpResponse<String> send(HttpRequest.Builder request, String authorization) throws Exception {
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** `./gyomu worker` as its own JVM, so that it can be killed like a process on another host. */
  OcrWorkerProcess workerProcess(String name) throws Exception {
    return OcrWorkerProcess.start(
        GyomuProcess.fromClassPath(),
        port,
        workerToken,
        name,
        Files.createTempFile("gyomu-worker-", ".log"));
  }
}
