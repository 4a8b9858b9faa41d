package jp.gyomu.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutagesTest {

  @Test
  void aPoolThatCannotGetAConnectionIsAnOutage() {
    var pool = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
    assertThat(DatabaseOutages.isTransient(new CannotGetJdbcConnectionException("no", pool)))
        .isTrue();
  }

  @Test
  void aConnectionLostUnderTheEngineIsAnOutageThoughWrappedTwice() {
    var lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
    var engine = new ProcessEngineException(new PersistenceException(lost));
    assertThat(DatabaseOutages.isTransient(engine)).isTrue();
  }

  @Test
  void aServerShuttingDownIsAnOutage() {
    var shutdown = new SQLException("terminating connection due to administrator command", "57P01");
    assertThat(DatabaseOutages.isTransient(new RuntimeException(shutdown))).isTrue();
  }

  @Test
  void aRollbackThatFailedOnTheBrokenConnectionStillCountsAsTheOutageBehindIt() {
    var rollback = new TransactionSystemException("JDBC rollback failed");
    rollback.initApplicationException(
        new DataAccessResourceFailureException(
            "update", new SQLException("terminating connection", "57P01")));
    assertThat(DatabaseOutages.isTransient(rollback)).isTrue();
  }

  @Test
  void brokenDataAndDocumentsAreNotOutages() {
    assertThat(DatabaseOutages.isTransient(new DuplicateKeyException("same key"))).isFalse();
    assertThat(
            DatabaseOutages.isTransient(
                new DataIntegrityViolationException(
                    "too long", new SQLException("value too long", "22001"))))
        .isFalse();
    assertThat(DatabaseOutages.isTransient(new IllegalStateException("unreadable page"))).isFalse();
  }
}
