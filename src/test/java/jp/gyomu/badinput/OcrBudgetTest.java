package jp.gyomu.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jp.gyomu.support.GyomuProcess;
import jp.gyomu.support.SeparateJvm;
import jp.gyomu.testdocs.BadInputs;
import jp.gyomu.testdocs.DensePages;
import jp.gyomu.testdocs.NumberedForms;
import jp.gyomu.testdocs.TestDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents that cost more OCR than their size suggests, against a real Gyomu with one OCR worker:
 * each is quarantined within its budget with a reason naming pages, megapixels or seconds, and the
 * worker then reads the next document. The budgets are set low here so that the test is quick; the
 * defaults are in {@code IntakeSettings} and {@code OcrDeadlines} (see DocumentBudgetTest).
 */
@SeparateJvm
class OcrBudgetTest {

  private static final String ADMIN_PASSWORD = "ocr-Budget-Passw0rd";
  private static final int MAX_DOCUMENT_MEGAPIXELS = 200;
  private static final Duration PAGE_DEADLINE = Duration.ofSeconds(5);

  @TempDir static Path temp;
  static GyomuProcess gyomu;
  static IntakeClient intake;

  @BeforeAll
  static void startGyomuWithOneWorker() throws Exception {
    gyomu =
        GyomuProcess.start(
            GyomuProcess.fromClassPath("-Xmx768m"),
            Files.createDirectories(temp.resolve("work")),
            Files.createDirectories(temp.resolve("data")),
            List.of(
                "--gyomu.admin-password=" + ADMIN_PASSWORD,
                "--gyomu.bot.enabled=false",
                "--gyomu.intake.workers=1",
                "--gyomu.intake.max-document-megapixels=" + MAX_DOCUMENT_MEGAPIXELS,
                "--gyomu.ocr.page-deadline=" + PAGE_DEADLINE));
    intake = new IntakeClient(gyomu.http(), gyomu.dataDir(), "admin", ADMIN_PASSWORD);
  }

  @AfterAll
  static void stop() {
    if (gyomu != null) {
      gyomu.close();
    }
  }

  @Test
  void threePagesOf80MegapixelsAreQuarantinedFromTheirHeadersAndTheWorkerReadsTheNextScan() {
    // what the tester sent: unbounded, its three blank pages held a worker for about 11 s here
    byte[] pdf = BadInputs.bigPagePdf(3, 8929);
    assertThat(pdf.length).as("a tiny file").isLessThan(1_000);

    long start = System.nanoTime();
    JsonNode details = intake.settled(intake.upload("3x80mp.pdf", pdf, NumberedForms.type(1)));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf("3 pages of 79.7 MP: settled in %d ms%n", took.toMillis());

    assertQuarantined(
        details, "3 pages hold 239 megapixels in all", "at most 200 megapixels are read");
    assertThat(details.get("document").get("timings").has("read-pages"))
        .as("no page was rendered")
        .isFalse();
    assertTheWorkerReadsANormalScanNext(1);
  }

  @Test
  void aPageStillBeingReadAtItsDeadlineIsQuarantinedAndTheWorkerReadsTheNextScan() {
    // 36 megapixels packed with small print: unbounded, OCR took 52 s here
    byte[] png = BadInputs.png(new TestDocument(DensePages.page(6000, 16), 300, List.of()), temp);

    long start = System.nanoTime();
    JsonNode details = intake.settled(intake.upload("dense.png", png, NumberedForms.type(2)));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf("36 MP dense page, 5 s deadline: settled in %d ms%n", took.toMillis());

    assertQuarantined(
        details, "Page 1 of 1 (36 megapixels) was still being read after", "at most 5 s");
    // the deadline, the page's preparation and Tesseract's layout analysis, which no monitor
    // stops: 15 s here with 2 cores under a load of 10 (other builds); unbounded it takes minutes
    assertThat(took).isLessThan(Duration.ofSeconds(30));
    assertTheWorkerReadsANormalScanNext(2);
  }

  private static void assertTheWorkerReadsANormalScanNext(int number) {
    byte[] scan = BadInputs.png(BadInputs.scan(number, "BUDGET"), temp);
    String id = intake.upload("normal.png", scan, NumberedForms.type(number));
    assertThat(intake.settled(id).get("document").get("status").asText()).isEqualTo("HANDED_OFF");
  }

  private static void assertQuarantined(JsonNode details, String... reasonParts) {
    JsonNode document = details.get("document");
    assertThat(document.get("status").asText()).as(details.toString()).isEqualTo("QUARANTINED");
    String reason = document.get("error").asText();
    assertThat(reason).contains(reasonParts).doesNotContain("Exception");
    Path original =
        intake
            .quarantined(document.get("id").asText())
            .orElseThrow(() -> new AssertionError("the original is not in the quarantine"));
    assertThat(original).hasSize(document.get("sizeBytes").asLong());
    assertThat(original.resolveSibling(original.getFileName() + ".reason.txt"))
        .content(StandardCharsets.UTF_8)
        .contains(reason);
    System.out.println("QUARANTINED: " + reason);
  }
}
