package jp.gyomu.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.Http;
import jp.gyomu.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Cockpit, Tasklist and Admin are served and let the right people in. */
class WebappsTest extends GyomuIntegrationTest {

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  @ParameterizedTest
  @ValueSource(strings = {"cockpit", "tasklist", "admin"})
  void theCamundaWebappIsServed(String app) {
    var page = new Http(port).get("/camunda/app/" + app + "/default/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).containsIgnoringCase("<html");
  }

  @Test
  void theLandingPageLinksEveryToolInJapaneseAndEnglish() {
    var http = new Http(port);
    String ja = http.get("/").body();
    assertThat(ja)
        .contains("業務自動化基盤")
        .contains("/camunda/app/cockpit/")
        .contains("/camunda/app/tasklist/")
        .contains("/camunda/app/admin/")
        .contains("/swagger-ui.html")
        .contains("/dashboard");
    assertThat(http.get("/?lang=en").body()).contains("Business automation platform");
  }

  @Test
  void theAdministratorLogsIntoCockpitAndSeesTheDeployedProcesses() throws Exception {
    var browser = new Browser();
    assertThat(browser.login("cockpit", "admin", TestUsers.ADMIN_PASSWORD)).isEqualTo(200);
    var definitions = browser.get("/camunda/api/engine/engine/default/process-definition");
    assertThat(definitions.statusCode()).isEqualTo(200);
    assertThat(definitions.body()).contains("nightly-reconciliation");
  }

  @Test
  void aBotCannotLogIntoCockpit() throws Exception {
    TestUsers.ensure(identity, "bot2", Roles.BOT_GROUP);
    assertThat(new Browser().login("cockpit", "bot2", TestUsers.PASSWORD)).isEqualTo(403);
  }

  @Test
  void anOperatorLogsIntoTasklist() throws Exception {
    TestUsers.ensure(identity, "operator2", Roles.OPERATOR_GROUP);
    assertThat(new Browser().login("tasklist", "operator2", TestUsers.PASSWORD)).isEqualTo(200);
  }

  /** A cookie-keeping client that logs in the way the Camunda webapps' login form does. */
  private class Browser {
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    int login(String app, String user, String password) throws Exception {
      get("/camunda/app/" + app + "/default/");
      String xsrf =
          cookies.getCookieStore().getCookies().stream()
              .filter(c -> c.getName().equals("XSRF-TOKEN"))
              .map(HttpCookie::getValue)
              .findFirst()
              .orElseThrow();
      String form =
          "username="
              + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(password, StandardCharsets.UTF_8);
      var request =
          HttpRequest.newBuilder(
                  URI.create(base() + "/camunda/api/admin/auth/user/default/login/" + app))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("X-XSRF-TOKEN", xsrf)
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build();
      return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return client.send(
          HttpRequest.newBuilder(URI.create(base() + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
      return "http://localhost:" + port;
    }
  }
}
