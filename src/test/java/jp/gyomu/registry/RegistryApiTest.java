package jp.gyomu.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.ProblemErrors;
import jp.gyomu.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

class RegistryApiTest extends GyomuIntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity);
  }

  @Test
  void anAnalystRegistersATaskAndEveryStatusChangeIsRecordedWithWhoMadeIt() {
    var analyst = as(TestUsers.ANALYST);
    var created =
        analyst.postForEntity("/api/automation-tasks", task("API-001", "PILOT"), Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    var updated =
        analyst.exchange(
            "/api/automation-tasks/API-001",
            HttpMethod.PUT,
            new HttpEntity<>(task("API-001", "PRODUCTION")),
            Map.class);
    assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<?> history = analyst.getForObject("/api/automation-tasks/API-001/history", List.class);
    assertThat(history).hasSize(2);
    Map<?, ?> change = (Map<?, ?>) history.get(1);
    assertThat(change.get("from")).isEqualTo("PILOT");
    assertThat(change.get("to")).isEqualTo("PRODUCTION");
    assertThat(change.get("changed_by")).isEqualTo(TestUsers.ANALYST);
  }

  @Test
  void managersReadButDoNotEdit() {
    var manager = as(TestUsers.MANAGER);
    assertThat(manager.getForEntity("/api/automation-tasks", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(manager.getForEntity("/api/progress?fiscalYear=2026&half=1", Map.class).getBody())
        .containsKeys("automated", "target", "total", "months");
    assertThat(
            manager
                .postForEntity("/api/automation-tasks", task("API-002", "PILOT"), String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void botsMayOnlyReportRuns() {
    as(TestUsers.ANALYST)
        .postForEntity("/api/automation-tasks", task("API-003", "PILOT"), Map.class);
    var bot = as(TestUsers.BOT);
    var run = Map.of("cases", 40, "human_minutes", 12.5);
    assertThat(
            bot.postForEntity("/api/automation-tasks/API-003/runs", run, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(bot.getForEntity("/api/automation-tasks", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            bot.postForEntity("/api/automation-tasks", task("API-004", "PILOT"), String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void anImportWithOneBadRowImportsNothingAndSaysRowColumnAndReason() {
    String csv =
        "code,name_ja,department,technology,status,baseline_minutes,expected_annual_cases\n"
            + "IMP-001,良い行,総務部,RPA,候補,10,100\n"
            + "IMP-002,悪い行,総務部,RPA,実証,ten,100\n";
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    var answer =
        as(TestUsers.ANALYST)
            .postForEntity(
                "/api/automation-tasks/import?format=csv",
                new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers),
                Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ProblemErrors.read(answer.getBody().get("errors")))
        .as("in Japanese, the language of a caller who asks for none")
        .isEqualTo(
            List.of(Map.of("row", 2, "field", "baseline_minutes", "message", "「ten」は整数ではありません")));
    var reason =
        (Map<?, ?>) ((Map<?, ?>) ((List<?>) answer.getBody().get("errors")).get(0)).get("reason");
    assertThat(reason.get("code")).isEqualTo("NOT_A_WHOLE_NUMBER");
    assertThat(reason.get("args")).isEqualTo(List.of("ten"));
    assertThat(
            as(TestUsers.MANAGER)
                .getForEntity("/api/automation-tasks/IMP-001", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theExportReadsBackAsAnImportThatChangesNothing() {
    var analyst = as(TestUsers.ANALYST);
    String yaml = analyst.getForObject("/api/automation-tasks/export?format=yaml", String.class);
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("application/yaml"));
    var answer =
        analyst.postForEntity(
            "/api/automation-tasks/import?format=yaml", new HttpEntity<>(yaml, headers), Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("created", 0);
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, TestUsers.PASSWORD);
  }

  private static Map<String, Object> task(String code, String status) {
    return Map.of(
        "code",
        code,
        "name_ja",
        "テスト業務",
        "department",
        "総務部",
        "technology",
        "RPA",
        "status",
        status,
        "go_live_date",
        "2026-04-01",
        "baseline_minutes",
        15,
        "expected_annual_cases",
        1000);
  }
}
