package jp.gyomu.ocrwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import jp.gyomu.ocr.PageText;
import jp.gyomu.support.Await;
import jp.gyomu.support.OcrWorkerProcess;
import jp.gyomu.support.SeparateJvm;
import jp.gyomu.testdocs.FormSpec;
import jp.gyomu.testdocs.ScanLikeDocuments;
import jp.gyomu.testdocs.ScanVariant;
import org.junit.jupiter.api.Test;

/**
 * A worker killed (SIGKILL) while it reads a page: the page's lease lapses, another worker reads
 * it, and the dead worker's answer would no longer be kept, so the node gets the page's text once.
 */
@SeparateJvm
class OcrWorkerKilledMidPageTest extends OcrWorkScenario {

  @Test
  void aPageWhoseWorkerIsKilledMidPageIsReadByAnotherWorkerAndKeptOnce() throws Exception {
    BufferedImage page =
        ScanLikeDocuments.render(FormSpec.subsidyApplication(), ScanVariant.NOISY, 11).image();
    PageText expected = localEngine.read(page, 300, "jpn");
    CompletableFuture<PageText> read =
        CompletableFuture.supplyAsync(() -> node.read(page, 300, "jpn", Duration.ofMinutes(3)));

    OcrWorkerProcess doomed = workerProcess("w-doomed");
    Map<String, Object> taken;
    try {
      taken = awaitRow("lease_holder like '%w-doomed'", Duration.ofSeconds(60));
    } finally {
      doomed.kill(); // SIGKILL: no goodbye, the lease just stops being renewed
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
}
