package jp.gyomu.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webapps' login lets in only people with a webapp, wherever a request puts the form fields:
 * Jersey reads them from the query string too, and decodes the body with the charset it names.
 */
class WebappLoginGateTest extends GyomuIntegrationTest {

  private static final String BOT = "gate-bot";
  private static final String OPERATOR = "gate-operator";
  private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/";
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String ENGINE_API = "/camunda/api/engine/engine/default/process-instance";

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity, BOT, Roles.BOT_GROUP);
    TestUsers.ensure(identity, OPERATOR, Roles.OPERATOR_GROUP);
  }

  /** How a request may smuggle the bot's (right) password past a gate reading only the body. */
  record Smuggled(String name, String query, String contentType, byte[] body) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Smuggled> smuggled() {
    String bot = "username=" + BOT + "&password=" + TestUsers.PASSWORD;
    String person = "username=" + OPERATOR + "&password=" + TestUsers.PASSWORD;
    return List.of(
        new Smuggled("fields in the query string, empty body", bot, FORM, new byte[0]),
        new Smuggled("fields in the query string, no content type", bot, null, new byte[0]),
        new Smuggled("a person in the body, the bot in the query", bot, FORM, utf8(person)),
        new Smuggled(
            "the bot's name in the query, its password in the body",
            "username=" + BOT,
            FORM,
            utf8("password=" + TestUsers.PASSWORD)),
        new Smuggled(
            "a person's name first, the bot's second",
            null,
            FORM,
            utf8(person + "&username=" + BOT)),
        new Smuggled(
            "the bot's name first, a person's second",
            null,
            FORM,
            utf8(bot + "&username=" + OPERATOR)),
        new Smuggled(
            "a body in UTF-16",
            null,
            FORM + ";charset=UTF-16",
            bot.getBytes(StandardCharsets.UTF_16)),
        new Smuggled("a body in Latin-1", null, FORM + "; charset=ISO-8859-1", utf8(bot)),
        new Smuggled(
            "field names percent-encoded",
            null,
            FORM,
            utf8("user%6Eame=" + BOT + "&pass%77ord=" + TestUsers.PASSWORD)),
        new Smuggled("the form sent as plain text", null, "text/plain", utf8(bot)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("smuggled")
  void aBotGetsNoWebappSessionHoweverTheLoginFormIsSent(Smuggled request) {
    var browser = new BrowserSession(port);
    String path = LOGIN + "welcome" + (request.query() == null ? "" : "?" + request.query());
    var login =
        browser.webapp(
            "POST",
            path,
            request.contentType() == null ? "" : request.contentType(),
            request.body());
    assertThat(login.statusCode()).as(request.name()).isIn(400, 401, 403, 415);
    assertThat(browser.get(ENGINE_API).statusCode())
        .as("the webapps' engine API after: " + request.name())
        .isEqualTo(401);
  }

  @Test
  void aPersonWithAWebappStillLogsInThroughTheBody() {
    var browser = new BrowserSession(port);
    assertThat(browser.webappLogin("cockpit", OPERATOR, TestUsers.PASSWORD).statusCode())
        .isEqualTo(200);
    assertThat(browser.get(ENGINE_API).statusCode()).isEqualTo(200);
  }

  @Test
  void aLoggedInPersonMayLogInAgainAsSomeoneElseAndABotStillMayNot() {
    String analyst = TestUsers.ensure(identity, "gate-analyst", Roles.ANALYST_GROUP);
    var browser = new BrowserSession(port);
    assertThat(browser.webappLogin("cockpit", OPERATOR, TestUsers.PASSWORD).statusCode())
        .isEqualTo(200);
    assertThat(browser.webappLogin("cockpit", analyst, TestUsers.PASSWORD).statusCode())
        .isEqualTo(200);
    assertThat(browser.webappLogin("welcome", BOT, TestUsers.PASSWORD).statusCode()).isEqualTo(403);
  }

  @Test
  void aPersonsLoginWithTheFieldsInTheQueryStringIsRefusedToo() {
    var browser = new BrowserSession(port);
    var login =
        browser.webapp(
            "POST",
            LOGIN + "cockpit?username=" + OPERATOR + "&password=" + TestUsers.PASSWORD,
            FORM,
            new byte[0]);
    assertThat(login.statusCode()).isEqualTo(400);
  }

  @Test
  void aBotWithItsRightPasswordInTheBodyIsRefusedAsCamundaRefusesAJobWithoutTheApp() {
    var browser = new BrowserSession(port);
    assertThat(browser.webappLogin("welcome", BOT, TestUsers.PASSWORD).statusCode()).isEqualTo(403);
    assertThat(browser.get(ENGINE_API).statusCode()).isEqualTo(401);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
