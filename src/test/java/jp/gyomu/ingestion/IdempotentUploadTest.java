package jp.gyomu.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.Http;
import jp.gyomu.support.TestUsers;
import jp.gyomu.system.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A client that sends an upload again with the same {@code Idempotency-Key} (after a timeout, or to
 * the other node after one died) gets the document its first upload became, over real HTTP.
 */
class IdempotentUploadTest extends GyomuIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OPERATOR = "idempotent-operator";
  private static final String OTHER = "idempotent-other";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  Http http;

  @BeforeEach
  void operators() {
    http = new Http(port);
    TestUsers.ensure(identity, OPERATOR, Roles.OPERATOR_GROUP);
    TestUsers.ensure(identity, OTHER, Roles.OPERATOR_GROUP);
  }

  @Test
  void theSameUploadSentTwiceWithItsKeyIsOneDocumentAndTheRetryGetsItsId() throws Exception {
    byte[] file = content();
    String key = UUID.randomUUID().toString();

    var first = upload(OPERATOR, file, key);
    var retry = upload(OPERATOR, file, key);

    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(retry.statusCode()).isEqualTo(202);
    assertThat(id(retry.body())).isEqualTo(id(first.body()));
    assertThat(retry.headers().firstValue("Location"))
        .hasValue("/api/documents/" + id(first.body()));
    assertThat(documentsWith(file)).isEqualTo(1);
  }

  @Test
  void withoutAKeyTheSameFileSentAgainIsASecondDocumentMarkedAsDuplicate() throws Exception {
    byte[] file = content();

    var first = upload(OPERATOR, file, null);
    var again = upload(OPERATOR, file, null);

    assertThat(id(again.body())).isNotEqualTo(id(first.body()));
    assertThat(documentsWith(file)).isEqualTo(2);
  }

  @Test
  void aKeyIsEachUsersOwnSoAnotherUsersKeyNamesNoneOfTheirDocuments() throws Exception {
    String key = UUID.randomUUID().toString();

    var mine = upload(OPERATOR, content(), key);
    var theirs = upload(OTHER, content(), key);

    assertThat(theirs.statusCode()).isEqualTo(202);
    assertThat(id(theirs.body())).isNotEqualTo(id(mine.body()));
  }

  @Test
  void aKeySentAgainWithADifferentFileIsRefusedAndStoresNothing() throws Exception {
    String key = UUID.randomUUID().toString();
    upload(OPERATOR, content(), key);
    byte[] other = content();

    var refused = upload(OPERATOR, other, key);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(documentsWith(other)).isZero();
  }

  @Test
  void aKeyThatIsNoKeyIsRefused() {
    var refused = upload(OPERATOR, content(), "a key with spaces");

    assertThat(refused.statusCode()).isEqualTo(400);
  }

  private java.net.http.HttpResponse<String> upload(String user, byte[] file, String key) {
    return http.upload(
        "/api/documents",
        "retried.txt",
        file,
        null,
        user,
        TestUsers.PASSWORD,
        key == null ? Map.of() : Map.of("Idempotency-Key", key));
  }

  /** A file no other test sends (the same bytes would rightly be a DUPLICATE). */
  private static byte[] content() {
    return ("retried upload " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
  }

  private long documentsWith(byte[] file) throws Exception {
    var digest = java.security.MessageDigest.getInstance("SHA-256");
    String sha = java.util.HexFormat.of().formatHex(digest.digest(file));
    return jdbc.queryForObject(
        "select count(*) from gyomu_document where sha256 = ?", Long.class, sha);
  }

  private static String id(String body) throws Exception {
    return JSON.readTree(body).get("id").asText();
  }
}
