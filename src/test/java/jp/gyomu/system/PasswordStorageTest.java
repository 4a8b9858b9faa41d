package jp.gyomu.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Passwords live in Camunda's identity tables as salted hashes, never as themselves. */
class PasswordStorageTest extends GyomuIntegrationTest {

  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theEngineStoresASaltedHashAndNeverThePassword() {
    Caller.ensureUsers(identity);
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "select ID_, PWD_, SALT_ from ACT_ID_USER where ID_ in (?, ?, ?)",
            Caller.ANALYST.user(),
            Caller.OPERATOR.user(),
            IdentityBootstrap.ADMIN_USER);
    assertThat(rows).hasSize(3);
    for (var row : rows) {
      String hash = (String) row.get("PWD_");
      assertThat(hash)
          .as("stored password of %s", row.get("ID_"))
          .startsWith("{SHA-512}")
          .doesNotContain(TestUsers.PASSWORD)
          .doesNotContain(TestUsers.ADMIN_PASSWORD);
      assertThat((String) row.get("SALT_")).hasSizeGreaterThanOrEqualTo(16);
    }
    Map<Object, Object> hashes = new java.util.HashMap<>();
    rows.forEach(r -> hashes.put(r.get("ID_"), r.get("PWD_")));
    assertThat(hashes.get(Caller.ANALYST.user()))
        .as("the same password hashes differently for two users (salt)")
        .isNotEqualTo(hashes.get(Caller.OPERATOR.user()));
    assertThat(identity.checkPassword(Caller.ANALYST.user(), TestUsers.PASSWORD)).isTrue();
  }
}
