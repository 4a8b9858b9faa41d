package jp.gyomu.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class PostgresBatchedInsertsTest {

  @Test
  void aPostgresPoolSendsBatchedInsertsAsMultiRowInserts() {
    var pool = pool("jdbc:postgresql://db.example:5432/gyomu");
    PostgresBatchedInserts.apply(pool);
    assertThat(pool.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
  }

  @Test
  void anH2PoolIsLeftAsItIs() {
    var pool = pool("jdbc:h2:mem:gyomu");
    PostgresBatchedInserts.apply(pool);
    assertThat(pool.getDataSourceProperties()).isEmpty();
  }

  @Test
  void theOperatorsChoiceInTheUrlWins() {
    var pool = pool("jdbc:postgresql://db.example:5432/gyomu?reWriteBatchedInserts=false");
    PostgresBatchedInserts.apply(pool);
    assertThat(pool.getDataSourceProperties()).isEmpty();
  }

  @Test
  void theOperatorsChoiceInThePoolSettingsWins() {
    var pool = pool("jdbc:postgresql://db.example:5432/gyomu");
    pool.addDataSourceProperty("rewritebatchedinserts", "false");
    PostgresBatchedInserts.apply(pool);
    assertThat(pool.getDataSourceProperties())
        .containsEntry("rewritebatchedinserts", "false")
        .doesNotContainKey("reWriteBatchedInserts");
  }

  private static HikariDataSource pool(String url) {
    var pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    return pool;
  }
}
