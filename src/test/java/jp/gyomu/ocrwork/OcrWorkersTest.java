package jp.gyomu.ocrwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.gyomu.ocr.PageText;
import jp.gyomu.support.Await;
import jp.gyomu.support.TestUsers;
import jp.gyomu.system.Roles;
import jp.gyomu.testdocs.FormSpec;
import jp.gyomu.testdocs.ScanLikeDocuments;
import jp.gyomu.testdocs.ScanVariant;
import org.junit.jupiter.api.Test;

/**
 * OCR workers read a node's pages over real HTTP with their own token and real Tesseract: the node
 * gets what its own engine would have read, a worker that dies mid-page loses the page to another
 * without the page being read twice into the case, and the workers' token opens nothing else.
 */
class OcrWorkersTest extends OcrWorkScenario {

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
}
