package jp.gyomu.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jp.gyomu.ingestion.DocumentQueries;
import jp.gyomu.ingestion.DocumentStatus;
import jp.gyomu.support.Await;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.Http;
import jp.gyomu.support.Http.FormPart;
import jp.gyomu.support.TestUsers;
import jp.gyomu.system.Roles;
import jp.gyomu.testdocs.FormSpec;
import jp.gyomu.testdocs.ScanLikeDocuments;
import jp.gyomu.testdocs.ScanVariant;
import jp.gyomu.testdocs.TestDocumentFiles;
import jp.gyomu.testdocs.forms.GeneratedForm;
import jp.gyomu.testdocs.forms.GeneratedForms;
import jp.gyomu.testdocs.forms.OfficeForms;
import jp.gyomu.testdocs.forms.PageVariant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The document-types API against the whole application over HTTP, with real OCR: a type defined by
 * a PUT reads the next scan of its form without a restart; a refused template changes nothing; a
 * trial answers right and wrong against expected values and keeps nothing.
 */
class DocumentTypesApiTest extends GyomuIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ANALYST = TestUsers.ANALYST;
  private static final String OPERATOR = "t-forms-operator";
  private static final String PASSWORD = TestUsers.PASSWORD;

  @Autowired IdentityService identity;
  @Autowired DocumentQueries documents;
  @Autowired RuntimeService runtime;
  @LocalServerPort int port;
  @TempDir Path scans;
  Http http;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity);
    TestUsers.ensure(identity, OPERATOR, Roles.OPERATOR_GROUP);
    http = new Http(port);
  }

  /** A form Gyomu ships no template for: a community hall's use application. */
  private static FormSpec facilityUse(String reference) {
    return new FormSpec(
        "施設使用許可申請書",
        List.of(
            new FormSpec.Field("申請日", "令和6年5月1日"),
            new FormSpec.Field("団体名", "みどり市民合唱団"),
            new FormSpec.Field("使用施設", "中央公民館 大ホール"),
            new FormSpec.Field("利用人数", "45"),
            new FormSpec.Field("使用料", "4,500円")),
        List.of("上記のとおり施設の使用を申請します。", "整理番号 " + reference));
  }

  private static String facilityUseYaml(String id, String sample) {
    return """
        id: %s
        name:
          ja: 施設使用許可申請書
          en: Facility use application
        classification:
          keywords: [施設使用許可申請書]
        %sfields:
          - name: applicationDate
            label: 申請日
            type: date
            required: true
          - name: organisation
            label: 団体名
            type: text
            required: true
          - name: facility
            label: 使用施設
            type: text
          - name: attendees
            label: 利用人数
            type: number
          - name: fee
            label: 使用料
            type: amount
            required: true
        """
        .formatted(id, sample == null ? "" : "sample: " + sample + "\n");
  }

  @Test
  void aTypePutByAnAnalystReadsTheNextScanOfItsFormWithoutARestart() throws Exception {
    byte[] sample = png(facilityUse("FT-SAMPLE"), 31);
    var put =
        http.multipart(
            "PUT",
            "/api/document-types/facility-use",
            List.of(
                FormPart.file(
                    "definition",
                    "facility-use.fields.yaml",
                    bytes(facilityUseYaml("facility-use", "facility-use.sample.png"))),
                FormPart.file("sample", "sample.png", sample)),
            ANALYST,
            PASSWORD);
    assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
    assertThat(Files.exists(processesDir().resolve("facility-use.fields.yaml"))).isTrue();
    assertThat(Files.isDirectory(dataDir().resolve("inbox/facility-use"))).isTrue();

    JsonNode type = json(http.get("/api/document-types/facility-use", ANALYST, PASSWORD));
    assertThat(type.path("definition").asText())
        .isEqualTo(facilityUseYaml("facility-use", "facility-use.sample.png"));
    assertThat(type.path("form").path("fields").findValuesAsText("name"))
        .containsExactly("applicationDate", "organisation", "facility", "attendees", "fee");
    assertThat(type.path("form").path("fields").get(0).path("minConfidence").asInt())
        .as("defaults filled in")
        .isEqualTo(50);
    assertThat(type.path("sample").asText()).isEqualTo("/api/document-types/facility-use/sample");
    var image = http.getBytes("/api/document-types/facility-use/sample", ANALYST, PASSWORD);
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
    JsonNode list = json(http.get("/api/document-types", OPERATOR, PASSWORD));
    assertThat(list.findValuesAsText("id")).contains("facility-use", "invoice", "travel-expense");

    // uploaded without a type: the classifier must know the new type to route it
    byte[] scan = png(facilityUse("FT-0001"), 32);
    var upload =
        http.upload("/api/documents", "facility-use-0001.png", scan, null, OPERATOR, PASSWORD);
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
    String id = json(upload).path("id").asText();
    var document =
        Await.until(
            "the scan read",
            () -> {
              var d = documents.details(id).document();
              return d.status() == DocumentStatus.RECEIVED ? null : d;
            });
    assertThat(document.status())
        .as("no process is deployed for the new type: %s", document)
        .isEqualTo(DocumentStatus.OCR_DONE);
    assertThat(document.type()).isEqualTo("facility-use");
    assertThat(document.fields().get("applicationDate").value()).isEqualTo("2024-05-01");
    assertThat(document.fields().get("organisation").value()).isEqualTo("みどり市民合唱団");
    assertThat(document.fields().get("fee").value()).isEqualTo(4500L);

    // the inbox route watches inbox/ recursively: the new type's folder is taken at once
    Path dropped = dataDir().resolve("inbox/facility-use/facility-use-0002.png");
    Files.write(dropped, png(facilityUse("FT-0002"), 34));
    var fromFolder =
        Await.until(
            "the dropped scan read",
            () ->
                documents.list(null, "facility-use", 0, 50).items().stream()
                    .filter(d -> d.originalName().equals("facility-use-0002.png"))
                    .filter(d -> d.status() != DocumentStatus.RECEIVED)
                    .findFirst()
                    .orElse(null));
    assertThat(fromFolder.status()).as(fromFolder.toString()).isEqualTo(DocumentStatus.OCR_DONE);
    assertThat(documents.details(fromFolder.id()).document().fields().get("organisation").value())
        .isEqualTo("みどり市民合唱団");
  }

  @Test
  void aMunicipalFormWithCheckBoxesAChoiceAndATableIsReadIntoTypedValuesWithTheirBoxes()
      throws Exception {
    String yaml = Files.readString(Path.of("bench/forms/benefit-status-report.fields.yaml"));
    var put = put("benefit-status-report", yaml, ANALYST);
    assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
    // a tuning seed of the generator: what the page says is known exactly
    GeneratedForm form =
        GeneratedForms.generate(OfficeForms.BENEFIT_STATUS_REPORT, 1000, PageVariant.CLEAN);
    byte[] scan =
        Files.readAllBytes(TestDocumentFiles.writePng(form.document(), scans, "genkyo-1000"));

    var upload = http.upload("/api/documents", "genkyo.png", scan, null, OPERATOR, PASSWORD);
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
    String id = json(upload).path("id").asText();
    var document =
        Await.until(
            "the form read",
            () -> {
              var d = documents.details(id).document();
              return d.status() == DocumentStatus.RECEIVED ? null : d;
            });

    assertThat(document.type()).isEqualTo("benefit-status-report");
    for (String mark :
        List.of("publicPension", "spouse", "caresForChildren", "dependant", "incomeDeclared")) {
      var field = document.fields().get(mark);
      assertThat(field.value()).as(mark).isEqualTo(form.expected().get(mark));
      assertThat(field.box()).as("%s read from the stored page image", mark).isNotNull();
    }
    assertThat(document.fields().get("caresForChildren").value()).isInstanceOf(Boolean.class);
    assertThat((List<?>) document.fields().get("children").value())
        .hasSameSizeAs((List<?>) form.expected().get("children"));
    assertThat(document.fields().get("qrCode").value()).isEqualTo(form.expected().get("qrCode"));
  }

  @Test
  void aTemplateThatCannotBeLoadedIsRefusedNamingThePlaceAndTheTypeInUseStays() throws Exception {
    String yaml = facilityUseYaml("hall-booking", null);
    assertThat(put("hall-booking", yaml, ANALYST).statusCode()).isEqualTo(201);
    Path file = processesDir().resolve("hall-booking.fields.yaml");

    var unknownType = put("hall-booking", yaml.replace("type: amount", "type: money"), ANALYST);
    assertThat(unknownType.statusCode()).isEqualTo(422);
    assertThat(unknownType.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json");
    assertThat(json(unknownType).path("detail").asText())
        .startsWith("hall-booking.fields.yaml: fields[4] (fee).type: unknown type 'money'");

    var brokenYaml = put("hall-booking", yaml.replace("  - name: fee", "  - name: [fee"), ANALYST);
    assertThat(brokenYaml.statusCode()).isEqualTo(422);
    assertThat(json(brokenYaml).path("detail").asText())
        .startsWith("hall-booking.fields.yaml: not valid YAML at line");

    var otherId = put("hall-booking", facilityUseYaml("facility-booking", null), ANALYST);
    assertThat(otherId.statusCode()).isEqualTo(422);
    assertThat(json(otherId).path("detail").asText())
        .contains("id: 'facility-booking' differs from the file name");

    var sampleNotNamed =
        http.multipart(
            "PUT",
            "/api/document-types/hall-booking",
            List.of(
                FormPart.text("definition", yaml),
                FormPart.file("sample", "s.png", png(facilityUse("FT-S"), 33))),
            ANALYST,
            PASSWORD);
    assertThat(sampleNotNamed.statusCode()).isEqualTo(422);
    assertThat(json(sampleNotNamed).path("detail").asText())
        .contains("sample: hall-booking.sample.png");

    assertThat(Files.readString(file)).as("nothing written").isEqualTo(yaml);
    assertThat(Files.exists(processesDir().resolve("hall-booking.sample.png"))).isFalse();
    try (Stream<Path> left = Files.list(processesDir())) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("no staging left behind")
          .noneMatch(n -> n.startsWith(".staging"));
    }
    assertThat(
            json(http.get("/api/document-types/hall-booking", ANALYST, PASSWORD))
                .path("form")
                .path("fields")
                .get(4)
                .path("type")
                .asText())
        .isEqualTo("amount");
  }

  @Test
  void anIdThatCannotBeAFileNameIsRefusedBeforeAnythingIsRead() {
    var answer = put("Hall_Booking", facilityUseYaml("Hall_Booking", null), ANALYST);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(Files.exists(processesDir().resolve("Hall_Booking.fields.yaml"))).isFalse();
  }

  @Test
  void anOperatorMayTryATemplateButNotChangeOne() throws Exception {
    var answer = put("operator-form", facilityUseYaml("operator-form", null), OPERATOR);

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(Files.exists(processesDir().resolve("operator-form.fields.yaml"))).isFalse();
    assertThat(http.get("/api/document-types/operator-form", OPERATOR, PASSWORD).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aTrialCountsRightAndWrongAgainstExpectedValuesAndStoresNothing() throws Exception {
    long documentsBefore = documents.list(null, null, 0, 1).total();
    long casesBefore = runtime.createProcessInstanceQuery().count();
    byte[] scan = png(FormSpec.travelExpense(), 41);
    String expected =
        """
        {"applicationDate": "令和6年4月1日", "applicantName": "山田 太郎",
         "destination": "東京都庁", "totalAmount": 12345, "purpose": "視察"}""";

    var answer =
        http.multipart(
            "POST",
            "/api/document-types/travel-expense/trial",
            List.of(
                FormPart.file("file", "claim.png", scan),
                FormPart.file("file", "empty.png", new byte[0]),
                FormPart.text("expected", expected)),
            OPERATOR,
            PASSWORD);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode report = json(answer);
    JsonNode claim = report.path("files").get(0);
    assertThat(claim.path("classification").path("documentType").asText())
        .isEqualTo("travel-expense");
    assertThat(claim.path("classification").path("matchesThisType").asBoolean()).isTrue();
    assertThat(claim.path("compared").asInt()).isEqualTo(5);
    assertThat(claim.path("right").asInt()).as(claim.toPrettyString()).isEqualTo(4);
    JsonNode purpose = field(claim, "purpose");
    assertThat(purpose.path("verdict").asText()).isEqualTo("WRONG");
    assertThat(purpose.path("value").asText()).isEqualTo("全国自治体DX推進会議への出席");
    JsonNode date = field(claim, "applicationDate");
    assertThat(date.path("verdict").asText()).isEqualTo("RIGHT");
    assertThat(date.path("value").asText()).isEqualTo("2024-04-01");
    assertThat(date.path("page").asInt()).isEqualTo(1);
    assertThat(date.path("box").path("width").asInt()).isPositive();
    assertThat(date.path("confidence").asDouble()).isPositive();
    assertThat(field(claim, "department").has("verdict")).as("not compared").isFalse();
    assertThat(report.path("files").get(1).path("error").asText()).contains("empty");

    JsonNode totals = report.path("totals");
    assertThat(totals.path("files").asInt()).isEqualTo(2);
    assertThat(totals.path("read").asInt()).isEqualTo(1);
    assertThat(totals.path("right").asInt()).isEqualTo(4);
    assertThat(totals.path("compared").asInt()).isEqualTo(5);
    assertThat(totals.path("perField").path("purpose").path("right").asInt()).isZero();
    assertThat(totals.path("perField").path("totalAmount").path("right").asInt()).isOne();

    assertThat(documents.list(null, null, 0, 1).total()).isEqualTo(documentsBefore);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(casesBefore);
  }

  @Test
  void expectedValuesNamingNoFieldAreRefused() throws Exception {
    var answer =
        http.multipart(
            "POST",
            "/api/document-types/travel-expense/trial",
            List.of(
                FormPart.file("file", "claim.png", png(FormSpec.travelExpense(), 42)),
                FormPart.text("expected", "{\"colour\": \"blue\"}")),
            ANALYST,
            PASSWORD);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(json(answer).path("detail").asText()).contains("has no field colour");
  }

  @Test
  void redeployReadsAChangedTemplateFileAndRefusesABrokenOneKeepingTheTypesInUse()
      throws Exception {
    Path file = processesDir().resolve("saved-by-hand.fields.yaml");
    try {
      Files.writeString(file, facilityUseYaml("saved-by-hand", null));
      assertThat(http.get("/api/document-types/saved-by-hand", ANALYST, PASSWORD).statusCode())
          .isEqualTo(404);

      assertThat(redeploy().statusCode()).isEqualTo(200);
      assertThat(http.get("/api/document-types/saved-by-hand", ANALYST, PASSWORD).statusCode())
          .isEqualTo(200);

      Files.writeString(
          file, facilityUseYaml("saved-by-hand", null).replace("    label: 申請日\n", ""));
      var broken = redeploy();
      assertThat(broken.statusCode()).isEqualTo(422);
      assertThat(json(broken).path("detail").asText())
          .contains("saved-by-hand.fields.yaml: fields[0] (applicationDate).label");
      assertThat(http.get("/api/document-types/saved-by-hand", ANALYST, PASSWORD).statusCode())
          .as("the types in use stay")
          .isEqualTo(200);
    } finally {
      Files.deleteIfExists(file);
      redeploy();
    }
  }

  @Test
  void theApiDocumentDescribesTheTrialsPartsWithAnExample() throws Exception {
    JsonNode paths = json(http.get("/v3/api-docs", ANALYST, PASSWORD)).path("paths");

    JsonNode trial =
        paths
            .path("/api/document-types/{id}/trial")
            .path("post")
            .path("requestBody")
            .path("content")
            .path("multipart/form-data");
    assertThat(trial.path("schema").path("properties").path("file").path("type").asText())
        .as(trial.toPrettyString())
        .isEqualTo("array");
    assertThat(trial.toString()).contains("lineItems[0].amount");
    JsonNode put =
        paths.path("/api/document-types/{id}").path("put").path("requestBody").path("content");
    assertThat(put.path("multipart/form-data").path("schema").path("properties").has("definition"))
        .as(put.toPrettyString())
        .isTrue();
    assertThat(paths.has("/api/document-types")).isTrue();
  }

  private HttpResponse<String> redeploy() {
    return http.send("POST", "/api/processes/redeploy", ANALYST, PASSWORD);
  }

  private HttpResponse<String> put(String id, String yaml, String user) {
    return http.multipart(
        "PUT",
        "/api/document-types/" + id,
        List.of(FormPart.file("definition", id + ".fields.yaml", bytes(yaml))),
        user,
        PASSWORD);
  }

  private byte[] png(FormSpec form, long seed) throws IOException {
    var document = ScanLikeDocuments.render(form, ScanVariant.CLEAN, seed);
    return Files.readAllBytes(TestDocumentFiles.writePng(document, scans, "scan-" + seed));
  }

  private static JsonNode field(JsonNode file, String name) {
    for (JsonNode f : file.path("fields")) {
      if (f.path("name").asText().equals(name)) {
        return f;
      }
    }
    throw new AssertionError("no field " + name + " in " + file);
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
