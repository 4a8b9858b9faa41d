package jp.gyomu.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import jp.gyomu.process.CaseStarter;
import jp.gyomu.support.Await;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.Http;
import jp.gyomu.support.TestCases;
import jp.gyomu.support.TestUsers;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The engine REST API cannot skip a manager's decision on a grant: completing the approval (or
 * submitting its form) without {@code approved}, with text instead of a Boolean, or refusing
 * without a comment answers 400 and the task stays open; a decision completes it.
 */
class RequiredDecisionTest extends GyomuIntegrationTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired CaseStarter caseStarter;
  @Autowired PlatformTransactionManager transactions;
  final ObjectMapper json = new ObjectMapper();
  Task approval;

  @BeforeEach
  void anApproval() {
    Map<String, Object> values = new HashMap<>();
    values.put("applicationDate", LocalDate.of(2026, 4, 1));
    values.put("organisationName", "一般社団法人 あおば");
    values.put("representative", "代表理事 鈴木 一郎");
    values.put("address", "長野県松本市丸の内3-7");
    values.put("projectName", "地域防災訓練事業");
    values.put("requestedAmount", 1_250_000L);
    var instance =
        new TestCases(caseStarter, transactions, runtime).start("subsidy-application", values);
    approval =
        Await.until(
            "the approval",
            () ->
                tasks
                    .createTaskQuery()
                    .processInstanceId(instance.getId())
                    .taskDefinitionKey("managerApproval")
                    .singleResult());
  }

  @Test
  void theRestApiRefusesAnApprovalWithoutADecisionAsABadRequestInTheCallersLanguage()
      throws Exception {
    for (String door : new String[] {"complete", "submit-form"}) {
      var none = send(door, Map.of(), null);
      assertThat(none.statusCode()).as(door + " without a decision: " + none.body()).isEqualTo(400);
      var refusal = json.readTree(none.body());
      assertThat(refusal.get("message").asText())
          .as("Japanese by default")
          .isEqualTo("判断を選んでください (承認する/承認しない)");
      assertThat(refusal.get("code").asText()).isEqualTo("DECISION_REQUIRED");
      assertThat(refusal.get("type").asText()).isEqualTo("DecisionRequiredException");
      var text = send(door, Map.of("approved", Map.of("value", "true", "type", "String")), "en");
      assertThat(text.statusCode()).as(door + " with text").isEqualTo(400);
      assertThat(json.readTree(text.body()).get("message").asText())
          .isEqualTo("a decision is required: approved");
    }
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).count()).isEqualTo(1);
  }

  @Test
  void otherFailuresOfTheEngineKeepCamundasOwnAnswers() throws Exception {
    var unknown =
        new Http(port)
            .send(
                "POST",
                "/engine-rest/task/no-such-task/complete",
                "admin",
                TestUsers.ADMIN_PASSWORD,
                "application/json",
                "{}");
    // Camunda answers an unknown task with 500 and its RestException; Gyomu leaves that alone
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(500);
    assertThat(json.readTree(unknown.body()).get("type").asText()).isEqualTo("RestException");
  }

  @Test
  void theRestApiCannotRefuseAGrantWithoutAComment() throws Exception {
    var refused =
        send("complete", Map.of("approved", Map.of("value", false, "type", "Boolean")), "ja");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json.readTree(refused.body()).get("message").asText()).isEqualTo("コメントを入力してください");
    var inEnglish =
        send("complete", Map.of("approved", Map.of("value", false, "type", "Boolean")), "en");
    assertThat(json.readTree(inEnglish.body()).get("message").asText())
        .isEqualTo("a comment is required: approvalComment");
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).count()).isEqualTo(1);

    var withReason =
        send(
            "complete",
            Map.of(
                "approved", Map.of("value", false, "type", "Boolean"),
                "approvalComment", Map.of("value", "対象経費が要綱に合わない", "type", "String")),
            null);
    assertThat(withReason.statusCode()).as(withReason.body()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).count()).isZero();
  }

  /** Completes the approval through {@code door}, asking for {@code language} when not null. */
  private HttpResponse<String> send(String door, Map<String, Object> variables, String language)
      throws Exception {
    var request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://localhost:"
                        + port
                        + "/engine-rest/task/"
                        + approval.getId()
                        + "/"
                        + door))
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    json.writeValueAsString(Map.of("variables", variables))))
            .header("Content-Type", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            ("admin:" + TestUsers.ADMIN_PASSWORD)
                                .getBytes(StandardCharsets.UTF_8)));
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
