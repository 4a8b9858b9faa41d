package jp.gyomu.system.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.Http;
import jp.gyomu.support.LoopbackClient;
import jp.gyomu.support.TestUsers;
import jp.gyomu.system.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bots may log in with API tokens that administrators issue and revoke, and strangers cannot lock.
 */
class BotTokensTest extends GyomuIntegrationTest {

  private static final String ADMIN = "admin";
  private static final String WORK = "/engine-rest/external-task";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();
  private Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  private JsonNode issue(String bot) throws Exception {
    var created =
        http.send(
            "POST",
            "/api/bot-tokens",
            ADMIN,
            TestUsers.ADMIN_PASSWORD,
            "application/json",
            json.writeValueAsString(Map.of("bot", bot, "label", "robot host 1")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
    return json.readTree(created.body());
  }

  private static String bearer(String token) {
    return "Bearer " + token;
  }

  private int call(String address, String path, String authorization) {
    return new LoopbackClient(address, port).get(path, authorization).status();
  }

  @Test
  void aBotWorksWithItsTokenWithinItsJobUntilAnAdministratorRevokesIt() throws Exception {
    String bot = TestUsers.ensure(identity, "token-bot", Roles.BOT_GROUP);
    JsonNode issued = issue(bot);
    String token = issued.get("token").asText();
    assertThat(token).startsWith("gyomu_bot_").hasSizeGreaterThanOrEqualTo(50);
    assertThat(issued.get("bot").asText()).isEqualTo(bot);

    assertThat(call("127.0.0.1", WORK, bearer(token))).isEqualTo(200);
    assertThat(call("127.0.0.1", "/api/documents", bearer(token)))
        .as("a token carries its bot's job, no more")
        .isEqualTo(403);
    assertThat(call("127.0.0.1", "/api/bot-tokens", bearer(token))).isEqualTo(403);

    var revoked =
        http.send(
            "DELETE",
            "/api/bot-tokens/" + issued.get("id").asText(),
            ADMIN,
            TestUsers.ADMIN_PASSWORD);
    assertThat(revoked.statusCode()).isEqualTo(204);
    var refused = new LoopbackClient("127.0.0.1", port).get(WORK, bearer(token));
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
  }

  @Test
  void aTokenIsShownOnceAndStoredOnlyAsItsHash() throws Exception {
    String bot = TestUsers.ensure(identity, "hashed-token-bot", Roles.BOT_GROUP);
    JsonNode issued = issue(bot);
    String token = issued.get("token").asText();
    String id = issued.get("id").asText();

    var list = http.get("/api/bot-tokens", ADMIN, TestUsers.ADMIN_PASSWORD);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(id).doesNotContain(token).doesNotContain("\"token\"");

    Map<String, Object> row = jdbc.queryForMap("select * from gyomu_bot_token where id = ?", id);
    assertThat(row.values()).map(String::valueOf).noneMatch(value -> value.contains(token));
    String sha256 =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
    assertThat(row.get("token_hash")).isEqualTo(sha256);
  }

  @Test
  void onlyAdministratorsManageTokensAndOnlyForBots() {
    TestUsers.ensure(identity, TestUsers.ANALYST, Roles.ANALYST_GROUP);
    String body = "{\"bot\":\"" + TestUsers.ANALYST + "\"}";
    assertThat(
            http.send(
                    "POST",
                    "/api/bot-tokens",
                    TestUsers.ANALYST,
                    TestUsers.PASSWORD,
                    "application/json",
                    body)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            http.send(
                    "POST",
                    "/api/bot-tokens",
                    ADMIN,
                    TestUsers.ADMIN_PASSWORD,
                    "application/json",
                    body)
                .statusCode())
        .as("a person keeps their password")
        .isEqualTo(422);
    assertThat(
            http.send(
                    "POST",
                    "/api/bot-tokens",
                    ADMIN,
                    TestUsers.ADMIN_PASSWORD,
                    "application/json",
                    "{\"bot\":\"nobody-of-that-name\"}")
                .statusCode())
        .isEqualTo(422);
    assertThat(
            http.send("DELETE", "/api/bot-tokens/no-such-token", ADMIN, TestUsers.ADMIN_PASSWORD)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aStrangerHammeringTheBotsNameOrGuessingTokensCannotLockTheTokenOut() throws Exception {
    String bot = TestUsers.ensure(identity, "hammered-token-bot", Roles.BOT_GROUP);
    String token = issue(bot).get("token").asText();
    String stranger = "127.0.0.8";
    for (int i = 0; i < 6; i++) {
      call(stranger, WORK, LoopbackClient.basic(bot, "guess-" + i));
      call(stranger, WORK, bearer("gyomu_bot_guess" + i));
    }
    assertThat(call(stranger, WORK, LoopbackClient.basic(bot, TestUsers.PASSWORD)))
        .as("the stranger's address waits for passwords")
        .isEqualTo(429);
    assertThat(call("127.0.0.1", WORK, bearer(token))).isEqualTo(200);
    assertThat(call(stranger, WORK, bearer(token)))
        .as("even a bot behind the stranger's address (one NAT) works with its token")
        .isEqualTo(200);
  }

  @Test
  void aTokenStopsWorkingWhenItsBotLeavesTheBotsGroup() throws Exception {
    String bot = TestUsers.ensure(identity, "retired-token-bot", Roles.BOT_GROUP);
    String token = issue(bot).get("token").asText();
    assertThat(call("127.0.0.1", WORK, bearer(token))).isEqualTo(200);
    identity.deleteMembership(bot, Roles.BOT_GROUP);
    assertThat(call("127.0.0.1", WORK, bearer(token))).isEqualTo(401);
  }
}
