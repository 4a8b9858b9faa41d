package jp.gyomu.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every request parameter of Gyomu's pages and APIs, given a value Gyomu cannot use: the answer is
 * 400 (not 500), a page says so in the user's language from the message bundles, and no answer
 * carries an exception's text or the value itself.
 */
class BadParametersTest extends GyomuIntegrationTest {

  /** What internal messages look like: class names, Spring's conversion text, the value. */
  private static final String[] INTERNALS = {
    "Exception", "java.", "jp.gyomu", "Failed to convert", "No enum constant", "<script>", "trace"
  };

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void users() {
    TestUsers.ensure(identity);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/dashboard?lang=%3Cscript%3Ealert(1)%3C/script%3E",
        "/dashboard?lang=fr",
        "/dashboard?half=-1",
        "/dashboard?half=3",
        "/dashboard?half=abc",
        "/dashboard?fiscalYear=1",
        "/dashboard?fiscalYear=99999999999",
        "/dashboard/report?half=-1",
        "/dashboard/report.csv?half=-1",
        "/dashboard/report.xlsx?fiscalYear=abc",
      })
  void aBadValueOnAPageIsABadRequestExplainedInJapanese(String path) throws Exception {
    var answer = get(path, TestUsers.MANAGER, "text/html", null);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains("リクエストの値を使えません").doesNotContain(INTERNALS);
  }

  @Test
  void theErrorPageSpeaksTheLanguageChosenBefore() throws Exception {
    var answer = get("/dashboard?half=-1", TestUsers.MANAGER, "text/html", "gyomu-lang=en");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("Gyomu cannot use a value in this request");
  }

  @Test
  void aScriptAsLanguageOnThePublicLandingPageIsABadRequestAndSetsNoCookie() throws Exception {
    var answer = get("/?lang=%3Cscript%3E", null, "text/html", null);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("gyomu-lang"));
    assertThat(answer.body()).doesNotContain(INTERNALS);
  }

  @Test
  void theTwoLanguagesStillSwitch() throws Exception {
    var answer = get("/?lang=en", null, "text/html", null);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().allValues("Set-Cookie"))
        .anyMatch(c -> c.startsWith("gyomu-lang=en"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/progress?half=-1",
        "/api/progress?half=abc",
        "/api/progress?fiscalYear=12",
        "/api/automation-tasks/export?format=xml",
        "/api/automation-targets/abc",
        "/api/documents?status=BOGUS",
        "/api/documents?page=abc",
        "/api/documents/x/pages/abc.png",
        "/api/progress?lang=%3Cscript%3E",
      })
  void aBadValueOnTheApiIsABadRequestWithoutInternals(String path) throws Exception {
    var answer = get(path, TestUsers.ANALYST, "*/*", null);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).doesNotContain(INTERNALS);
  }

  @Test
  void aHugePageNumberOfTheDocumentListIsNoServerError() throws Exception {
    var answer = get("/api/documents?page=2147483647&size=500", "admin", "application/json", null);

    assertThat(answer.statusCode()).as(answer.body()).isIn(200, 400);
  }

  private HttpResponse<String> get(String path, String user, String accept, String cookie)
      throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", accept);
    if (user != null) {
      String password = user.equals("admin") ? TestUsers.ADMIN_PASSWORD : TestUsers.PASSWORD;
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
