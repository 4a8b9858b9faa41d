package jp.gyomu.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Session cookies as a browser sees them over HTTP, session fixation and logout, and CSRF: forms
 * need their token; Gyomu's pages use /api with their session and token (decision 0010), the
 * webapps' session opens no API but theirs, and the engine REST API takes credentials only.
 */
class SessionsAndCsrfTest extends GyomuIntegrationTest {

  @Autowired IdentityService identity;
  @LocalServerPort int port;

  @BeforeEach
  void users() {
    Caller.ensureUsers(identity);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteAndSecureOnlyOverHttps() {
    var plain = send(HttpRequest.newBuilder(uri("/login")));
    String cookie = sessionCookie(plain);
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

    // behind a TLS proxy on the same host or network, as in docs/SECURITY.md
    var proxied = send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https"));
    assertThat(sessionCookie(proxied))
        .contains("HttpOnly")
        .contains("SameSite=Lax")
        .contains("Secure");
    assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
  }

  @Test
  void theWebappsSessionCookieIsHttpOnlyAndSameSiteAndTheirXsrfCookieReadableByTheirScript() {
    var session = new BrowserSession(port);
    var page = session.get("/camunda/app/cockpit/default/");
    assertThat(setCookie(page, "XSRF-TOKEN"))
        .contains("SameSite=Lax")
        .doesNotContain("HttpOnly"); // the webapps' script sends it back as a header
    var login = session.webappLogin("cockpit", Caller.OPERATOR.user(), Caller.OPERATOR.password());
    assertThat(login.statusCode()).isEqualTo(200);
  }

  @Test
  void loggingInGivesANewSessionIdAndLoggingOutEndsTheSession() {
    var browser = new BrowserSession(port);
    String token = browser.csrfTokenOf("/login");
    String before = browser.cookie("JSESSIONID");
    assertThat(before).isNotNull();
    var login =
        browser.postForm(
            "/login",
            token,
            Map.of("username", Caller.MANAGER.user(), "password", TestUsers.PASSWORD));
    assertThat(login.statusCode()).isEqualTo(302);
    String after = browser.cookie("JSESSIONID");
    assertThat(after).as("session fixation protection").isNotEqualTo(before);
    assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);
    assertThat(withSessionCookie("/dashboard", before).statusCode())
        .as("the id from before the login opens nothing")
        .isEqualTo(302);

    var logout = browser.postForm("/logout", browser.csrfTokenOf("/dashboard"), Map.of());
    assertThat(logout.statusCode()).isEqualTo(302);
    assertThat(withSessionCookie("/dashboard", after).headers().firstValue("Location"))
        .as("the old session after logout")
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
  }

  @Test
  void loggingIntoTheWebappsAlsoGivesANewSessionId() {
    var browser = new BrowserSession(port);
    browser.get("/camunda/app/tasklist/default/");
    browser.xsrfToken();
    String before = browser.cookie("JSESSIONID");
    assertThat(
            browser
                .webappLogin("tasklist", Caller.OPERATOR.user(), Caller.OPERATOR.password())
                .statusCode())
        .isEqualTo(200);
    assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
  }

  @Test
  void theLoginFormCarriesACsrfTokenAndIsRefusedWithoutIt() {
    var browser = new BrowserSession(port);
    assertThat(browser.get("/login").body()).contains("name=\"_csrf\"");
    var forged =
        browser.postForm(
            "/login",
            null,
            Map.of("username", Caller.MANAGER.user(), "password", TestUsers.PASSWORD));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(browser.get("/dashboard").statusCode()).as("not logged in").isEqualTo(302);
  }

