package jp.gyomu.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
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
import org.springframework.http.HttpStatus;

/** {@code POST /api/automation-tasks/{code}/status-changes}: a new status, its day and a note. */
class StatusChangeApiTest extends GyomuIntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired RegistryService registry;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity);
    TestUsers.ensure(identity, OPERATOR, "gyomu-operators");
  }

  private static final String OPERATOR = "t-operator";

  @Test
  void aStatusDecidedEarlierTakesEffectOnItsDayWithItsNoteAndGivesTheGoLiveDate() {
    registeredOn("SC-001", TaskStatus.PILOT, "2025-01-10T01:00:00Z");
    var change =
        Map.of("status", "PRODUCTION", "effective_date", "2025-04-01", "note", "部長決裁により本格導入");

    var answer =
        as(TestUsers.ANALYST)
            .postForEntity("/api/automation-tasks/SC-001/status-changes", change, Map.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(answer.getHeaders().getLocation())
        .hasToString("/api/automation-tasks/SC-001/history");
    assertThat(answer.getBody())
        .containsEntry("from", "PILOT")
        .containsEntry("to", "PRODUCTION")
        .containsEntry("changed_at", "2025-04-01T00:00:00+09:00")
        .containsEntry("changed_by", TestUsers.ANALYST)
        .containsEntry("note", "部長決裁により本格導入");
    assertThat(LocalDate.parse(((String) answer.getBody().get("recorded_at")).substring(0, 10)))
        .isAfter(LocalDate.of(2025, 4, 1));
    List<Object> history =
        as(TestUsers.MANAGER).getForObject("/api/automation-tasks/SC-001/history", List.class);
    assertThat(history).hasSize(2).last().isEqualTo(answer.getBody());
    Map<String, Object> task =
        as(TestUsers.MANAGER).getForObject("/api/automation-tasks/SC-001", Map.class);
    assertThat(task)
        .containsEntry("status", "PRODUCTION")
        .containsEntry("go_live_date", "2025-04-01");
  }

  @Test
  void aStatusChangeOnTheDayOfTheLastOneComesAfterIt() {
    registeredOn("SC-002", TaskStatus.CANDIDATE, "2025-05-20T03:00:00Z");
    var change = Map.of("status", "IN_DEVELOPMENT", "effective_date", "2025-05-20");

    var answer =
        as(TestUsers.ANALYST)
            .postForEntity("/api/automation-tasks/SC-002/status-changes", change, Map.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(answer.getBody()).containsEntry("changed_at", "2025-05-20T12:00:00.001+09:00");
    assertThat(answer.getBody().get("note")).isNull();
    List<StatusChange> history = registry.statusHistory("SC-002");
    assertThat(history)
        .extracting(StatusChange::to)
        .containsExactly(TaskStatus.CANDIDATE, TaskStatus.IN_DEVELOPMENT);
  }

  @Test
  void withoutADayTheChangeTakesEffectNow() {
    registeredOn("SC-003", TaskStatus.CANDIDATE, "2025-05-20T03:00:00Z");
    Instant before = Instant.now();

    var answer =
        as(TestUsers.ANALYST)
            .postForEntity(
                "/api/automation-tasks/SC-003/status-changes",
                Map.of("status", "RETIRED"),
                Map.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Instant changedAt =
        java.time.OffsetDateTime.parse((String) answer.getBody().get("changed_at")).toInstant();
    assertThat(changedAt).isBetween(before.minusSeconds(1), Instant.now());
  }

  @Test
  void refusedChangesSayWhichFieldAndSaveNothing() {
    registeredOn("SC-004", TaskStatus.PILOT, "2025-06-01T03:00:00Z");
    var change = new HashMap<String, Object>();
    change.put("status", "PILOT");
    change.put("effective_date", LocalDate.now().plusDays(2).toString());
    change.put("note", "x".repeat(2001));

    var answer =
        as(TestUsers.ANALYST)
            .postForEntity("/api/automation-tasks/SC-004/status-changes", change, Map.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ProblemErrors.read(answer.getBody().get("errors")))
        .containsExactly(
            Map.of("field", "status", "message", "すでにこの業務の状態です"),
            Map.of("field", "effective_date", "message", "未来の日付にはできません"),
            Map.of("field", "note", "message", "2000 文字を超えています"));

    var beforeLast = Map.of("status", "PRODUCTION", "effective_date", "2025-05-31");
    var early =
        as(TestUsers.ANALYST)
            .postForEntity("/api/automation-tasks/SC-004/status-changes", beforeLast, Map.class);
    assertThat(ProblemErrors.read(early.getBody().get("errors")))
        .containsExactly(
            Map.of("field", "effective_date", "message", "この業務の最後の状態変更 (2025-06-01) より前にはできません"));
    var noStatus =
        as(TestUsers.ANALYST)
            .postForEntity(
                "/api/automation-tasks/SC-004/status-changes", Map.of("note", "?"), Map.class);
    assertThat(ProblemErrors.read(noStatus.getBody().get("errors")))
        .containsExactly(Map.of("field", "status", "message", "必須です"));
    assertThat(registry.statusHistory("SC-004")).hasSize(1);
    assertThat(registry.task("SC-004").status()).isEqualTo(TaskStatus.PILOT);
  }

  @Test
  void managersAndOperatorsCannotChangeAStatusAndAnUnknownTaskIsNotFound() {
    registeredOn("SC-005", TaskStatus.PILOT, "2025-06-01T03:00:00Z");
    var change = Map.of("status", "RETIRED");
    for (String user : List.of(TestUsers.MANAGER, OPERATOR)) {
      assertThat(
              as(user)
                  .postForEntity(
                      "/api/automation-tasks/SC-005/status-changes", change, String.class)
                  .getStatusCode())
          .as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(
            as(TestUsers.ANALYST)
                .postForEntity("/api/automation-tasks/NO-SUCH/status-changes", change, Map.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(registry.task("SC-005").status()).isEqualTo(TaskStatus.PILOT);
  }

  private void registeredOn(String code, TaskStatus status, String instant) {
    if (registry.tasks().stream().anyMatch(t -> t.code().equals(code))) {
      return;
    }
    registry.create(
        new AutomationTask(
            code, "状態変更テスト", null, "総務部", null, Technology.RPA, status, null, null, 15, 100, null),
        "test",
        Instant.parse(instant));
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, TestUsers.PASSWORD);
  }
}
