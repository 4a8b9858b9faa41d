package jp.gyomu.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
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
 * Variables written over the engine REST API that the engine could not read back: an object of a
 * type outside the deserialisation allowlist, JSON nested thousands deep. Both are refused with 400
 * when written, and the task's variables stay readable.
 */
class VariableWriteCheckTest extends GyomuIntegrationTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired CaseStarter caseStarter;
  @Autowired PlatformTransactionManager transactions;
  final ObjectMapper json = new ObjectMapper();
  Task review;

  @BeforeEach
  void aCaseWaitingForReview() {
    var instance =
        new TestCases(caseStarter, transactions, runtime).travelExpenseUnsureOfItsAmount(5_000L);
    review =
        Await.until(
            "review",
            () -> tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult());
  }

  @Test
  void anObjectVariableNamingJavaNetUrlIsRefusedAndTheTaskStaysReadable() throws Exception {
    var answer = putObject("link", "\"http://attacker.example/\"", "java.net.URL");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains("java.net.URL");
    assertThat(taskVariables()).doesNotContainKey("link").containsKey("documentId");
  }

  @Test
  void aForbiddenTypeInsideAGenericListIsRefused() throws Exception {
    var answer = putObject("links", "[\"http://a.example/\"]", "java.util.ArrayList<java.net.URL>");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(taskVariables()).doesNotContainKey("links");
  }

  @Test
  void aListOfStringsIsStillAcceptedAndReadBack() throws Exception {
    var answer = putObject("names", "[\"山田\",\"佐藤\"]", "java.util.ArrayList<java.lang.String>");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
    assertThat(taskVariables().get("names").get("value").toString()).contains("山田", "佐藤");
  }

  @Test
  void aJsonVariableNestedFiveThousandDeepIsRefusedAndTheTaskStaysReadable() throws Exception {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    var answer = put("deep", Map.of("type", "Json", "value", deep));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains("nested deeper than 100 levels");
    assertThat(taskVariables()).doesNotContainKey("deep").containsKey("documentId");
  }

  @Test
  void anObjectVariableWithDeepJsonIsRefusedToo() throws Exception {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    var answer = putObject("deepList", deep, "java.util.ArrayList");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(taskVariables()).doesNotContainKey("deepList");
  }

  @Test
  void aJsonVariableOfOrdinaryDepthIsStored() throws Exception {
    var answer = put("shallow", Map.of("type", "Json", "value", "{\"a\":{\"b\":[1,2,{\"c\":3}]}}"));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
    assertThat(taskVariables()).containsKey("shallow");
  }

  private HttpResponse<String> putObject(String name, String serialized, String typeName)
      throws Exception {
    return put(
        name,
        Map.of(
            "type",
            "Object",
            "value",
            serialized,
            "valueInfo",
            Map.of("objectTypeName", typeName, "serializationDataFormat", "application/json")));
  }

  private HttpResponse<String> put(String name, Map<String, Object> variable) throws Exception {
    return new Http(port)
        .send(
            "PUT",
            "/engine-rest/process-instance/" + review.getProcessInstanceId() + "/variables/" + name,
            "admin",
            TestUsers.ADMIN_PASSWORD,
            "application/json",
            json.writeValueAsString(variable));
  }

  /** The task's variables as Tasklist and bots read them: deserialised. */
  private Map<String, com.fasterxml.jackson.databind.JsonNode> taskVariables() throws Exception {
    var answer =
        new Http(port)
            .send(
                "GET",
                "/engine-rest/task/" + review.getId() + "/variables",
                "admin",
                TestUsers.ADMIN_PASSWORD);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    var variables = new java.util.LinkedHashMap<String, com.fasterxml.jackson.databind.JsonNode>();
    json.readTree(answer.body())
        .fields()
        .forEachRemaining(e -> variables.put(e.getKey(), e.getValue()));
    return variables;
  }
}
