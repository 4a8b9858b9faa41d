package jp.gyomu.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.Http;
import jp.gyomu.support.TestUsers;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What each job may do with a case's work, through both doors to the engine: the webapps' API with
 * a real Cockpit or Tasklist session, and {@code /engine-rest}. The case (work-access.bpmn) holds
 * at once an operators' review, a managers' approval, a bot step and a waiting job.
 */
class CaseWorkAccessTest extends GyomuIntegrationTest {

  private static final String API = "/camunda/api/engine/engine/default";
  private static final String OPERATOR = "work-operator";
  private static final String MANAGER = "work-manager";
  private static final String OTHER_MANAGER = "work-manager-2";
  private static final String TOPIC = "rpa.work-access";

  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ExternalTaskService externalTasks;
  @Autowired ManagementService management;
  @LocalServerPort int port;

  @BeforeEach
  void caseAndPeople() {
    TestUsers.ensure(identity, OPERATOR, Roles.OPERATOR_GROUP);
    TestUsers.ensure(identity, MANAGER, Roles.MANAGER_GROUP);
    TestUsers.ensure(identity, OTHER_MANAGER, Roles.MANAGER_GROUP);
    repository
        .createDeployment()
        .addClasspathResource("processes/work-access.bpmn")
        .enableDuplicateFiltering(true)
        .name("work-access-test")
        .deploy();
  }

