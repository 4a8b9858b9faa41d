package jp.gyomu.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hostile tester's models (issue 16, finding 1), deployed by an analyst as Camunda Modeler
 * does: each is refused before the engine reads it, naming the element and the reason, and nothing
 * runs.
 */
class ModelsCannotRunCodeTest extends GyomuIntegrationTest {

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired ProcessEngine engine;
  @Autowired ModelSafety modelSafety;
  @Autowired ProcessFolderDeployer deployer;
  @TempDir Path folder;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity);
  }

  @Test
  void aServiceTaskThatRunsACommandIsRefusedAndNothingRuns() throws Exception {
    Path marker = folder.resolve("ran");
    String model =
        ModelSafetyCheckTest.bpmn(
            """
            <bpmn:serviceTask id="run" name="Run" camunda:expression="${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch %s')}"/>
            <bpmn:sequenceFlow id="f" sourceRef="start" targetRef="run"/>
            """
                .formatted(marker));

    var response = deployAsAnalyst("rce.bpmn", model);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    assertThat(body.path("message").asText())
        .contains("rce.bpmn")
        .contains("serviceTask 'run'")
        .contains("camunda:expression");
    JsonNode error = body.path("details").path("rce.bpmn").path("errors").get(0);
    assertThat(error.path("mainElementId").asText()).isEqualTo("run");
    assertThat(error.path("line").asInt()).isPositive();
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("probe").count())
        .isZero();
    assertThat(marker).doesNotExist();
  }

  @Test
  void aConditionThatMakesTheAnalystAnAdministratorIsRefused() throws Exception {
    String model =
        ModelSafetyCheckTest.bpmn(
            """
            <bpmn:exclusiveGateway id="g"/>
            <bpmn:sequenceFlow id="f" sourceRef="start" targetRef="g"/>
            <bpmn:endEvent id="end"/>
            <bpmn:sequenceFlow id="promote" sourceRef="g" targetRef="end">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${identityService.createMembership('%s','camunda-admin') == null}</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            """
                .formatted(TestUsers.ANALYST));

    var response = deployAsAnalyst("promote.bpmn", model);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("sequenceFlow 'promote'").contains("identityService");
    assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list())
        .noneMatch(u -> u.getId().equals(TestUsers.ANALYST));
  }

  @Test
  void aModelThatKeepsToTheRulesIsDeployedThroughTheSameDoor() throws Exception {
    String model =
        ModelSafetyCheckTest.bpmn(
                """
            <bpmn:userTask id="check" name="確認" camunda:candidateGroups="gyomu-operators" camunda:dueDate="${businessCalendar.dueInBusinessDays(2)}"/>
            <bpmn:sequenceFlow id="f" sourceRef="start" targetRef="check"/>
            """)
            .replace("id=\"probe\"", "id=\"allowed-probe\"");

    var response = deployAsAnalyst("allowed.bpmn", model);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(
            repository.createProcessDefinitionQuery().processDefinitionKey("allowed-probe").count())
        .isOne();
  }

  @Test
  void theProcessesFolderRefusesTheSameModelNamingFileLineAndElement() throws IOException {
    Files.writeString(
        folder.resolve("rce.bpmn"),
        ModelSafetyCheckTest.bpmn(
            "<bpmn:serviceTask id=\"run\" camunda:expression=\"${x.getClass()}\"/>"));

    assertThatThrownBy(() -> deployer.deploy(folder))
        .isInstanceOf(ProcessDeploymentException.class)
        .hasMessageContaining("rce.bpmn, line 8")
        .hasMessageContaining("serviceTask 'run'");
  }

  @Test
  void theEngineSeesOnlyTheBeansModelsMayUse() {
    var beans =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();

    assertThat(beans.keySet())
        .containsExactlyInAnyOrder(
            "businessCalendar",
            "fieldCheck",
            "duplicateInvoiceCheck",
            "recordCorrections",
            "requireDecision");
    assertThat(beans.containsKey("identityService")).isFalse();
    assertThat(beans.get("businessCalendar")).isInstanceOf(OfficeCalendar.class);
  }

  @Test
  void everyExpressionTheElementTemplatesWritePasses() throws IOException {
    List<String> expressions = new ArrayList<>();
    for (Path template : ElementTemplatesTest.templates().toList()) {
      ElementTemplatesTest.JSON
          .readTree(template.toFile())
          .findValues("value")
          .forEach(
              v -> {
                if (v.isTextual() && v.asText().contains("${")) {
                  expressions.add(v.asText());
                }
              });
    }

    assertThat(expressions).isNotEmpty();
    for (String expression : expressions) {
      String model =
          ModelSafetyCheckTest.bpmn(
              "<bpmn:serviceTask id=\"t\" camunda:expression=\"%s\"/>".formatted(expression));
      assertThat(modelSafety.problems("t.bpmn", model.getBytes(StandardCharsets.UTF_8)))
          .as(expression)
          .isEmpty();
    }
  }

  private HttpResponse<String> deployAsAnalyst(String fileName, String model)
      throws IOException, InterruptedException {
    String boundary = "model-" + System.nanoTime();
    String body =
        ("--%1$s\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nprobe\r\n"
                + "--%1$s\r\nContent-Disposition: form-data; name=\"data\"; filename=\"%2$s\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n%3$s\r\n--%1$s--\r\n")
            .formatted(boundary, fileName, model);
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (TestUsers.ANALYST + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
