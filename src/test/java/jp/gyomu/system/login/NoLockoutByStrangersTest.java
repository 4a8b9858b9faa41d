package jp.gyomu.system.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.LoopbackClient;
import jp.gyomu.support.LoopbackClient.Reply;
import jp.gyomu.support.TestUsers;
import jp.gyomu.system.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A stranger who sends wrong passwords from one address slows down that address, never the account:
 * the real user logs in from another address meanwhile, and nobody is locked for good. The test
 * context waits 1 s after five free failures, doubling up to 2 s (GyomuIntegrationTest).
 */
class NoLockoutByStrangersTest extends GyomuIntegrationTest {

  private static final String ENGINE = "/engine-rest/process-definition";
  private static final long CAP_SECONDS = 2;

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  private LoopbackClient from(String address) {
    return new LoopbackClient(address, port);
  }

  /**
   * Wrong passwords for {@code user} over HTTP Basic, each after the wait the server asks for;
   * {@code meanwhile} runs after every answer.
   */
  private List<Reply> patientlyGuess(
      LoopbackClient client, String user, int guesses, Runnable meanwhile)
      throws InterruptedException {
    List<Reply> replies = new ArrayList<>();
    for (int failures = 0; failures < guesses; ) {
      Reply reply = client.get(ENGINE, LoopbackClient.basic(user, "guess-" + failures));
      replies.add(reply);
      meanwhile.run();
      if (reply.status() == 429) {
        Thread.sleep(Long.parseLong(reply.header("Retry-After")) * 1000);
      } else {
        failures++;
      }
    }
    return replies;
  }

  @Test
  void aPatientStrangerAtOneAddressNeverKeepsAdminOrABotFromLoggingInFromAnother()
      throws Exception {
    String bot = TestUsers.ensure(identity, "patient-target-bot", Roles.BOT_GROUP);
    var stranger = from("127.0.0.2");
    var office = from("127.0.0.1");
    List<Integer> adminLogins = new ArrayList<>();
    List<Integer> botLogins = new ArrayList<>();
    var replies =
        patientlyGuess(
            stranger,
            "admin",
            8,
            () ->
                adminLogins.add(
                    office
                        .get(ENGINE, LoopbackClient.basic("admin", TestUsers.ADMIN_PASSWORD))
                        .status()));
    replies.addAll(
        patientlyGuess(
            stranger,
            bot,
            2,
            () ->
                botLogins.add(
                    office
                        .get(
                            "/engine-rest/external-task",
                            LoopbackClient.basic(bot, TestUsers.PASSWORD))
                        .status())));
    // the stranger's own address waits, even with the right password...
    var right = LoopbackClient.basic("admin", TestUsers.ADMIN_PASSWORD);
    assertThat(stranger.get(ENGINE, right).status()).isEqualTo(429);

    assertThat(replies).extracting(Reply::status).containsOnly(401, 429).contains(429);
    assertThat(replies.stream().filter(r -> r.status() == 429))
        .as("every wait is capped")
        .allSatisfy(
            r -> assertThat(Long.parseLong(r.header("Retry-After"))).isBetween(1L, CAP_SECONDS));
    assertThat(adminLogins).as("admin from another address, meanwhile").containsOnly(200);
    assertThat(botLogins).as("the bot from another address, meanwhile").containsOnly(200);
    assertThat(webappLogin(from("127.0.0.1"), "admin", TestUsers.ADMIN_PASSWORD).status())
        .isEqualTo(200);

    // ...but only for a while: nobody is locked for good
    Thread.sleep(CAP_SECONDS * 1000 + 100);
    assertThat(stranger.get(ENGINE, right).status()).isEqualTo(200);
  }

