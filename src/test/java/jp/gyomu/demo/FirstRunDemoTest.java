package jp.gyomu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.gyomu.support.GyomuProcess;
import jp.gyomu.support.Http;
import jp.gyomu.support.ProjectFolders;
import jp.gyomu.support.SeparateJvm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first run as a newcomer sees it: Gyomu started as its own process on a fresh H2 data folder
 * with the demo on (the default), its generated scans read by the real intake and worked by the
 * real processes and the reference bot; then started again on the same folder.
 */
@SeparateJvm
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunDemoTest {

  private static final String ADMIN = "admin";
  private static final String PASSWORD = "first-run-Demo-Passw0rd";
  private static final Pattern SETTLED =
      Pattern.compile("Demo documents: (\\d+) scans read and settled (\\d+) ms");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  static GyomuProcess gyomu;
  static Http http;
  static long readyMillis;
  static List<JsonNode> documents;

  @BeforeAll
  static void startOnAFreshDataFolder() throws Exception {
    gyomu = start();
    http = gyomu.http();
    String log = awaitLog(gyomu, SETTLED);
    documents = documents();
    Matcher settled = SETTLED.matcher(log);
    settled.find();
    System.out.printf(
        "First run: ready %d ms after the JVM started; %s demo documents settled %s ms after"
            + " they were handed in%n",
        readyMillis, settled.group(1), settled.group(2));
  }

  @AfterAll
  static void stop() throws Exception {
    if (gyomu != null) {
      gyomu.close();
      keepLog("second-start");
    }
  }

  /** The log as a build artefact: the data folder is removed after the test. */
  private static void keepLog(String name) throws Exception {
    Path kept = Files.createDirectories(ProjectFolders.root().resolve("target/first-run-demo"));
    Files.copy(gyomu.log(), kept.resolve(name + ".log"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  @Order(1)
  void everyDemoScanEndsInTheStateItWasChosenFor() {
    Map<String, List<String>> byStatus = new HashMap<>();
    for (JsonNode d : documents) {
      byStatus
          .computeIfAbsent(d.path("status").asText(), s -> new ArrayList<>())
          .add(d.path("originalName").asText());
    }
    assertThat(documents).hasSize(DemoDocuments.scans().size());
    assertThat(byStatus.get("NEEDS_ROUTING")).containsExactly("就学援助申請書.png");
    assertThat(byStatus.get("QUARANTINED")).containsExactly("請求書_送信途中.pdf");
    assertThat(byStatus.get("DUPLICATE")).hasSize(1).allMatch(n -> n.startsWith("旅費精算書_教育委員会"));
    assertThat(byStatus.get("FAILED")).as(byStatus.toString()).containsExactly("旅費精算書_会計課.png");
    assertThat(byStatus.get("HANDED_OFF")).hasSize(documents.size() - 4);
    JsonNode quarantined = only("QUARANTINED");
    assertThat(quarantined.path("error").asText()).contains("PDF").contains("damaged");
  }

  @Test
  @Order(2)
  void eachShippedTypeHasAReviewWaitingWithItsScannedPage() throws Exception {
    for (String type : List.of("travel-expense", "invoice", "subsidy-application")) {
      JsonNode reviews = tasks("processDefinitionKey=" + type + "&taskDefinitionKey=review");
      assertThat(reviews).as(type).isNotEmpty();
      String documentId = businessKey(reviews.get(0));
      var page = http.getBytes("/api/documents/" + documentId + "/pages/1.png", ADMIN, PASSWORD);
      assertThat(page.statusCode()).as(type).isEqualTo(200);
      assertThat(page.body()).hasSizeGreaterThan(10_000);
    }
  }

  @Test
  @Order(3)
  void casesWaitAtEveryStepAndSomeAreFinished() {
    // the job executor and the bot work on after the documents settled
    awaitCount(
        "a manager's approval", "/engine-rest/task/count?taskDefinitionKey=managerApproval", 1);
    awaitCount(
        "a duplicate invoice to decide",
        "/engine-rest/task/count?taskDefinitionKey=confirmDuplicate",
        1);
    awaitCount(
        "the ledger entry the bot refused, to fix",
        "/engine-rest/task/count?processDefinitionKey=travel-expense&taskDefinitionKey=fixEntry",
        1);
    awaitCount(
        "cases the bot finished",
        "/engine-rest/history/process-instance/count?finished=true&processDefinitionKeyIn="
            + "travel-expense,invoice,subsidy-application",
        3);
  }

  @Test
  @Order(4)
  void noSeparateDemoProcessesAreDeployed() throws Exception {
    assertThat(get("/engine-rest/process-definition?keyLike=demo-%25")).isEmpty();
    assertThat(get("/engine-rest/deployment?name=gyomu-demo")).isEmpty();
  }

  @Test
  @Order(5)
  void theDashboardCountsTheDemoCasesUnderTheShippedProcesses() throws Exception {
    JsonNode registry = get("/api/automation-tasks");
    List<String> keys = new ArrayList<>();
    registry.forEach(t -> keys.add(t.path("process_key").asText(null)));
    assertThat(keys).contains("travel-expense", "invoice", "subsidy-application");
    assertThat(keys).noneMatch(k -> k != null && k.startsWith("demo-"));
  }

  @Test
  @Order(6)
  void theScanThatArrivedWhileItsProcessWasPausedStartsItsCaseWhenRetried() throws Exception {
    JsonNode failed = only("FAILED");
    assertThat(failed.path("error").asText()).as("why it failed").isNotBlank();
    assertThat(
            get("/engine-rest/process-definition/key/travel-expense").path("suspended").asBoolean())
        .as("travel-expense resumed after the demo paused it")
        .isFalse();
    String id = failed.path("id").asText();
    var retry = http.send("POST", "/api/documents/" + id + "/retry", ADMIN, PASSWORD);
    assertThat(retry.statusCode()).as(retry.body()).isBetween(200, 202);
    await("the retried scan handed off")
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> get("/api/documents/" + id).path("document").path("status").asText(),
            "HANDED_OFF"::equals);
  }

  @Test
  @Order(7)
  void aSecondStartOnTheSameDataAddsNothing() throws Exception {
    long openTasks = get("/engine-rest/task").size();
    gyomu.close();
    keepLog("first-start");
    gyomu = start();
    http = gyomu.http();
    awaitLog(gyomu, SETTLED);
    assertThat(documents()).hasSameSizeAs(documents);
    assertThat(get("/engine-rest/task").size()).isEqualTo(openTasks);
    assertThat(gyomu.logText()).doesNotContain("Demo data:");
  }

  private static GyomuProcess start() throws Exception {
    long started = System.nanoTime();
    var process =
        GyomuProcess.start(
            GyomuProcess.fromClassPath(),
            temp.resolve("data"),
            List.of("--gyomu.admin-password=" + PASSWORD, "--gyomu.demo.enabled=true"));
    readyMillis = (System.nanoTime() - started) / 1_000_000;
    return process;
  }

  private static String awaitLog(GyomuProcess process, Pattern line) {
    return await("demo documents settled")
        .atMost(Duration.ofMinutes(10))
        .pollInterval(Duration.ofSeconds(1))
        .until(process::logText, text -> line.matcher(text).find());
  }

  private static void awaitCount(String what, String path, int atLeast) {
    await(what)
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> get(path).path("count").asInt() >= atLeast);
  }

  private static List<JsonNode> documents() throws Exception {
    List<JsonNode> list = new ArrayList<>();
    get("/api/documents?size=500").path("items").forEach(list::add);
    return list;
  }

  private static JsonNode only(String status) {
    return documents.stream()
        .filter(d -> d.path("status").asText().equals(status))
        .findFirst()
        .orElseThrow();
  }

  private static JsonNode tasks(String query) throws Exception {
    return get("/engine-rest/task?" + query);
  }

  private static String businessKey(JsonNode task) throws Exception {
    return get("/engine-rest/process-instance/" + task.path("processInstanceId").asText())
        .path("businessKey")
        .asText();
  }

  private static JsonNode get(String path) throws Exception {
    var response = http.get(path, ADMIN, PASSWORD);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