  @Test
  void anOperatorInCockpitCannotModifyACaseNorFetchOrCompleteItsBotStep() {
    String instance = startCase();
    LockedExternalTask botStep = lockedByABot(instance);
    var cockpit = loggedIn(OPERATOR, "cockpit");

    assertThat(
            cockpit
                .webapp(
                    "POST",
                    API + "/process-instance/" + instance + "/modification",
                    "application/json",
                    json(
                        """
                        {"instructions":[{"type":"startBeforeActivity","activityId":"approve"}]}"""))
                .statusCode())
        .as("start before the approval")
        .isEqualTo(403);
    assertThat(
            cockpit
                .webapp(
                    "POST",
                    API + "/external-task/fetchAndLock",
                    "application/json",
                    json(
                        """
                        {"workerId":"work-operator","maxTasks":5,
                         "topics":[{"topicName":"rpa.work-access","lockDuration":60000}]}"""))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            cockpit
                .webapp(
                    "POST",
                    API + "/external-task/" + botStep.getId() + "/complete",
                    "application/json",
                    json("{\"workerId\":\"" + botStep.getWorkerId() + "\"}"))
                .statusCode())
        .isEqualTo(403);

    assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("approve"))
        .extracting(q -> q.count())
        .as("still one approval")
        .isEqualTo(1L);
    assertThat(externalTasks.createExternalTaskQuery().externalTaskId(botStep.getId()).count())
        .as("the bot step is still the bot's")
        .isOne();
  }

  @Test
  void theEngineItselfRefusesOperatorsChangingACaseOrABotStepWhateverTheDoor() {
    String instance = startCase();
    LockedExternalTask botStep = lockedByABot(instance);
    identity.setAuthentication(OPERATOR, List.of(Roles.OPERATOR_GROUP));
    try {
      assertThatThrownBy(
              () ->
                  runtime
                      .createProcessInstanceModification(instance)
                      .startBeforeActivity("approve")
                      .execute())
          .isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> runtime.suspendProcessInstanceById(instance))
          .isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> runtime.setVariable(instance, "amount", 1))
          .isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> externalTasks.complete(botStep.getId(), botStep.getWorkerId()))
          .isInstanceOf(AuthorizationException.class);
      // posing as the bot's worker: only the authorization stands in the way
      assertThatThrownBy(
              () -> externalTasks.extendLock(botStep.getId(), botStep.getWorkerId(), 60_000))
          .isInstanceOf(AuthorizationException.class);
      assertThat(externalTasks.fetchAndLock(5, OPERATOR).topic(TOPIC, 60_000).execute())
          .as("nothing to fetch for an operator")
          .isEmpty();
    } finally {
      identity.clearAuthentication();
    }
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).active().count())
        .isOne();
  }

  @Test
  void anOperatorInTasklistWorksTheirGroupsReviewButNotAManagersApproval() {
    String instance = startCase();
    var tasklist = loggedIn(OPERATOR, "tasklist");
    Task review = task(instance, "review");
    Task approval = task(instance, "approve");

    assertThat(claim(tasklist, review, OPERATOR).statusCode()).isEqualTo(204);
    assertThat(complete(tasklist, review).statusCode()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("review done").isZero();

    assertThat(claim(tasklist, approval, OPERATOR).statusCode()).isEqualTo(403);
    assertThat(complete(tasklist, approval).statusCode()).isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).singleResult())
        .as("the approval waits for a manager, unclaimed")
        .extracting(Task::getAssignee)
        .isNull();
  }

  @Test
  void anOperatorRetriesAFailedJobAndAFailedBotStep() {
    String instance = startCase();
    String job = management.createJobQuery().processInstanceId(instance).singleResult().getId();
    management.setJobRetries(job, 0);
    LockedExternalTask botStep = lockedByABot(instance);
    externalTasks.handleFailure(botStep.getId(), botStep.getWorkerId(), "ledger down", 0, 0);
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count())
        .as("a failed job and a failed bot step")
        .isEqualTo(2);
    var cockpit = loggedIn(OPERATOR, "cockpit");

    assertThat(
            cockpit
                .webapp("PUT", API + "/job/" + job + "/retries", "application/json", retries())
                .statusCode())
        .isEqualTo(204);
    assertThat(
            cockpit
                .webapp(
                    "PUT",
                    API + "/external-task/" + botStep.getId() + "/retries",
                    "application/json",
                    retries())
                .statusCode())
        .isEqualTo(204);

    assertThat(management.createJobQuery().jobId(job).singleResult().getRetries()).isOne();
    assertThat(
            externalTasks
                .createExternalTaskQuery()
                .externalTaskId(botStep.getId())
                .singleResult()
                .getRetries())
        .isOne();
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
  }

  @Test
  void aTaskOneManagerClaimedIsNeitherCompletedNorTakenByAnother() {
    Task approval = task(startCase(), "approve");
    var holder = loggedIn(MANAGER, "tasklist");
    var other = loggedIn(OTHER_MANAGER, "tasklist");
    assertThat(claim(holder, approval, MANAGER).statusCode()).isEqualTo(204);

    assertThat(complete(other, approval).statusCode()).as("complete").isEqualTo(403);
    assertThat(
            other
                .webapp(
                    "POST",
                    API + "/task/" + approval.getId() + "/unclaim",
                    "application/json",
                    json("{}"))
                .statusCode())
        .as("unclaim")
        .isEqualTo(403);
    assertThat(assign(other, approval, OTHER_MANAGER).statusCode()).as("reassign").isEqualTo(403);
    assertThat(
            new Http(port)
                .send(
                    "POST",
                    "/engine-rest/task/" + approval.getId() + "/complete",
                    OTHER_MANAGER,
                    TestUsers.PASSWORD,
                    "application/json",
                    "{}")
                .statusCode())
        .as("complete over /engine-rest")
        .isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).singleResult().getAssignee())
        .isEqualTo(MANAGER);

    assertThat(complete(holder, approval).statusCode()).as("the holder approves").isEqualTo(204);
  }

  @Test
  void aManagerCannotHandTheirGroupsTaskToSomeoneElse() {
    Task approval = task(startCase(), "approve");
    var tasklist = loggedIn(MANAGER, "tasklist");

    assertThat(assign(tasklist, approval, OTHER_MANAGER).statusCode()).isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).singleResult().getAssignee())
        .isNull();
  }

  @Test
  void anAdministratorReassignsAndCompletesATaskSomeoneElseClaimed() {
    Task approval = task(startCase(), "approve");
    assertThat(claim(loggedIn(MANAGER, "tasklist"), approval, MANAGER).statusCode()).isEqualTo(204);
    var admin = loggedIn(IdentityBootstrap.ADMIN_USER, "tasklist");

    assertThat(assign(admin, approval, OTHER_MANAGER).statusCode()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).singleResult().getAssignee())
        .isEqualTo(OTHER_MANAGER);
    assertThat(complete(admin, approval).statusCode()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).count()).isZero();
  }

  @Test
  void aSessionOfSomeoneWhoMayOpenNoWebappIsRefusedOnTheWebappsApi() {
    String user = TestUsers.ensure(identity, "work-turned-bot", Roles.OPERATOR_GROUP);
    var tasklist = loggedIn(user, "tasklist");
    assertThat(tasklist.get(API + "/task").statusCode()).isEqualTo(200);

    identity.deleteMembership(user, Roles.OPERATOR_GROUP);
    identity.createMembership(user, Roles.BOT_GROUP);

    assertThat(tasklist.get(API + "/task").statusCode()).isEqualTo(403);
    assertThat(tasklist.get(API + "/external-task").statusCode())
        .as("not even what a bot may read over /engine-rest")
        .isEqualTo(403);
    assertThat(
            tasklist
                .get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics")
                .statusCode())
        .as("the webapps' own plugin API")
        .isEqualTo(403);
  }

  @Test
  void cockpitsParallelRequestsOfOneSessionAllGetThrough() throws Exception {
    var cockpit = loggedIn(OPERATOR, "cockpit");
    String session = cockpit.cookie("JSESSIONID");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var calls = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
      for (int i = 0; i < 12; i++) {
        calls.add(pool.submit(() -> cockpit.get(API + "/process-definition").statusCode()));
      }
      for (var call : calls) {
        assertThat(call.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(cockpit.cookie("JSESSIONID")).as("the session keeps its id").isEqualTo(session);
  }

  private String startCase() {
    return runtime.startProcessInstanceByKey("work-access").getId();
  }

  private Task task(String instance, String key) {
    return tasks
        .createTaskQuery()
        .processInstanceId(instance)
        .taskDefinitionKey(key)
        .singleResult();
  }

  /** The case's bot step, fetched by a bot (the engine without a user, as the job executor). */
  private LockedExternalTask lockedByABot(String instance) {
    return externalTasks.fetchAndLock(10, "work-bot").topic(TOPIC, 600_000).execute().stream()
        .filter(t -> t.getProcessInstanceId().equals(instance))
        .findFirst()
        .orElseThrow();
  }

  private BrowserSession loggedIn(String user, String app) {
    var session = new BrowserSession(port);
    String password =
        user.equals(IdentityBootstrap.ADMIN_USER) ? TestUsers.ADMIN_PASSWORD : TestUsers.PASSWORD;
    assertThat(session.webappLogin(app, user, password).statusCode())
        .as(user + " logs into " + app)
        .isEqualTo(200);
    return session;
  }

  private static HttpResponse<String> claim(BrowserSession session, Task task, String user) {
    return session.webapp(
        "POST",
        API + "/task/" + task.getId() + "/claim",
        "application/json",
        json("{\"userId\":\"" + user + "\"}"));
  }

  private static HttpResponse<String> assign(BrowserSession session, Task task, String user) {
    return session.webapp(
        "POST",
        API + "/task/" + task.getId() + "/assignee",
        "application/json",
        json("{\"userId\":\"" + user + "\"}"));
  }

  private static HttpResponse<String> complete(BrowserSession session, Task task) {
    return session.webapp(
        "POST", API + "/task/" + task.getId() + "/complete", "application/json", json("{}"));
  }

  private static byte[] retries() {
    return json("{\"retries\":1}");
  }

  private static byte[] json(String body) {
    return body.getBytes(StandardCharsets.UTF_8);
  }
}