  @Test
  void theWebappsLoginAndTheLoginFormSlowDownTheStrangerToo() throws Exception {
    TestUsers.ensure(identity, "form-target", Roles.OPERATOR_GROUP);
    var webapp = from("127.0.0.3");
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      statuses.add(webappLogin(webapp, "form-target", "guess-" + i).status());
    }
    assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429);

    var form = from("127.0.0.4");
    for (int i = 0; i < 5; i++) {
      assertThat(formLogin(form, "form-target", "guess-" + i).header("Location"))
          .endsWith("/login?error");
    }
    // the name failed ten times by now (from two addresses): the longer, capped wait applies
    String held = formLogin(form, "form-target", TestUsers.PASSWORD).header("Location");
    assertThat(held).endsWith("/login?wait=" + CAP_SECONDS);
    assertThat(form.get("/login?wait=" + CAP_SECONDS, null).body())
        .contains(CAP_SECONDS + " 秒後まで試せません");
    assertThat(form.get("/login?wait=%3Cb%3E", null).body()).doesNotContain("秒後まで");

    assertThat(webappLogin(from("127.0.0.1"), "form-target", TestUsers.PASSWORD).status())
        .isEqualTo(200);
  }

  @Test
  void unknownUsersAndWrongPasswordsAreAnsweredAlikeAllTheWay() {
    TestUsers.ensure(identity, "alike-target", Roles.ANALYST_GROUP);
    var known = from("127.0.0.5");
    var unknown = from("127.0.0.6");
    List<String> knownAnswers = new ArrayList<>();
    List<String> unknownAnswers = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      knownAnswers.add(describe(known.get(ENGINE, LoopbackClient.basic("alike-target", "x" + i))));
      unknownAnswers.add(
          describe(unknown.get(ENGINE, LoopbackClient.basic("no-such-person", "x" + i))));
    }
    assertThat(knownAnswers).isEqualTo(unknownAnswers);
    assertThat(knownAnswers).contains("429 Retry-After=1");
  }

  @Test
  void theEngineNeverLocksAUserHoweverManyPasswordsAreWrong() {
    String user = TestUsers.ensure(identity, "never-locked", Roles.ANALYST_GROUP);
    for (int i = 0; i < 25; i++) {
      assertThat(identity.checkPassword(user, "wrong-" + i)).isFalse();
    }
    assertThat(identity.checkPassword(user, TestUsers.PASSWORD)).isTrue();
    var stored = (UserEntity) identity.createUserQuery().userId(user).singleResult();
    assertThat(stored.getAttempts()).isZero();
    assertThat(stored.getLockExpirationTime()).isNull();
  }

  @Test
  void administratorsSeeFailedLoginsPerUserAndAddressAndOthersDoNot() throws Exception {
    var client = from("127.0.0.7");
    patientlyGuess(client, "counted-user", 3, () -> {});
    var admin = from("127.0.0.1");
    Reply failures =
        admin.get("/api/login-failures", LoopbackClient.basic("admin", TestUsers.ADMIN_PASSWORD));
    assertThat(failures.status()).isEqualTo(200);
    assertThat(failures.body())
        .containsPattern("\"name\":\"counted-user\",\"failures\":3,\"lastFailure\":\"[^\"]+\"")
        .contains("\"name\":\"127.0.0.7\",\"failures\":3");
    TestUsers.ensure(identity, TestUsers.ANALYST, Roles.ANALYST_GROUP);
    assertThat(
            admin
                .get(
                    "/api/login-failures",
                    LoopbackClient.basic(TestUsers.ANALYST, TestUsers.PASSWORD))
                .status())
        .isEqualTo(403);
    String metrics =
        admin
            .get("/actuator/prometheus", LoopbackClient.basic("admin", TestUsers.ADMIN_PASSWORD))
            .body();
    assertThat(metrics).containsPattern("gyomu_login_failures_total\\{door=\"gyomu\"[^}]*} [1-9]");
  }

  @Test
  void behindATrustedProxyTheClientIsTheAddressItForwards() {
    // Tomcat trusts X-Forwarded-For from loopback and private networks (internal proxies)
    var proxy = from("127.0.0.9");
    var headers = new LinkedHashMap<String, String>();
    headers.put("Authorization", LoopbackClient.basic("forwarded-user", "wrong"));
    headers.put("X-Forwarded-For", "203.0.113.7");
    assertThat(proxy.send("GET", ENGINE, headers, null).status()).isEqualTo(401);
    Reply failures =
        from("127.0.0.1")
            .get("/api/login-failures", LoopbackClient.basic("admin", TestUsers.ADMIN_PASSWORD));
    assertThat(failures.body())
        .contains("\"name\":\"203.0.113.7\",\"failures\":1")
        .doesNotContain("\"name\":\"127.0.0.9\"");
  }

  private static String describe(Reply reply) {
    String retry = reply.header("Retry-After");
    return reply.status() + (retry == null ? "" : " Retry-After=" + retry);
  }

  /** Camunda's login page: XSRF token from the first page, then the form. */
  static Reply webappLogin(LoopbackClient client, String user, String password) {
    client.get("/camunda/app/welcome/default/", null);
    var headers = new LinkedHashMap<String, String>();
    headers.put("Content-Type", "application/x-www-form-urlencoded");
    headers.put("X-XSRF-TOKEN", client.cookie("XSRF-TOKEN"));
    return client.send(
        "POST",
        "/camunda/api/admin/auth/user/default/login/welcome",
        headers,
        form(Map.of("username", user, "password", password)));
  }

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  /** Gyomu's login form with the CSRF token of its page. */
  private static Reply formLogin(LoopbackClient client, String user, String password) {
    var page = CSRF.matcher(client.get("/login", null).body());
    assertThat(page.find()).isTrue();
    var headers = new LinkedHashMap<String, String>();
    headers.put("Content-Type", "application/x-www-form-urlencoded");
    return client.send(
        "POST",
        "/login",
        headers,
        form(Map.of("username", user, "password", password, "_csrf", page.group(1))));
  }

  private static String form(Map<String, String> fields) {
    return String.join(
        "&",
        fields.entrySet().stream()
            .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
            .toList());
  }
}
