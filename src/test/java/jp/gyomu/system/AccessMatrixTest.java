package jp.gyomu.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.gyomu.support.Exhaustive;
import jp.gyomu.support.GeneratedDocs;
import jp.gyomu.support.GyomuIntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The access matrix: every endpoint the running application serves (Spring MVC, actuator, static
 * files, the engine REST API, the Camunda webapps and their API), called as nobody and as each job,
 * must let in exactly the callers its row in {@link AccessRules} names. docs/SECURITY.md shows the
 * same rows; this test keeps it true.
 */
@Exhaustive
class AccessMatrixTest extends GyomuIntegrationTest {

  static final String DOC = "docs/SECURITY.md";

  @Autowired ApplicationContext context;
  @Autowired ServletContext servletContext;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @LocalServerPort int port;

  @BeforeEach
  void users() {
    Caller.ensureUsers(identity);
  }

  @Test
  void everyEndpointHasARowThatDecidesWhoMayCallIt() {
    var catalog = EndpointCatalog.of(context, servletContext);
    assertThat(catalog.unknown()).as("servlets and mappings the catalog cannot list").isEmpty();
    List<Endpoint> endpoints = catalog.endpoints();
    assertThat(endpoints)
        .as("the catalog finds Gyomu's controllers, the engine REST API and the webapps")
        .hasSizeGreaterThan(1000)
        .extracting(Endpoint::toString)
        .contains(
            "POST /api/documents",
            "POST /engine-rest/external-task/fetchAndLock",
            "GET /camunda/api/engine/engine/default/task",
            "GET /actuator/prometheus");
    List<String> undecided =
        endpoints.stream()
            .filter(e -> AccessRules.ruleFor(e).isEmpty())
            .map(Endpoint::toString)
            .toList();
    assertThat(undecided).as("endpoints no row of AccessRules decides").isEmpty();
    List<String> unusedRows =
        AccessRules.RULES.stream()
            .filter(
                r -> endpoints.stream().noneMatch(e -> AccessRules.ruleFor(e).orElse(null) == r))
            .map(r -> r.methods() + " " + r.patterns())
            .toList();
    assertThat(unusedRows).as("rows that decide no endpoint").isEmpty();
  }

  @Test
  void everyCallerIsLetIntoExactlyWhatItsRowAllows() throws Exception {
    var prober = new Prober(port);
    List<Endpoint> endpoints =
        EndpointCatalog.of(context, servletContext).endpoints().stream()
            .filter(e -> AccessRules.ruleFor(e).isPresent())
            .toList();
    List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> probes = new ArrayList<>();
      for (Endpoint endpoint : endpoints) {
        AccessRule rule = AccessRules.ruleFor(endpoint).orElseThrow();
        for (Caller caller : Caller.values()) {
          if (Prober.wouldDoRealWork(endpoint, caller)) {
            continue;
          }
          probes.add(
              pool.submit(
                  () -> {
                    var answer = prober.status(endpoint, caller);
                    boolean expected = rule.allowed().contains(caller);
                    if (Prober.denied(answer) == expected) {
                      wrong.add(
                          "%s as %s: expected %s, got %s"
                              .formatted(
                                  endpoint, caller, expected ? "allowed" : "denied", answer));
                    }
                  }));
        }
      }
      for (Future<?> probe : probes) {
        probe.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(wrong.stream().sorted().toList()).as("calls answered against the matrix").isEmpty();
  }

  @Test
  void theSecurityDocumentShowsThisMatrixAndTheEngineAuthorizations() {
    List<Endpoint> endpoints = EndpointCatalog.of(context, servletContext).endpoints();
    GeneratedDocs.assertSection(
        DOC,
        "access-matrix",
        MatrixMarkdown.matrix(AccessRules.RULES, endpoints),
        "AccessMatrixTest");
    Map<String, String> jobs = new LinkedHashMap<>();
    jobs.put(Roles.ADMIN_GROUP, "Admin");
    jobs.put(Roles.ANALYST_GROUP, "Analyst");
    jobs.put(Roles.OPERATOR_GROUP, "Operator");
    jobs.put(Roles.MANAGER_GROUP, "Manager");
    jobs.put(Roles.BOT_GROUP, "Bot");
    List<Authorization> grants =
        authorizations
            .createAuthorizationQuery()
            .groupIdIn(jobs.keySet().toArray(String[]::new))
            .list()
            .stream()
            .filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
            // the engine's own grants per task and group are left out: they follow the models
            .filter(
                a ->
                    a.getResourceId().equals("*")
                        || a.getResourceType() == Resources.APPLICATION.resourceType()
                        || a.getResourceType() == Resources.GROUP.resourceType())
            .toList();
    GeneratedDocs.assertSection(
        DOC,
        "engine-authorizations",
        MatrixMarkdown.authorizations(grants, jobs),
        "AccessMatrixTest");
  }
}
