package jp.gyomu.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.Http;
import jp.gyomu.support.TestUsers;
import jp.gyomu.system.Roles;
import jp.gyomu.testdocs.CharacterErrorRate;
import jp.gyomu.testdocs.FormSpec;
import jp.gyomu.testdocs.OcrEvalFolder;
import jp.gyomu.testdocs.ScanLikeDocuments;
import jp.gyomu.testdocs.ScanVariant;
import jp.gyomu.testdocs.TestDocument;
import jp.gyomu.testdocs.TestDocumentFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Documents in through the real HTTP API and the real inbox route, read by the real Tesseract. */
class IntakeEndToEndTest extends GyomuIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OPERATOR = "intake-operator";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired DocumentPipeline pipeline;
  @Autowired JdbcTemplate jdbc;
  @TempDir Path temp;
  Http http;

  @BeforeEach
  void operator() {
    http = new Http(port);
    TestUsers.ensure(identity, OPERATOR, Roles.OPERATOR_GROUP);
  }

  @Test
  void anUploadedJapaneseScanIsReadWithItsTextSearchablePdfAndPageImage() throws Exception {
    TestDocument scan = ScanLikeDocuments.render(FormSpec.travelExpense(), ScanVariant.CLEAN, 1);
    byte[] png = Files.readAllBytes(TestDocumentFiles.writePng(scan, temp, "旅費精算書.png"));

    var accepted =
        http.upload("/api/documents", "旅費精算書.png", png, null, OPERATOR, TestUsers.PASSWORD);
    assertThat(accepted.statusCode()).isEqualTo(202);
    String id = JSON.readTree(accepted.body()).get("id").asText();

    JsonNode document = awaitSettled(id);
    assertThat(document.get("status").asText()).isIn("OCR_DONE", "HANDED_OFF");
    assertThat(document.get("type").asText()).isEqualTo("travel-expense");
    assertThat(document.get("originalName").asText()).isEqualTo("旅費精算書.png");
    assertThat(document.get("pages").asInt()).isEqualTo(1);
    assertThat(document.get("meanConfidence").asDouble()).isGreaterThan(70);
    assertThat(document.get("timings").has("read-pages")).isTrue();

    String text = http.get("/api/documents/" + id + "/text", OPERATOR, TestUsers.PASSWORD).body();
    assertThat(CharacterErrorRate.of(text, scan.groundTruth())).isLessThan(0.05);
    assertThat(text).doesNotContain("旅 費");

    var pdf = http.getBytes("/api/documents/" + id + "/pdf", OPERATOR, TestUsers.PASSWORD);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    try (var loaded = Loader.loadPDF(pdf.body())) {
      String layer = new PDFTextStripper().getText(loaded);
      assertThat(layer.replaceAll("\\s+", "")).contains("令和6年4月1日").contains("上記のとおり旅費を精算");
    }
    var page = http.getBytes("/api/documents/" + id + "/pages/1.png", OPERATOR, TestUsers.PASSWORD);
    assertThat(ImageIO.read(new ByteArrayInputStream(page.body())).getWidth()).isGreaterThan(2000);
  }

  @Test
  void theSameFileTwiceBecomesADuplicatePointingAtTheFirst() throws Exception {
    byte[] tif = Files.readAllBytes(OcrEvalFolder.file("tesseract-test/phototest.tif"));
    String first = upload("phototest.tif", tif, "english-test");
    awaitSettled(first);
    String second = upload("phototest-again.tif", tif, "english-test");

    JsonNode duplicate = awaitSettled(second);
    assertThat(duplicate.get("status").asText()).isEqualTo("DUPLICATE");
    assertThat(duplicate.get("duplicateOf").asText()).isEqualTo(first);
  }

  @Test
  void aTextFileNamedPngIsQuarantinedWithItsReasonBesideIt() throws Exception {
    String id =
        upload("invoice.png", "this is not an image\n".getBytes(StandardCharsets.UTF_8), null);

    JsonNode document = awaitSettled(id);
    assertThat(document.get("status").asText()).isEqualTo("QUARANTINED");
    assertThat(document.get("error").asText()).isNotBlank();
    Path quarantined = dataDir().resolve("quarantine").resolve(id + "-invoice.png");
    assertThat(quarantined).exists();
    assertThat(Files.readString(quarantined.resolveSibling(id + "-invoice.png.reason.txt")))
        .contains(document.get("error").asText());
  }

  @Test
  void aBornDigitalPdfKeepsItsOwnTextLayerWithoutOcr() throws Exception {
    byte[] pdf = Files.readAllBytes(OcrEvalFolder.file("tess4j/multipage-pdf.pdf"));
    JsonNode document = awaitSettled(upload("report.pdf", pdf, "english-test"));

    assertThat(document.get("pages").asInt()).isEqualTo(5);
    assertThat(document.get("meanConfidence").asDouble()).isEqualTo(100.0);
    String text =
        http.get(
                "/api/documents/" + document.get("id").asText() + "/text",
                OPERATOR,
                TestUsers.PASSWORD)
            .body();
    assertThat(
            CharacterErrorRate.of(text, OcrEvalFolder.groundTruth("tess4j/multipage-pdf.gt.txt")))
        .isLessThan(0.02);
  }

  @Test
  void aFileDroppedIntoATypedInboxFolderIsReadAndArchived() throws Exception {
    Path inbox = Files.createDirectories(dataDir().resolve("inbox/english-test"));
    Path dropped = inbox.resolve("scan-0001.png");
    // a page no other test uploads: the same bytes would rightly be a duplicate
    Files.copy(OcrEvalFolder.file("tesseract-test/phototest-rotated-R.png"), dropped);

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> !Files.exists(dropped) && archived("scan-0001.png") != null);
    String id = archived("scan-0001.png").getFileName().toString().substring(0, 36);
    JsonNode document = awaitSettled(id);
    assertThat(document.get("source").asText()).isEqualTo("folder");
    assertThat(document.get("type").asText()).isEqualTo("english-test");
    String text = http.get("/api/documents/" + id + "/text", OPERATOR, TestUsers.PASSWORD).body();
    assertThat(text).contains("quick brown dog");
  }

  @Test
  void anUnrecognisedDocumentWaitsForRoutingUntilAnOperatorAssignsAType() throws Exception {
    byte[] png = Files.readAllBytes(OcrEvalFolder.file("tess4j/eurotext.png"));
    String id = upload("unknown.png", png, null);
    assertThat(awaitSettled(id).get("status").asText()).isEqualTo("NEEDS_ROUTING");

    var patched =
        http.send(
            "PATCH",
            "/api/documents/" + id,
            OPERATOR,
            TestUsers.PASSWORD,
            "application/json",
            "{\"type\":\"english-test\"}");
    assertThat(patched.statusCode()).isEqualTo(200);

    JsonNode document = awaitSettled(id);
    assertThat(document.get("status").asText()).isEqualTo("OCR_DONE");
    assertThat(document.get("type").asText()).isEqualTo("english-test");
    assertThat(document.get("fields").isNull()).as("a type without a field template").isTrue();
  }

  @Test
  void aDocumentWhoseProcessIsSuspendedWaitsFailedToBeRetriedWithTheFieldsItsStepsReadInTheApi()
      throws Exception {
    JsonNode document = readWhileTravelExpenseIsSuspended("OCR-DONE-1");

    assertThat(document.get("status").asText()).as(document.toString()).isEqualTo("FAILED");
    assertThat(document.get("errorReason").get("cause").get("code").asText())
        .isEqualTo("PROCESS_PAUSED");
    assertThat(document.get("error").asText())
        .isEqualTo(
            "hand-off: the process of type travel-expense is paused (suspended); retry the"
                + " document once it is resumed");
    JsonNode fields = document.get("fields");
    assertThat(fields.fieldNames())
        .toIterable()
        .containsExactly(
            "applicationDate",
            "applicantName",
            "department",
            "destination",
            "purpose",
            "totalAmount");
    JsonNode date = fields.get("applicationDate");
    assertThat(date.get("label").asText()).isEqualTo("申請日");
    assertThat(date.get("value").asText()).isEqualTo("2024-04-01");
    assertThat(date.get("status").asText()).isEqualTo("OK");
    assertThat(date.get("page").asInt()).isEqualTo(1);
    assertThat(date.get("box").get("width").asInt()).isPositive();
    assertThat(fields.get("totalAmount").get("value").asLong()).isEqualTo(12_345);
    assertThat(fields.get("destination").get("value").asText()).isEqualTo("東京都庁");
    // every step ran, each once, in the order docs/ARCHITECTURE.md lists
    assertThat(document.get("timings").fieldNames())
        .toIterable()
        .containsExactlyElementsOf(PipelineStepsTest.documentedSteps());
  }

  @Test
  void aDocumentReadAgainAfterACrashHasItsFieldsReplacedNotAddedTo() throws Exception {
    JsonNode first = readWhileTravelExpenseIsSuspended("OCR-DONE-2");
    String id = first.get("id").asText();
    // what a crash after the fields step leaves: RECEIVED, fields of the interrupted reading
    jdbc.update(
        "update gyomu_document set status = 'RECEIVED', extracted_fields = ? where id = ?",
        "{\"applicationDate\":{\"value\":\"1999-01-01\"},\"leftOver\":{\"value\":1}}",
        id);

    repository.suspendProcessDefinitionByKey("travel-expense");
    try {
      pipeline.process(id); // as the sweep resumes it
    } finally {
      repository.activateProcessDefinitionByKey("travel-expense");
    }

    JsonNode again = awaitSettled(id);
    assertThat(again.get("status").asText()).isEqualTo("FAILED");
    assertThat(again.get("fields")).isEqualTo(first.get("fields"));
  }

  @Test
  void aPageScannedSidewaysIsUprightInTheSearchablePdfAsInItsPageImage() throws Exception {
    byte[] png = Files.readAllBytes(OcrEvalFolder.file("tesseract-test/phototest-rotated-L.png"));
    String id = awaitSettled(upload("sideways.png", png, "english-test")).get("id").asText();

    var stored =
        http.getBytes("/api/documents/" + id + "/pages/1.png", OPERATOR, TestUsers.PASSWORD);
    BufferedImage upright = ImageIO.read(new ByteArrayInputStream(stored.body()));
    var pdf = http.getBytes("/api/documents/" + id + "/pdf", OPERATOR, TestUsers.PASSWORD);
    try (var loaded = Loader.loadPDF(pdf.body())) {
      float scale = upright.getWidth() / loaded.getPage(0).getMediaBox().getWidth();
      BufferedImage shown = new PDFRenderer(loaded).renderImage(0, scale, ImageType.GRAY);
      assertThat(shown.getHeight()).isBetween(upright.getHeight() - 2, upright.getHeight() + 2);
      assertThat(meanGreyDifference(shown, upright)).as("mean grey difference").isLessThan(5);
    }
  }

  /** A travel expense claim of its own, read while its process takes no cases: OCR_DONE. */
  private JsonNode readWhileTravelExpenseIsSuspended(String reference) throws Exception {
    // a reference number of its own: the same bytes as another test's scan would be a duplicate
    FormSpec form = FormSpec.travelExpense();
    FormSpec numbered =
        new FormSpec(
            form.title(),
            form.fields(),
            Stream.concat(form.paragraphs().stream(), Stream.of("整理番号 " + reference)).toList());
    TestDocument scan = ScanLikeDocuments.render(numbered, ScanVariant.CLEAN, 21);
    byte[] png = Files.readAllBytes(TestDocumentFiles.writePng(scan, temp, reference + ".png"));
    repository.suspendProcessDefinitionByKey("travel-expense");
    try {
      return awaitSettled(upload(reference + ".png", png, "travel-expense"));
    } finally {
      repository.activateProcessDefinitionByKey("travel-expense");
    }
  }

  private String upload(String name, byte[] content, String type) throws Exception {
    var response = http.upload("/api/documents", name, content, type, OPERATOR, TestUsers.PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return JSON.readTree(response.body()).get("id").asText();
  }

  private JsonNode awaitSettled(String id) {
    JsonNode[] last = new JsonNode[1];
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> {
              // in English, the language of the reason file beside a quarantined original
              var body =
                  http.getIn("en", "/api/documents/" + id, OPERATOR, TestUsers.PASSWORD).body();
              last[0] = JSON.readTree(body).get("document");
              String status = last[0].get("status").asText();
              return !status.equals("RECEIVED");
            });
    return last[0];
  }

  private Path archived(String name) throws Exception {
    Path archive = dataDir().resolve("archive");
    if (!Files.isDirectory(archive)) {
      return null;
    }
    try (var files = Files.walk(archive)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith("-" + name))
          .findFirst()
          .orElse(null);
    }
  }

  private static double meanGreyDifference(BufferedImage a, BufferedImage b) {
    int width = Math.min(a.getWidth(), b.getWidth());
    int height = Math.min(a.getHeight(), b.getHeight());
    long sum = 0;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        sum += Math.abs((a.getRGB(x, y) & 0xFF) - (b.getRGB(x, y) & 0xFF));
      }
    }
    return (double) sum / ((long) width * height);
  }
}
