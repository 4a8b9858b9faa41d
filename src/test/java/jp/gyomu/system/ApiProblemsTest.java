package jp.gyomu.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.LoopbackClient;
import jp.gyomu.support.LoopbackClient.Reply;
import jp.gyomu.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * Every way a call to Gyomu's own API ({@code /api}) can go wrong answers in one shape (decision
 * 0009): an RFC 9457 problem as {@code application/problem+json} with type, title, status, detail
 * and instance, the detail in words without internals. The engine's REST API and the pages keep
 * their own answers.
 */
class ApiProblemsTest extends GyomuIntegrationTest {

  private static final String[] INTERNALS = {
    "Exception", "java.", "jp.gyomu", "Failed to convert", "No enum constant", "static resource"
  };
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity);
  }

  /** One error case: who calls what, what they accept, and the status and words expected. */
  record Call(
      String method,
      String path,
      String authorization,
      String accept,
      String contentType,
      String body,
      int status,
      String detail) {

    Call(String method, String path, String authorization, int status, String detail) {
      this(method, path, authorization, "application/json", null, null, status, detail);
    }

    Call(
        String method,
        String path,
        String authorization,
        String contentType,
        String body,
        int status,
        String detail) {
      this(method, path, authorization, "application/json", contentType, body, status, detail);
    }

    @Override
    public String toString() {
      return status + " " + method + " " + path;
    }
  }

  static Stream<Arguments> errors() {
    String admin = LoopbackClient.basic("admin", TestUsers.ADMIN_PASSWORD);
    String analyst = LoopbackClient.basic(TestUsers.ANALYST, TestUsers.PASSWORD);
    String manager = LoopbackClient.basic(TestUsers.MANAGER, TestUsers.PASSWORD);
    return Stream.of(
            new Call("GET", "/api/documents?page=abc", admin, 400, "parameter 'page'"),
            new Call("GET", "/api/progress?half=3", manager, 400, "half"),
            new Call(
                "PUT",
                "/api/automation-targets/2026",
                analyst,
                "application/json",
                "{}",
                400,
                "invalid value"),
            new Call(
                "POST",
                "/api/automation-tasks",
                analyst,
                "application/json",
                "{\"code\": ",
                400,
                "request body cannot be read"),
            new Call("GET", "/api/progress", null, 401, "Sign in first"),
            new Call(
                "GET",
                "/api/progress",
                LoopbackClient.basic("no-such-user", "wrong"),
                401,
                "not accepted"),
            new Call("GET", "/api/progress", "Bearer gyomu_bot_guess", 401, "API token"),
            new Call("GET", "/api/form-drafts", manager, 403, "Your job"),
            new Call("DELETE", "/api/bot-tokens/x", analyst, 403, "Your job"),
            new Call("GET", "/api/documents/no-such-id", admin, 404, "No document with id"),
            new Call(
                "GET",
                "/api/documents/00000000-0000-4000-8000-000000000000/pdf",
                admin,
                "application/pdf",
                null,
                null,
                404,
                "No document with id"),
            new Call("GET", "/api/automation-tasks/NO-SUCH", manager, 404, "No automation task"),
            new Call("DELETE", "/api/bot-tokens/no-such-token", admin, 404, "No bot token"),
            new Call("GET", "/api/nothing-here", admin, 404, "nothing at this address"),
            new Call("DELETE", "/api/progress", admin, 405, "DELETE"),
            new Call(
                "POST",
                "/api/automation-tasks",
                analyst,
                "application/xml",
                "<task/>",
                415,
                "application/xml"),
            new Call(
                "POST",
                "/api/bot-tokens",
                admin,
                "application/json",
                "{\"bot\": \"" + TestUsers.ANALYST + "\"}",
                422,
                "not a member of the bots' group"))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void everyErrorOfTheApiIsAProblemInWords(Call call) throws Exception {
    var headers = new LinkedHashMap<String, String>();
    headers.put("Accept", call.accept());
    if (call.authorization() != null) {
      headers.put("Authorization", call.authorization());
    }
    if (call.contentType() != null) {
      headers.put("Content-Type", call.contentType());
    }
    // an address of its own: the failed logins here slow down no other test's client
    var reply =
        new LoopbackClient("127.0.0.41", port)
            .send(call.method(), call.path(), headers, call.body());

    JsonNode problem = assertProblem(reply, call.status(), call.path());
    assertThat(problem.get("detail").asText()).contains(call.detail());
    if (call.status() == 401) {
      assertThat(reply.header("WWW-Authenticate")).as("the challenge stays").isNotBlank();
    }
  }

  @Test
  void refusedValuesAreListedByFieldAndMessage() throws Exception {
    var reply =
        new LoopbackClient("127.0.0.1", port)
            .send(
                "PUT",
                "/api/automation-targets/2026",
                Map.of(
                    "Authorization",
                    LoopbackClient.basic(TestUsers.ANALYST, TestUsers.PASSWORD),
                    "Content-Type",
                    "application/json"),
                "{\"task_count\": -1}");

    JsonNode problem = assertProblem(reply, 400, "/api/automation-targets/2026");
    assertThat(problem.get("errors"))
        .as("no row for a single request")
        .containsExactly(
            JSON.readTree(
                "{\"field\": \"task_count\", \"message\": \"負の数にはできません\","
                    + " \"reason\": {\"code\": \"NEGATIVE\", \"args\": [], \"cause\": null}}"));
  }

  @Test
  void aThrottledClientIsToldHowLongToWaitInAProblem() throws Exception {
    var stranger = new LoopbackClient("127.0.0.42", port);
    String guess = LoopbackClient.basic("problem-guesser", "guess");
    Reply reply = stranger.get("/api/progress", guess);
    for (int i = 0; i < 10 && reply.status() != 429; i++) {
      reply = stranger.get("/api/progress", guess);
    }

    JsonNode problem = assertProblem(reply, 429, "/api/progress");
    assertThat(problem.get("detail").asText()).contains("Retry-After");
    assertThat(Long.parseLong(reply.header("Retry-After"))).isPositive();
  }

  @Test
  void theEngineRestApiAndThePagesKeepTheirOwnAnswers() {
    var client = new LoopbackClient("127.0.0.1", port);
    String manager = LoopbackClient.basic(TestUsers.MANAGER, TestUsers.PASSWORD);

    Reply engine = client.get("/engine-rest/deployment/no-such-id", manager);
    assertThat(engine.status()).isIn(403, 404);
    assertThat(engine.header("Content-Type")).doesNotContain("problem");

    Reply page =
        client.send(
            "GET",
            "/dashboard?half=3",
            Map.of("Authorization", manager, "Accept", "text/html"),
            null);
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.header("Content-Type")).startsWith("text/html");
  }

  @Test
  void theOpenApiDocumentShowsTheProblemShapeForEveryOperation() throws Exception {
    var reply =
        new LoopbackClient("127.0.0.1", port)
            .get("/v3/api-docs", LoopbackClient.basic(TestUsers.MANAGER, TestUsers.PASSWORD));
    assertThat(reply.status()).isEqualTo(200);
    JsonNode docs = JSON.readTree(reply.body());

    assertThat(docs.at("/components/schemas/Problem/properties").fieldNames())
        .toIterable()
        .contains("type", "title", "status", "detail", "instance", "errors");
    assertThat(docs.at("/components/responses/Problem/content").has("application/problem+json"))
        .isTrue();
    var operations = docs.get("paths").findParents("responses");
    assertThat(operations).hasSizeGreaterThan(20);
    assertThat(operations)
        .allSatisfy(
            operation ->
                assertThat(operation.at("/responses/4XX/$ref").asText())
                    .isEqualTo("#/components/responses/Problem"));
  }

  private static JsonNode assertProblem(Reply reply, int status, String pathAndQuery)
      throws Exception {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.header("Content-Type"))
        .as(reply.body())
        .startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(reply.body());
    assertThat(problem.get("type").asText()).isEqualTo("about:blank");
    assertThat(problem.get("title").asText())
        .isEqualTo(HttpStatus.valueOf(status).getReasonPhrase());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain(INTERNALS);
    assertThat(problem.get("instance").asText()).isEqualTo(pathAndQuery.replaceAll("\\?.*", ""));
    return problem;
  }
}