  @Test
  void aLoggedInPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
    var browser = loggedIn(Caller.MANAGER);
    assertThat(browser.get("/dashboard").body())
        .as("the dashboard's logout form carries the token")
        .contains("name=\"_csrf\"");
    assertThat(browser.postForm("/logout", null, Map.of()).statusCode()).isEqualTo(403);
    assertThat(browser.postForm("/logout", "forged-token", Map.of()).statusCode()).isEqualTo(403);
    assertThat(browser.get("/dashboard").statusCode()).as("still logged in").isEqualTo(200);
  }

  @Test
  void theWebappsSessionOpensNeitherGyomusApiNorTheEngineRestApi() {
    var webapps = new BrowserSession(port);
    webapps.webappLogin("cockpit", Caller.ANALYST.user(), Caller.ANALYST.password());
    for (String[] call : SESSION_PROBES) {
      // a change is refused before authentication, for want of the page's CSRF token
      assertThat(call(webapps, call[0], call[1], null).statusCode())
          .as(call[0] + " " + call[1])
          .isIn(refusals(call));
    }
  }

  @Test
  void gyomusPagesReadTheApiWithTheirSessionButChangeNothingWithoutTheirCsrfToken() {
    var gyomu = loggedIn(Caller.ANALYST);
    assertThat(call(gyomu, "GET", "/api/progress", null).statusCode()).isEqualTo(200);
    assertThat(call(gyomu, "GET", "/engine-rest/task", null).statusCode())
        .as("the engine REST API stays credentials-only")
        .isEqualTo(401);
    assertThat(call(gyomu, "POST", "/api/automation-tasks", null).statusCode())
        .as("a change with the cookie alone, as a forged cross-site request would send it")
        .isEqualTo(403);
    assertThat(call(gyomu, "POST", "/api/automation-tasks", "forged").statusCode()).isEqualTo(403);
    assertThat(call(gyomu, "GET", "/api/automation-tasks/CSRF-PROBE", null).statusCode())
        .as("nothing was created")
        .isEqualTo(404);

    String token = gyomu.pageApiToken("/dashboard");
    var created =
        gyomu.send(
            HttpRequest.newBuilder(gyomu.uri("/api/automation-tasks"))
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", token)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"code\":\"CSRF-PROBE\",\"name_ja\":\"確認用\",\"department\":\"総務部\","
                            + "\"status\":\"CANDIDATE\",\"technology\":\"RPA\",\"baseline_minutes\":10}",
                        StandardCharsets.UTF_8)));
    assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
  }

  @Test
  void aManagersPageSessionIsHeldToTheManagersRightsOnTheApi() {
    var manager = loggedIn(Caller.MANAGER);
    String token = manager.pageApiToken("/dashboard");
    assertThat(call(manager, "GET", "/api/form-drafts", token).statusCode()).isEqualTo(403);
    assertThat(call(manager, "POST", "/api/automation-tasks", token).statusCode()).isEqualTo(403);
  }

  private static final String[][] SESSION_PROBES = {
    {"GET", "/api/progress"},
    {"POST", "/api/automation-tasks"},
    {"POST", "/api/processes/redeploy"},
    {"GET", "/engine-rest/task"},
    {"POST", "/engine-rest/process-definition/key/round-trip/start"}
  };

  private static List<Integer> refusals(String[] call) {
    return call[0].equals("GET") || call[1].startsWith("/engine-rest")
        ? List.of(401)
        : List.of(401, 403);
  }

  private static HttpResponse<String> call(
      BrowserSession browser, String method, String path, String csrfToken) {
    var request =
        HttpRequest.newBuilder(browser.uri(path))
            .method(method, HttpRequest.BodyPublishers.ofString("{}"))
            .header("Content-Type", "application/json");
    if (csrfToken != null) {
      request.header("X-CSRF-TOKEN", csrfToken);
    }
    return browser.send(request);
  }

  @Test
  void theWebappsRefuseAChangeWithoutTheirXsrfHeader() {
    var browser = new BrowserSession(port);
    browser.webappLogin("cockpit", Caller.ANALYST.user(), Caller.ANALYST.password());
    var forged =
        browser.send(
            HttpRequest.newBuilder(
                    browser.uri(
                        "/camunda/api/engine/engine/default/process-definition/key/round-trip/start"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}", StandardCharsets.UTF_8)));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
  }

  private BrowserSession loggedIn(Caller caller) {
    var browser = new BrowserSession(port);
    assertThat(browser.login(caller.user(), caller.password()).headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    return browser;
  }

  private HttpResponse<String> withSessionCookie(String path, String sessionId) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Cookie", "JSESSIONID=" + sessionId)
            .header("Accept", "text/html"));
  }

  private static String sessionCookie(HttpResponse<?> response) {
    return setCookie(response, "JSESSIONID");
  }

  private static String setCookie(HttpResponse<?> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " cookie: " + response.headers()));
  }

  private java.net.URI uri(String path) {
    return java.net.URI.create("http://localhost:" + port + path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
