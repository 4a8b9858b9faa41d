package jp.gyomu.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.Http;
import jp.gyomu.support.Http.FormPart;
import jp.gyomu.support.TestUsers;
import jp.gyomu.system.Roles;
import jp.gyomu.testdocs.FormSpec;
import jp.gyomu.testdocs.ScanLikeDocuments;
import jp.gyomu.testdocs.ScanVariant;
import jp.gyomu.testdocs.TestDocumentFiles;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The studio's drafts over HTTP with real OCR: a draft is edited (checked as start-up checks a
 * template), tried on its stored test set against expected values, and is not in use until
 * published.
 */
class FormDraftsApiTest extends GyomuIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ANALYST = TestUsers.ANALYST;
  private static final String PASSWORD = TestUsers.PASSWORD;
  private static final String OPERATOR = "t-studio-operator";

  @Autowired IdentityService identity;
  @LocalServerPort int port;
  @TempDir Path scans;
  Http http;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity);
    TestUsers.ensure(identity, OPERATOR, Roles.OPERATOR_GROUP);
    http = new Http(port);
  }

  /** A hall booking form Gyomu ships no template for. */
  static FormSpec hallBooking(String organisation, String fee, String reference) {
    return new FormSpec(
        "公民館使用申込書",
        List.of(
            new FormSpec.Field("申込日", "令和6年6月3日"),
            new FormSpec.Field("団体名", organisation),
            new FormSpec.Field("使用料", fee)),
        List.of("上記のとおり申し込みます。", "受付番号 " + reference));
  }

  static String hallBookingYaml(String id) {
    return """
        id: %s
        name:
          ja: 公民館使用申込書
          en: Community hall booking
        classification:
          keywords: [公民館使用申込書]
        fields:
          - name: applicationDate
            label: 申込日
            type: date
            required: true
          - name: organisation
            label: 団体名
            type: text
            required: true
          - name: fee
            label: 使用料
            type: amount
            required: true
        """
        .formatted(id);
  }

  @Test
  void aDraftIsCheckedAsAtStartUpTriedOnItsTestSetAndNotInUseUntilPublished() throws Exception {
    var created = createDraft("kominkan-booking", hallBookingYaml("kominkan-booking"), "HB-S");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode draft = json(created);
    assertThat(draft.path("id").asText()).isEqualTo("kominkan-booking");
    assertThat(draft.path("definition").path("fields").findValuesAsText("name"))
        .containsExactly("applicationDate", "organisation", "fee");
    assertThat(draft.path("sample").path("width").asInt()).isPositive();
    var sample = http.getBytes("/api/form-drafts/kominkan-booking/sample.png", ANALYST, PASSWORD);
    assertThat(sample.statusCode()).isEqualTo(200);
    assertThat(sample.headers().firstValue("Content-Type")).hasValue("image/png");

    // a template start-up would refuse: 422 naming the place, and nothing saved
    var refused =
        putJson(
            "/api/form-drafts/kominkan-booking",
            Map.of(
                "yaml",
                hallBookingYaml("kominkan-booking").replace("type: amount", "type: money")));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(json(refused).path("detail").asText())
        .contains("kominkan-booking.fields.yaml: fields[2] (fee).type")
        .contains("money");
    assertThat(
            json(http.get("/api/form-drafts/kominkan-booking", ANALYST, PASSWORD))
                .path("yaml")
                .asText())
        .isEqualTo(hallBookingYaml("kominkan-booking"));

    // two scans of the form: kept, read at once, then given the values they should give
    var added =
        http.multipart(
            "POST",
            "/api/form-drafts/kominkan-booking/scans",
            List.of(
                FormPart.file(
                    "file", "hb-1.png", png(hallBooking("みどり市民合唱団", "4,500円", "HB-1"), 41)),
                FormPart.file(
                    "file", "hb-2.png", png(hallBooking("あおば将棋クラブ", "2,000円", "HB-2"), 42))),
            ANALYST,
            PASSWORD);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    JsonNode first = json(added);
    assertThat(first.path("files")).hasSize(2);
    String scan1 = first.path("files").get(0).path("scanId").asText();
    String scan2 = first.path("files").get(1).path("scanId").asText();
    assertThat(first.path("files").get(0).path("fields").get(1).path("value").asText())
        .isEqualTo("みどり市民合唱団");
    var page =
        http.getBytes(
            "/api/form-drafts/kominkan-booking/scans/" + scan1 + "/pages/1.png", ANALYST, PASSWORD);
    assertThat(page.statusCode()).isEqualTo(200);

    assertThat(
            putJson(
                    "/api/form-drafts/kominkan-booking/scans/" + scan1 + "/expected",
                    Map.of("organisation", "みどり市民合唱団", "fee", 4500))
                .statusCode())
        .isEqualTo(204);
    // one value deliberately wrong: the trial must count it
    assertThat(
            putJson(
                    "/api/form-drafts/kominkan-booking/scans/" + scan2 + "/expected",
                    Map.of("organisation", "あおば将棋クラブ", "fee", 9999))
                .statusCode())
        .isEqualTo(204);
    var unknownField =
        putJson(
            "/api/form-drafts/kominkan-booking/scans/" + scan2 + "/expected", Map.of("total", 1));
    assertThat(unknownField.statusCode()).isEqualTo(400);
    assertThat(json(unknownField).path("detail").asText()).contains("no field total");

    var trial = http.send("POST", "/api/form-drafts/kominkan-booking/trial", ANALYST, PASSWORD);
    assertThat(trial.statusCode()).as(trial.body()).isEqualTo(200);
    JsonNode totals = json(trial).path("totals");
    assertThat(totals.path("compared").asInt()).isEqualTo(4);
    assertThat(totals.path("right").asInt()).isEqualTo(3);
    assertThat(totals.path("accuracy").asDouble()).isEqualTo(0.75);
    assertThat(totals.path("perField").path("fee").path("right").asInt()).isEqualTo(1);
    assertThat(json(trial).path("files").get(1).path("scanId").asText()).isEqualTo(scan2);
    JsonNode listed = json(http.get("/api/form-drafts", ANALYST, PASSWORD));
    JsonNode row =
        listed.findParents("id").stream()
            .filter(n -> n.path("id").asText().equals("kominkan-booking"))
            .findFirst()
            .orElseThrow();
    assertThat(row.path("accuracy").asDouble()).isEqualTo(0.75);
    assertThat(row.path("scans").asInt()).isEqualTo(2);
    assertThat(row.path("name").path("ja").asText()).isEqualTo("公民館使用申込書");

    // a draft is not in use
    assertThat(Files.exists(processesDir().resolve("kominkan-booking.fields.yaml"))).isFalse();
    assertThat(http.get("/api/document-types/kominkan-booking", ANALYST, PASSWORD).statusCode())
        .isEqualTo(404);

    // a new id in the definition renames the draft, its scans with it
    JsonNode definition =
        json(http.get("/api/form-drafts/kominkan-booking", ANALYST, PASSWORD)).path("definition");
    ((com.fasterxml.jackson.databind.node.ObjectNode) definition)
        .put("id", "kominkan-booking-2024");
    var renamed = putJson("/api/form-drafts/kominkan-booking", Map.of("definition", definition));
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    assertThat(json(renamed).path("scans")).hasSize(2);
    assertThat(json(renamed).path("scans").get(0).path("expected").path("fee").asInt())
        .isEqualTo(4500);
    assertThat(http.get("/api/form-drafts/kominkan-booking", ANALYST, PASSWORD).statusCode())
        .isEqualTo(404);

    assertThat(
            http.send(
                    "DELETE",
                    "/api/form-drafts/kominkan-booking-2024/scans/" + scan2,
                    ANALYST,
                    PASSWORD)
                .statusCode())
        .isEqualTo(204);
    assertThat(
            json(http.get("/api/form-drafts/kominkan-booking-2024", ANALYST, PASSWORD))
                .path("scans"))
        .hasSize(1);
    assertThat(
            http.send("DELETE", "/api/form-drafts/kominkan-booking-2024", ANALYST, PASSWORD)
                .statusCode())
        .isEqualTo(204);
    assertThat(http.get("/api/form-drafts/kominkan-booking-2024", ANALYST, PASSWORD).statusCode())
        .isEqualTo(404);
  }

  @Test
  void operatorsAndManagersCannotSeeOrChangeDrafts() {
    for (String user : List.of(OPERATOR, TestUsers.MANAGER)) {
      assertThat(http.get("/api/form-drafts", user, PASSWORD).statusCode()).as(user).isEqualTo(403);
      assertThat(
              http.multipart(
                      "POST",
                      "/api/form-drafts",
                      List.of(FormPart.file("sample", "s.png", new byte[] {1})),
                      user,
                      PASSWORD)
                  .statusCode())
          .as(user)
          .isEqualTo(403);
      assertThat(
              http.send("POST", "/api/document-types/invoice/publish", user, PASSWORD).statusCode())
          .as(user)
          .isEqualTo(403);
    }
  }

  HttpResponse<String> createDraft(String id, String yaml, String reference) throws IOException {
    return http.multipart(
        "POST",
        "/api/form-drafts",
        List.of(
            FormPart.file(
                "sample", "sample.png", png(hallBooking("みどり市民合唱団", "4,500円", reference), 40)),
            FormPart.text("definition", yaml)),
        ANALYST,
        PASSWORD);
  }

  HttpResponse<String> putJson(String path, Object body) throws IOException {
    return http.send(
        "PUT", path, ANALYST, PASSWORD, "application/json", JSON.writeValueAsString(body));
  }

  byte[] png(FormSpec form, long seed) throws IOException {
    var document = ScanLikeDocuments.render(form, ScanVariant.CLEAN, seed);
    return Files.readAllBytes(TestDocumentFiles.writePng(document, scans, "scan-" + seed));
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
