package jp.gyomu.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.Http;
import jp.gyomu.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every mapped endpoint and checks who gets in: only the landing page, login and health are
 * open; each job reaches what it needs and no more.
 */
class EndpointAccessTest extends GyomuIntegrationTest {

  private static final Set<String> OPEN_PAGES = Set.of("/", "/login", "/error");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired IdentityService identity;
  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void users() {
    http = new Http(port);
    TestUsers.ensure(identity, "analyst1", Roles.ANALYST_GROUP);
    TestUsers.ensure(identity, "operator1", Roles.OPERATOR_GROUP);
    TestUsers.ensure(identity, "manager1", Roles.MANAGER_GROUP);
    TestUsers.ensure(identity, "bot1", Roles.BOT_GROUP);
  }

  @Test
  void everyMappedEndpointButTheOpenPagesRequiresAuthentication() {
    List<String> checked = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              Set<String> methods = new TreeSet<>();
              info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
              if (methods.isEmpty()) {
                methods.add(RequestMethod.GET.name());
              }
              for (String pattern : info.getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", "1").replace("/**", "/x");
                if (OPEN_PAGES.contains(path)) {
                  continue;
                }
                for (String method : methods) {
                  int status = http.send(method, path, null, null).statusCode();
                  assertThat(status).as(method + " " + path + " anonymously").isIn(401, 302);
                  if (status == 302) {
                    assertThat(http.send(method, path, null, null).headers().firstValue("Location"))
                        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
                  }
                  checked.add(method + " " + path);
                }
              }
            });
    assertThat(checked).anyMatch(c -> c.startsWith("POST /api/"));
  }

  @Test
  void everyEngineRestResourceRequiresAuthentication() {
    List<String> resources = engineRestResources();
    assertThat(resources).contains("process-definition", "task", "external-task", "deployment");
    for (String resource : resources) {
      assertThat(http.get("/engine-rest/" + resource).statusCode())
          .as("GET /engine-rest/" + resource + " anonymously")
          .isEqualTo(401);
      assertThat(http.send("POST", "/engine-rest/" + resource, null, null).statusCode())
          .as("POST /engine-rest/" + resource + " anonymously")
          .isEqualTo(401);
    }
  }

  @Test
  void wrongPasswordsAreRefusedAndSlowDownTheNextTry() {
    TestUsers.ensure(identity, "target1", Roles.ANALYST_GROUP);
    assertThat(http.get("/engine-rest/process-definition", "target1", "wrong").statusCode())
        .isEqualTo(401);
    assertThat(http.get("/api/nothing", "target1", "wrong").statusCode()).isEqualTo(401);
    // the engine locks the user for a few seconds after failures, even for the right password
    assertThat(
            http.get("/engine-rest/process-definition", "target1", TestUsers.PASSWORD).statusCode())
        .isEqualTo(401);
  }

  @Test
  void onlyHealthIsOpenAmongTheActuatorEndpoints() {
    assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
    for (String endpoint : List.of("info", "prometheus", "metrics")) {
      assertThat(http.get("/actuator/" + endpoint).statusCode()).as(endpoint).isEqualTo(401);
      assertThat(http.get("/actuator/" + endpoint, "manager1", TestUsers.PASSWORD).statusCode())
          .as(endpoint + " for a manager")
          .isEqualTo(403);
    }
    assertThat(http.get("/actuator/prometheus", "admin", TestUsers.ADMIN_PASSWORD).body())
        .contains("jvm_memory_used_bytes");
  }

  @Test
  void botsMayWorkExternalTasksAndNothingElse() {
    var fetch =
        http.send(
            "POST",
            "/engine-rest/external-task/fetchAndLock",
            "bot1",
            TestUsers.PASSWORD,
            "application/json",
            """
            {"workerId":"bot1","maxTasks":1,
             "topics":[{"topicName":"rpa.nightly-reconciliation","lockDuration":1000}]}""");
    assertThat(fetch.statusCode()).isEqualTo(200);
    assertThat(as("bot1", "GET", "/engine-rest/process-definition")).isEqualTo(403);
    assertThat(as("bot1", "GET", "/engine-rest/task")).isEqualTo(403);
    assertThat(as("bot1", "POST", "/engine-rest/deployment/create")).isEqualTo(403);
    assertThat(as("bot1", "POST", "/api/processes/redeploy")).isEqualTo(403);
  }

  @Test
  void managersReadButChangeNothing() {
    assertThat(as("manager1", "GET", "/engine-rest/process-definition")).isEqualTo(200);
    assertThat(as("manager1", "GET", "/engine-rest/history/process-instance")).isEqualTo(200);
    assertThat(as("manager1", "POST", "/engine-rest/process-definition/key/x/start"))
        .isEqualTo(403);
    assertThat(as("manager1", "POST", "/engine-rest/deployment/create")).isEqualTo(403);
    assertThat(as("manager1", "POST", "/api/processes/redeploy")).isEqualTo(403);
    assertThat(as("manager1", "GET", "/engine-rest/user")).isEqualTo(403);
  }

  @Test
  void operatorsWorkTasksButDoNotDeployOrManageUsers() {
    assertThat(as("operator1", "GET", "/engine-rest/task")).isEqualTo(200);
    assertThat(as("operator1", "POST", "/engine-rest/deployment/create")).isEqualTo(403);
    assertThat(as("operator1", "POST", "/api/processes/redeploy")).isEqualTo(403);
    assertThat(as("operator1", "GET", "/engine-rest/user")).isEqualTo(403);
  }

  @Test
  void analystsRedeployTheProcessesFolder() {
    var response =
        http.send("POST", "/api/processes/redeploy", "analyst1", TestUsers.PASSWORD, "", "");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("nightly-reconciliation.bpmn");
  }

  @Test
  void engineAuthorizationsApplyToTheRestApiUser() {
    // the URL rules let analysts read users' list only as admin; the engine itself also limits:
    // a manager sees the deployed definitions because the managers' group may read them
    assertThat(http.get("/engine-rest/process-definition", "manager1", TestUsers.PASSWORD).body())
        .contains("nightly-reconciliation");
  }

  private int as(String user, String method, String path) {
    return http.send(method, path, user, TestUsers.PASSWORD).statusCode();
  }

  /** The sub-resources the engine REST API serves under {@code /engine-rest}. */
  private static List<String> engineRestResources() {
    List<String> paths = new ArrayList<>();
    for (Method m : DefaultProcessEngineRestServiceImpl.class.getMethods()) {
      var path = m.getAnnotation(jakarta.ws.rs.Path.class);
      if (path != null && !path.value().contains("{")) {
        paths.add(path.value().replaceAll("^/", ""));
      }
    }
    return paths;
  }
}
