package jp.gyomu.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Duration;
import jp.gyomu.ingestion.IntakeService;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.Http;
import jp.gyomu.support.TestUsers;
import jp.gyomu.system.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The documents console's actions over the real HTTP API, each on a document in the state it is
 * for, read to the end by the real pipeline, with its audit entry; and the refusals: wrong state,
 * bad type, managers, the override for administrators only.
 */
class DocumentActionsApiTest extends GyomuIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OPERATOR = "console-operator";
  private static final String ADMIN = "admin";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired IntakeService intake;
  @Autowired JdbcTemplate jdbc;
  Http http;

  @BeforeEach
  void users() {
    http = new Http(port);
    TestUsers.ensure(identity);
    TestUsers.ensure(identity, OPERATOR, Roles.OPERATOR_GROUP);
  }

  @Test
  void aFailedDocumentIsRetriedAndTheRetryIsRecordedWithWhoAndWhen() throws Exception {
    String id = upload("retry.png", ConsoleScans.unrecognisedPage(), "english-test");
    assertThat(awaitSettled(id).get("status").asText()).isEqualTo("OCR_DONE");
    // as the pipeline leaves a document that broke on something not its fault
    jdbc.update(
        "update gyomu_document set status = 'FAILED', error = 'read-pages: disk full' where id = ?",
        id);

    var retried = act("POST", id, "/retry", "{\"comment\":\"disk cleaned\"}", OPERATOR);

    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
    JsonNode settled = awaitSettled(id);
    assertThat(settled.get("status").asText()).isEqualTo("OCR_DONE");
    assertThat(settled.get("error").isNull()).isTrue();
    JsonNode audit = details(id).get("actions");
    assertThat(audit).hasSize(1);
    assertThat(audit.get(0).get("action").asText()).isEqualTo("RETRY");
    assertThat(audit.get(0).get("actor").asText()).isEqualTo(OPERATOR);
    assertThat(audit.get(0).get("fromStatus").asText()).isEqualTo("FAILED");
    assertThat(audit.get(0).get("detail").asText()).isEqualTo("disk cleaned");
    assertThat(audit.get(0).get("at").asText()).isNotBlank();
    assertThat(reasons(id)).anyMatch(r -> r.startsWith(OPERATOR + " が再実行しました"));
  }

  @Test
  void aDocumentInAnotherStateIsNotRetriedReleasedOrKeptAndNothingIsRecorded() throws Exception {
    String id = upload("settled.png", ConsoleScans.unrecognisedPage(), "english-test");
    assertThat(awaitSettled(id).get("status").asText()).isEqualTo("OCR_DONE");

    for (String action : new String[] {"/retry", "/release", "/accept-duplicate"}) {
      var refused = act("POST", id, action, "{}", OPERATOR);
      assertThat(refused.statusCode()).as(action).isEqualTo(409);
      assertThat(JSON.readTree(refused.body()).get("detail").asText()).contains("OCR_DONE");
    }
    var typed = act("PATCH", id, "", "{\"type\":\"travel-expense\"}", OPERATOR);
    assertThat(typed.statusCode()).isEqualTo(409);
    assertThat(details(id).get("actions")).isEmpty();
    assertThat(details(id).get("document").get("status").asText()).isEqualTo("OCR_DONE");
  }

  @Test
  void aTypeThatIsNoTypeNameIsRefusedAsUnprocessable() throws Exception {
    String id = upload("routing.png", ConsoleScans.unrecognisedPage(), null);
    assertThat(awaitSettled(id).get("status").asText()).isEqualTo("NEEDS_ROUTING");

    assertThat(act("PATCH", id, "", "{\"type\":\"Not A Type!\"}", OPERATOR).statusCode())
        .isEqualTo(422);
    assertThat(act("PATCH", id, "", "{}", OPERATOR).statusCode()).isEqualTo(422);
    assertThat(details(id).get("document").get("status").asText()).isEqualTo("NEEDS_ROUTING");
    assertThat(details(id).get("actions")).isEmpty();
  }

  @Test
  void aReasonComesAsCodeArgumentsAndTextInTheCallersLanguageJapaneseByDefault() throws Exception {
    String id = quarantinedOnArrival("language.png");
    String path = "/api/documents/" + id;

    JsonNode japanese = details(id).get("document");
    JsonNode english =
        JSON.readTree(http.getIn("en-GB,en;q=0.9", path, OPERATOR, TestUsers.PASSWORD).body())
            .get("document");
    JsonNode french =
        JSON.readTree(http.getIn("fr", path, OPERATOR, TestUsers.PASSWORD).body()).get("document");

    assertThat(japanese.get("error").asText())
        .isEqualTo(
            "フォルダー名「nosuchtype」は書類種別ではありません (英小文字・数字・ハイフン)。"
                + "種別のフォルダー (inbox/travel-expense/) か inbox/ 直下に置けば種別を判定します");
    assertThat(japanese.get("errorReason").get("code").asText()).isEqualTo("FOLDER_NOT_A_TYPE");
    assertThat(japanese.get("errorReason").get("args").get(0).asText()).isEqualTo("nosuchtype");
    assertThat(english.get("error").asText())
        .startsWith("the folder name 'nosuchtype' is not a document type");
    assertThat(english.get("errorReason")).isEqualTo(japanese.get("errorReason"));
    assertThat(french.get("error"))
        .as("a language Gyomu has no texts for")
        .isEqualTo(japanese.get("error"));
    assertThat(reasons(id)).contains("受け付けました (受付元: folder)");
  }

  @Test
  void aQuarantinedDocumentIsReleasedAfterALookAndPreflightChecksItAgain() throws Exception {
    // quarantined as it arrived (an inbox folder whose name is no type), though readable
    String id = quarantinedOnArrival("release.png");
    assertThat(Files.exists(dataDir().resolve("quarantine").resolve(id + "-release.png"))).isTrue();

    var released = act("POST", id, "/release", "{\"comment\":\"見ました\"}", OPERATOR);

    assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
    JsonNode settled = awaitSettled(id);
    assertThat(settled.get("status").asText()).as("read and classified").isEqualTo("NEEDS_ROUTING");
    assertThat(settled.get("preflightOverride").asBoolean()).isFalse();
    assertThat(dataDir().resolve("quarantine").resolve(id + "-release.png")).doesNotExist();
    assertThat(dataDir().resolve("quarantine").resolve(id + "-release.png.reason.txt"))
        .doesNotExist();
    JsonNode audit = details(id).get("actions");
    assertThat(audit).hasSize(1);
    assertThat(audit.get(0).get("action").asText()).isEqualTo("RELEASE");
    assertThat(audit.get(0).get("fromStatus").asText()).isEqualTo("QUARANTINED");
    assertThat(audit.get(0).get("detail").asText()).isEqualTo("見ました");
  }

  @Test
  void onlyAnAdministratorReleasesBeyondPreflightsLimits() throws Exception {
    String id = quarantinedOnArrival("override.png");

    assertThat(act("POST", id, "/release-override", "{}", OPERATOR).statusCode()).isEqualTo(403);
    assertThat(act("POST", id, "/release-override", "{}", TestUsers.ANALYST).statusCode())
        .isEqualTo(403);
    assertThat(details(id).get("document").get("status").asText()).isEqualTo("QUARANTINED");

    var released =
        http.send(
            "POST",
            "/api/documents/" + id + "/release-override",
            ADMIN,
            TestUsers.ADMIN_PASSWORD,
            "application/json",
            "{}");
    assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
    JsonNode settled = awaitSettled(id);
    assertThat(settled.get("preflightOverride").asBoolean()).isTrue();
    JsonNode audit = details(id).get("actions");
    assertThat(audit).hasSize(1);
    assertThat(audit.get(0).get("action").asText()).isEqualTo("RELEASE_OVERRIDE");
    assertThat(audit.get(0).get("actor").asText()).isEqualTo(ADMIN);
  }

  @Test
  void aDuplicateMarkedAsIntendedIsReadOnAsADocumentOfItsOwn() throws Exception {
    byte[] page = ConsoleScans.unrecognisedPage();
    String first = upload("first.png", page, "english-test");
    awaitSettled(first);
    String second = upload("again.png", page, "english-test");
    assertThat(awaitSettled(second).get("status").asText()).isEqualTo("DUPLICATE");

    var kept = act("POST", second, "/accept-duplicate", "{\"comment\":\"再提出\"}", OPERATOR);

    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
    JsonNode settled = awaitSettled(second);
    assertThat(settled.get("status").asText()).isEqualTo("OCR_DONE");
    assertThat(settled.get("duplicateAccepted").asBoolean()).isTrue();
    assertThat(settled.get("duplicateOf").asText())
        .as("still says whose copy it is")
        .isEqualTo(first);
    JsonNode audit = details(second).get("actions");
    assertThat(audit).hasSize(1);
    assertThat(audit.get(0).get("action").asText()).isEqualTo("ACCEPT_DUPLICATE");
    assertThat(audit.get(0).get("fromStatus").asText()).isEqualTo("DUPLICATE");
    // done once: the same action again finds it no longer a duplicate
    assertThat(act("POST", second, "/accept-duplicate", "{}", OPERATOR).statusCode())
        .isEqualTo(409);
    assertThat(details(second).get("actions")).hasSize(1);
  }

  @Test
  void aManagerSeesCountsAndTheListWithoutPersonalDataButNoDocumentAndNoAction() throws Exception {
    String id = upload("山田太郎の申請.png", ConsoleScans.unrecognisedPage(), null);
    awaitSettled(id);

    var list = http.get("/api/documents?size=500", TestUsers.MANAGER, TestUsers.PASSWORD);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(id).doesNotContain("山田太郎");
    JsonNode row = row(JSON.readTree(list.body()), id);
    assertThat(row.get("originalName").isNull()).isTrue();
    assertThat(row.get("sha256").isNull()).isTrue();
    assertThat(row.get("status").asText()).isEqualTo("NEEDS_ROUTING");
    var counts = http.get("/api/documents/counts", TestUsers.MANAGER, TestUsers.PASSWORD);
    assertThat(counts.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(counts.body()).get(0).get("status").asText())
        .isEqualTo("NEEDS_ROUTING");

    assertThat(http.get("/api/documents/" + id, TestUsers.MANAGER, TestUsers.PASSWORD).statusCode())
        .isEqualTo(403);
    assertThat(act("PATCH", id, "", "{\"type\":\"english-test\"}", TestUsers.MANAGER).statusCode())
        .isEqualTo(403);
    assertThat(act("POST", id, "/retry", "{}", TestUsers.MANAGER).statusCode()).isEqualTo(403);
    // the operator sees the name
    var forOperator = http.get("/api/documents?size=500", OPERATOR, TestUsers.PASSWORD);
    assertThat(row(JSON.readTree(forOperator.body()), id).get("originalName").asText())
        .isEqualTo("山田太郎の申請.png");
  }

  @Test
  void theListFiltersByAnyOfSeveralStatusesAndCountsEveryStatusWaitingOnesFirst() throws Exception {
    String routing = upload("several.png", ConsoleScans.unrecognisedPage(), null);
    String quarantined = quarantinedOnArrival("several-q.png");
    awaitSettled(routing);

    JsonNode both =
        JSON.readTree(
            http.get(
                    "/api/documents?status=NEEDS_ROUTING&status=QUARANTINED&size=500",
                    OPERATOR,
                    TestUsers.PASSWORD)
                .body());
    assertThat(both.get("items").findValuesAsText("id")).contains(routing, quarantined);
    assertThat(both.get("items").findValuesAsText("status"))
        .containsOnly("NEEDS_ROUTING", "QUARANTINED");
    JsonNode counts =
        JSON.readTree(http.get("/api/documents/counts", OPERATOR, TestUsers.PASSWORD).body());
    assertThat(counts.findValuesAsText("status"))
        .containsExactly(
            "NEEDS_ROUTING",
            "QUARANTINED",
            "FAILED",
            "DUPLICATE",
            "RECEIVED",
            "HANDED_OFF",
            "OCR_DONE");
    assertThat(counts.get(0).get("count").asLong()).isPositive();
  }

  @Test
  void theOriginalIsAlwaysADownloadEvenWhileQuarantined() throws Exception {
    String id = quarantinedOnArrival("original.png");
    var original =
        http.getBytes("/api/documents/" + id + "/original", OPERATOR, TestUsers.PASSWORD);
    assertThat(original.statusCode()).isEqualTo(200);
    assertThat(original.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
    assertThat(original.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment")
        .contains("original.png");
    assertThat(original.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
  }

  private String quarantinedOnArrival(String name) {
    return intake
        .receiveRefused(
            new ByteArrayInputStream(ConsoleScans.unrecognisedPage()),
            name,
            "folder",
            null,
            Reason.of(ReasonCode.FOLDER_NOT_A_TYPE, "nosuchtype", "inbox/travel-expense/"))
        .id();
  }

  private String upload(String name, byte[] content, String type) throws Exception {
    var response = http.upload("/api/documents", name, content, type, OPERATOR, TestUsers.PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return JSON.readTree(response.body()).get("id").asText();
  }

  private java.net.http.HttpResponse<String> act(
      String method, String id, String action, String body, String user) {
    return http.send(
        method,
        "/api/documents/" + id + action,
        user,
        TestUsers.PASSWORD,
        "application/json",
        body);
  }

  private JsonNode details(String id) throws Exception {
    var response = http.get("/api/documents/" + id, OPERATOR, TestUsers.PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private java.util.List<String> reasons(String id) throws Exception {
    return details(id).get("events").findValuesAsText("reason");
  }

  private JsonNode awaitSettled(String id) {
    return await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> details(id).get("document"),
            d -> d != null && !d.get("status").asText().equals("RECEIVED"));
  }

  private static JsonNode row(JsonNode page, String id) {
    for (JsonNode item : page.get("items")) {
      if (item.get("id").asText().equals(id)) {
        return item;
      }
    }
    throw new AssertionError("no row for " + id + " in " + page);
  }
}
