package jp.gyomu.system;

import static org.assertj.core.api.Assertions.assertThat;

import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.Http;
import jp.gyomu.support.TestUsers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** What must hold on every supported database: the same checks run on H2 and PostgreSQL. */
abstract class PlatformContract extends GyomuIntegrationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repository;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @LocalServerPort int port;

  @Test
  void engineSchemaIsCreated() {
    Integer definitions = jdbc.queryForObject("select count(*) from ACT_RE_PROCDEF", Integer.class);
    assertThat(definitions).isPositive();
  }

  @Test
  void everyGyomuMigrationIsApplied() throws java.io.IOException {
    int migrations =
        new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
            .getResources("classpath:db/migration/V*.sql")
            .length;
    Integer applied =
        jdbc.queryForObject(
            "select count(*) from \"gyomu_schema_history\" where \"success\" = true"
                + " and \"type\" = 'SQL'",
            Integer.class);
    assertThat(applied).isEqualTo(migrations).isPositive();
  }

  @Test
  void theShippedProcessesFromTheProcessesFolderAreDeployed() {
    assertThat(
            repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("nightly-reconciliation")
                .count())
        .isEqualTo(1);
  }

  @Test
  void aProcessStartsAndCompletesOverTheEngineRestApi() {
    repository
        .createDeployment()
        .addClasspathResource("processes/round-trip.bpmn")
        .enableDuplicateFiltering(true)
        .name("round-trip-test")
        .deploy();
    var http = new Http(port);
    var start =
        http.send(
            "POST",
            "/engine-rest/process-definition/key/round-trip/start",
            "admin",
            TestUsers.ADMIN_PASSWORD,
            "application/json",
            "{\"businessKey\":\"rt-" + System.nanoTime() + "\"}");
    assertThat(start.statusCode()).as(start.body()).isEqualTo(200);
    String instanceId = start.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

    var tasks =
        http.get(
            "/engine-rest/task?processInstanceId=" + instanceId, "admin", TestUsers.ADMIN_PASSWORD);
    assertThat(tasks.body()).contains("確認 (Check)");
    String taskId = tasks.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
    var complete =
        http.send(
            "POST",
            "/engine-rest/task/" + taskId + "/complete",
            "admin",
            TestUsers.ADMIN_PASSWORD,
            "application/json",
            "{}");
    assertThat(complete.statusCode()).isEqualTo(204);

    var finished =
        history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult();
    assertThat(finished.getEndTime()).isNotNull();
  }

  @Test
  void theAdministratorAndTheJobGroupsExist() {
    assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("admin").count())
        .isOne();
    assertThat(
            identity
                .createGroupQuery()
                .groupIdIn("gyomu-analysts", "gyomu-operators", "gyomu-managers", "gyomu-bots")
                .count())
        .isEqualTo(4);
  }
}
