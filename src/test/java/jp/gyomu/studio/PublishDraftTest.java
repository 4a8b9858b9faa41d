package jp.gyomu.studio;

import static jp.gyomu.studio.FormDraftsApiTest.hallBooking;
import static jp.gyomu.studio.FormDraftsApiTest.hallBookingYaml;
import static jp.gyomu.studio.FormDraftsApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.gyomu.support.Await;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.Http;
import jp.gyomu.support.Http.FormPart;
import jp.gyomu.support.TestUsers;
import jp.gyomu.testdocs.FormSpec;
import jp.gyomu.testdocs.ScanLikeDocuments;
import jp.gyomu.testdocs.ScanVariant;
import jp.gyomu.testdocs.TestDocumentFiles;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Publishing a studio draft over HTTP, with real OCR and the real engine: the refusal below the
 * threshold, the standard process written, deployed and really run by a scan dropped into the new
 * inbox folder, the registry entry, and an analyst's own model never replaced unless asked.
 */
class PublishDraftTest extends GyomuIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ANALYST = TestUsers.ANALYST;
  private static final String PASSWORD = TestUsers.PASSWORD;

  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ExternalTaskService externalTasks;
  @Autowired RepositoryService repository;
  @LocalServerPort int port;
  @TempDir Path scans;
  Http http;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity);
    http = new Http(port);
  }

  @Test
  void aPublishedDraftRunsAsItsOwnProcessAndTheAnalystsEditsToItsModelAreKept() throws Exception {
    String id = "hall-booking-live";
    String scan = draftWithScan(id, "HBL");
    // one expected value wrong on purpose: 2 of 3 right, below 0.9
    assertThat(
            putJson(
                    "/api/form-drafts/" + id + "/scans/" + scan + "/expected",
                    Map.of("applicationDate", "2024-06-03", "organisation", "みどり市民合唱団", "fee", 1))
                .statusCode())
        .isEqualTo(204);

    var refused = publish(id, "STUDIO-901", false, false, false);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(json(refused).path("errors").toString())
        .contains("below 0.900")
        .contains("fee: 0 of 1 right");
    assertThat(Files.exists(processesDir().resolve(id + ".fields.yaml"))).isFalse();
    assertThat(http.get("/api/automation-tasks/STUDIO-901", ANALYST, PASSWORD).statusCode())
        .as("nothing registered")
        .isEqualTo(404);

    var published = publish(id, "STUDIO-901", true, false, false);
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    JsonNode result = json(published);
    assertThat(result.path("processKey").asText()).isEqualTo(id);
    assertThat(result.path("registryCode").asText()).isEqualTo("STUDIO-901");
    assertThat(result.path("bpmnCreated").asBoolean()).isTrue();
    assertThat(result.path("compared").asInt()).isEqualTo(3);
    Path model = processesDir().resolve(id + ".bpmn");
    String generated = Files.readString(model);
    assertThat(generated)
        .contains("camunda:topic=\"rpa." + id + "\"")
        .contains("jp.gyomu.ocrReview")
        .contains("bpmndi:BPMNEdge");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(id).count())
        .isEqualTo(1);
    JsonNode task = json(http.get("/api/automation-tasks/STUDIO-901", ANALYST, PASSWORD));
    assertThat(task.path("technology").asText()).isEqualTo("AI_OCR");
    assertThat(task.path("status").asText()).isEqualTo("IN_DEVELOPMENT");
    assertThat(task.path("process_key").asText()).isEqualTo(id);
    assertThat(task.path("baseline_minutes").asInt()).isEqualTo(12);
    assertThat(task.path("name_ja").asText()).isEqualTo("公民館使用申込の受付");

    // a scan of the form dropped into the new inbox folder starts a case of the new process
    Files.write(
        dataDir().resolve("inbox/" + id + "/hbl-case-1.png"),
        png(hallBooking("さくら囲碁会", "3,000円", "HBL-C1"), 77));
    var instance =
        Await.until(
            "a case of " + id,
            () ->
                runtime.createProcessInstanceQuery().processDefinitionKey(id).list().stream()
                    .findFirst()
                    .orElse(null));
    String step =
        Await.until(
            "the case at the review or the bot step",
            () -> {
              if (tasks.createTaskQuery().processInstanceId(instance.getId()).count() > 0) {
                return "review";
              }
              return externalTasks
                          .createExternalTaskQuery()
                          .processInstanceId(instance.getId())
                          .topicName("rpa." + id)
                          .count()
                      > 0
                  ? "bot"
                  : null;
            });
    assertThat(step).isIn("review", "bot");

    // the studio's own unchanged model may be written again; once the analyst edits it, never
    String edited = generated.replace("name=\"完了\"", "name=\"受付完了\"");
    assertThat(edited).isNotEqualTo(generated);
    Files.writeString(model, edited);
    var again = publish(id, "STUDIO-901", true, false, true);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(json(again).path("bpmnCreated").asBoolean()).isFalse();
    assertThat(Files.readString(model)).isEqualTo(edited);
    assertThat(
            json(http.get("/api/form-drafts/" + id, ANALYST, PASSWORD)).path("bpmnOwner").asText())
        .isEqualTo("ANALYST");
    assertThat(
            json(http.get("/api/automation-tasks/STUDIO-901", ANALYST, PASSWORD))
                .path("status")
                .asText())
        .as("published as a pilot")
        .isEqualTo("PILOT");

    var replaced = publish(id, "STUDIO-901", true, true, true);
    assertThat(json(replaced).path("bpmnCreated").asBoolean()).isTrue();
    assertThat(Files.readString(model)).isEqualTo(generated);
  }

  @Test
  void aModelTheAnalystWroteBeforeIsKeptAndADraftReadRightPublishesWithoutConfirmation()
      throws Exception {
    String id = "hall-booking-own";
    Path model = processesDir().resolve(id + ".bpmn");
    String own =
        StandardProcess.bpmn(id, "分析者が描いた手順").replace(StandardProcess.MARK, "Drawn by the analyst");
    Files.writeString(model, own);
    String scan = draftWithScan(id, "HBO");
    assertThat(
            putJson(
                    "/api/form-drafts/" + id + "/scans/" + scan + "/expected",
                    Map.of("organisation", "みどり市民合唱団", "fee", 4500))
                .statusCode())
        .isEqualTo(204);

    var published = publish(id, "STUDIO-902", false, false, false);
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(json(published).path("accuracy").asDouble()).isEqualTo(1.0);
    assertThat(json(published).path("bpmnCreated").asBoolean()).isFalse();
    assertThat(Files.readString(model)).isEqualTo(own);
    assertThat(
            repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(id)
                .singleResult()
                .getName())
        .isEqualTo("分析者が描いた手順");
    assertThat(Files.exists(processesDir().resolve(id + ".fields.yaml"))).isTrue();
    assertThat(Files.isDirectory(dataDir().resolve("inbox/" + id))).isTrue();
  }

  private String draftWithScan(String id, String reference) throws IOException {
    var created =
        http.multipart(
            "POST",
            "/api/form-drafts",
            List.of(
                FormPart.file(
                    "sample",
                    "sample.png",
                    png(hallBooking("みどり市民合唱団", "4,500円", reference + "-S"), 60)),
                FormPart.text("definition", hallBookingYaml(id))),
            ANALYST,
            PASSWORD);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var added =
        http.multipart(
            "POST",
            "/api/form-drafts/" + id + "/scans",
            List.of(
                FormPart.file(
                    "file",
                    "s1.png",
                    png(hallBooking("みどり市民合唱団", "4,500円", reference + "-1"), 61))),
            ANALYST,
            PASSWORD);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    return json(added).path("files").get(0).path("scanId").asText();
  }

  private HttpResponse<String> publish(
      String id, String code, boolean accept, boolean replace, boolean pilot) throws IOException {
    Map<String, Object> registry =
        Map.of(
            "code", code,
            "name_ja", "公民館使用申込の受付",
            "name_en", "Community hall booking intake",
            "department", "市民協働部",
            "division", "生涯学習課",
            "baseline_minutes", 12);
    return http.send(
        "POST",
        "/api/document-types/" + id + "/publish",
        ANALYST,
        PASSWORD,
        "application/json",
        JSON.writeValueAsString(
            Map.of(
                "registry", registry,
                "pilot", pilot,
                "acceptBelowThreshold", accept,
                "replaceBpmn", replace)));
  }

  private HttpResponse<String> putJson(String path, Object body) throws IOException {
    return http.send(
        "PUT", path, ANALYST, PASSWORD, "application/json", JSON.writeValueAsString(body));
  }

  private byte[] png(FormSpec form, long seed) throws IOException {
    var document = ScanLikeDocuments.render(form, ScanVariant.CLEAN, seed);
    return Files.readAllBytes(TestDocumentFiles.writePng(document, scans, "scan-" + seed));
  }
}
