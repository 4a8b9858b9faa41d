package jp.gyomu.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.Http;
import jp.gyomu.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What each job can really do with well-formed requests, where the engine's own authorizations
 * decide (AccessMatrixTest covers who gets past the door of every endpoint).
 */
class JobsAccessTest extends GyomuIntegrationTest {

  private static final String MINIMAL_BPMN =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
        <bpmn:process id="access-probe" isExecutable="true" camunda:historyTimeToLive="P1D">
          <bpmn:startEvent id="s"/>
        </bpmn:process>
      </bpmn:definitions>""";

  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void users() {
    http = new Http(port);
    Caller.ensureUsers(identity);
  }

  @Test
  void botsWorkExternalTasksOverRestAndReadNothingElse() {
    var fetch =
        http.send(
            "POST",
            "/engine-rest/external-task/fetchAndLock",
            user(Caller.BOT),
            TestUsers.PASSWORD,
            "application/json",
            """
            {"workerId":"matrix-bot","maxTasks":1,
             "topics":[{"topicName":"rpa.nightly-reconciliation","lockDuration":1000}]}""");
    assertThat(fetch.statusCode()).isEqualTo(200);
    for (String path :
        new String[] {
          "/engine-rest/process-definition",
          "/engine-rest/process-instance",
          "/engine-rest/task",
          "/engine-rest/variable-instance",
          "/engine-rest/engine/default/process-instance",
          "/api/documents"
        }) {
      assertThat(http.get(path, user(Caller.BOT), TestUsers.PASSWORD).statusCode())
          .as(path)
          .isEqualTo(403);
    }
  }

  @Test
  void aBotCannotLogIntoAnyCamundaWebappNotEvenTheWelcomePage() {
    for (String app : EndpointCatalog.WEBAPPS) {
      var session = new BrowserSession(port);
      assertThat(session.webappLogin(app, user(Caller.BOT), TestUsers.PASSWORD).statusCode())
          .as(app)
          .isEqualTo(403);
      assertThat(session.get("/camunda/api/engine/engine/default/process-instance").statusCode())
          .as("the webapps' API after a refused login to " + app)
          .isEqualTo(401);
    }
    var variant = new BrowserSession(port);
    assertThat(
            variant
                .webappLoginAt(
                    "/camunda/api/admin/auth/user/default/login/welcome/",
                    user(Caller.BOT),
                    TestUsers.PASSWORD)
                .statusCode())
        .as("a trailing slash")
        .isIn(403, 404);
    assertThat(variant.get("/camunda/api/engine/engine/default/process-instance").statusCode())
        .isEqualTo(401);
    // a user of its own, as the login form's failures are counted per user name too
    String lockable = TestUsers.ensure(identity, "bot-wrong-password", Roles.BOT_GROUP);
    assertThat(new BrowserSession(port).webappLogin("welcome", lockable, "wrong").statusCode())
        .as("a wrong password is told apart from a refused job only as Camunda does")
        .isEqualTo(401);
  }

  @Test
  void anOperatorInCockpitRetriesAndWorksCasesButCannotDeployOrDeleteThem() {
    String instance = startRoundTrip();
    var cockpit = webappSession(Caller.OPERATOR, "cockpit");
    assertThat(
            cockpit
                .webapp(
                    "POST",
                    "/camunda/api/engine/engine/default/deployment/create",
                    MULTIPART_TYPE,
                    deployment())
                .statusCode())
        .isEqualTo(403);
    assertThat(
            cockpit
                .webapp(
                    "DELETE",
                    "/camunda/api/engine/engine/default/process-instance/" + instance,
                    "application/json",
                    new byte[0])
                .statusCode())
        .isEqualTo(403);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isOne();
    assertThat(cockpit.get("/camunda/api/engine/engine/default/task?processInstanceId=" + instance))
        .extracting(r -> r.body())
        .asString()
        .contains("確認 (Check)");
  }

  @Test
  void aManagerInCockpitReadsCasesButCannotStartOrChangeThem() {
    deployRoundTrip();
    var cockpit = webappSession(Caller.MANAGER, "cockpit");
    assertThat(cockpit.get("/camunda/api/engine/engine/default/process-definition").body())
        .contains("nightly-reconciliation");
    assertThat(
            cockpit
                .webapp(
                    "POST",
                    "/camunda/api/engine/engine/default/process-definition/key/round-trip/start",
                    "application/json",
                    "{}".getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void anAnalystCannotCreateUsersOrGrantRightsAnywhere() {
    String user =
        """
        {"profile":{"id":"matrix-new","firstName":"N","lastName":"N"},
         "credentials":{"password":"matrix-New-1"}}""";
    String grant =
        """
        {"type":1,"permissions":["ALL"],"userId":"matrix-analyst","resourceType":0,
         "resourceId":"admin"}""";
    var cockpit = webappSession(Caller.ANALYST, "cockpit");
    assertThat(
            cockpit
                .webapp(
                    "POST",
                    "/camunda/api/engine/engine/default/user/create",
                    "application/json",
                    user.getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            cockpit
                .webapp(
                    "POST",
                    "/camunda/api/engine/engine/default/authorization/create",
                    "application/json",
                    grant.getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            http.send(
                    "POST",
                    "/engine-rest/user/create",
                    user(Caller.ANALYST),
                    TestUsers.PASSWORD,
                    "application/json",
                    user)
                .statusCode())
        .isEqualTo(403);
    assertThat(identity.createUserQuery().userId("matrix-new").count()).isZero();
  }

  @Test
  void analystsDeployModelsOverRestAndRedeployTheProcessesFolder() {
    var response =
        http.send(
            "POST", "/api/processes/redeploy", user(Caller.ANALYST), TestUsers.PASSWORD, "", "");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("nightly-reconciliation.bpmn");
    var session = new BrowserSession(port);
    var deploy =
        session.send(
            java.net.http.HttpRequest.newBuilder(session.uri("/engine-rest/deployment/create"))
                .header("Content-Type", MULTIPART_TYPE)
                .header("Authorization", basic(Caller.ANALYST))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(deployment())));
    assertThat(deploy.statusCode()).as(deploy.body()).isEqualTo(200);
    assertThat(
            repository.createProcessDefinitionQuery().processDefinitionKey("access-probe").count())
        .isPositive();
  }

  @Test
  void operatorsReadOnlyWhatTheEngineLetsTheirGroupRead() {
    assertThat(
            http.get("/engine-rest/process-definition", user(Caller.OPERATOR), TestUsers.PASSWORD)
                .body())
        .contains("nightly-reconciliation");
    assertThat(
            http.get("/engine-rest/authorization", user(Caller.OPERATOR), TestUsers.PASSWORD)
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void pathVariantsDoNotOpenWhatThePlainPathKeepsClosed() {
    for (String path :
        new String[] {
          "/engine-rest/user/",
          "/engine-rest//user",
          "/engine-rest/./user",
          "/engine-rest/x/../user",
          "/engine-rest/user;jsessionid=x",
          "/engine-rest/%75ser",
          "/engine-rest/engine/default/user",
          "/engine-rest/engine/default/process-instance",
          "/api/documents/",
          "/api//documents",
          "/API/documents"
        }) {
      int status = http.get(path, user(Caller.MANAGER), TestUsers.PASSWORD).statusCode();
      assertThat(status).as(path).isIn(400, 403, 404);
    }
  }

  @Test
  void wrongPasswordsAreRefusedWithoutLockingTheUser() {
    TestUsers.ensure(identity, "target1", Roles.ANALYST_GROUP);
    assertThat(http.get("/engine-rest/process-definition", "target1", "wrong").statusCode())
        .isEqualTo(401);
    assertThat(http.get("/api/nothing", "target1", "wrong").statusCode()).isEqualTo(401);
    // a few failures are free; later ones slow down their client (NoLockoutByStrangersTest)
    assertThat(
            http.get("/engine-rest/process-definition", "target1", TestUsers.PASSWORD).statusCode())
        .isEqualTo(200);
  }

  private static final String BOUNDARY = "gyomu-access-probe";
  private static final String MULTIPART_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

  private static byte[] deployment() {
    return ("--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\naccess-probe\r\n"
            + "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"enable-duplicate-filtering\"\r\n\r\n"
            + "true\r\n--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"access-probe.bpmn\""
            + "\r\nContent-Type: application/octet-stream\r\n\r\n"
            + MINIMAL_BPMN
            + "\r\n--"
            + BOUNDARY
            + "--\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private String startRoundTrip() {
    deployRoundTrip();
    return runtime.startProcessInstanceByKey("round-trip").getId();
  }

  private void deployRoundTrip() {
    repository
        .createDeployment()
        .addClasspathResource("processes/round-trip.bpmn")
        .enableDuplicateFiltering(true)
        .name("round-trip-test")
        .deploy();
  }

  private BrowserSession webappSession(Caller caller, String app) {
    var session = new BrowserSession(port);
    assertThat(session.webappLogin(app, caller.user(), caller.password()).statusCode())
        .as(caller + " logs into " + app)
        .isEqualTo(200);
    return session;
  }

  private static String user(Caller caller) {
    return caller.user();
  }

  private static String basic(Caller caller) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString(
                (caller.user() + ":" + caller.password()).getBytes(StandardCharsets.UTF_8));
  }
}
