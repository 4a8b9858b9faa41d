package jp.gyomu.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.OnPostgres;
import jp.gyomu.support.TestCases;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The application's PostgreSQL pool sends batched inserts as multi-row inserts (decision 0023), and
 * the engine runs a case to its end with them: Camunda checks row counts only where the driver
 * still reports them.
 */
@OnPostgres
class BatchedInsertsOnPostgresTest extends GyomuIntegrationTest {

  @Autowired DataSource dataSource;
  @Autowired jp.gyomu.process.CaseStarter starter;
  @Autowired PlatformTransactionManager transactions;
  @Autowired RuntimeService runtime;
  @Autowired ExternalTaskService externalTasks;
  @Autowired HistoryService history;

  @Test
  void theDriverRewritesABatchOfInsertsIntoOneStatement() throws Exception {
    try (var connection = dataSource.getConnection();
        var create = connection.createStatement()) {
      create.execute("create temporary table batched_inserts_probe (n int)");
      try (var insert =
          connection.prepareStatement("insert into batched_inserts_probe (n) values (?)")) {
        for (int n = 0; n < 4; n++) {
          insert.setInt(1, n);
          insert.addBatch();
        }
        // a rewritten batch (rows in powers of two) reports no per-row counts; one statement per
        // row would report 1 each
        assertThat(insert.executeBatch()).containsOnly(Statement.SUCCESS_NO_INFO);
      }
      create.execute("drop table batched_inserts_probe");
    }
  }

  @Test
  void aCaseRunsToItsEndWithEveryVariableInHistory() {
    var cases = new TestCases(starter, transactions, runtime);
    var instance = cases.start("travel-expense", TestCases.travelExpenseClaim(12_800L));
    var task =
        jp.gyomu.support.Await.until(
            "the bot step",
            () ->
                externalTasks
                    .createExternalTaskQuery()
                    .processInstanceId(instance.getId())
                    .notLocked()
                    .singleResult());
    externalTasks.lock(task.getId(), "batched-inserts-bot", 60_000);
    externalTasks.complete(task.getId(), "batched-inserts-bot", Map.of("ledgerRow", 2));

    HistoricProcessInstance ended =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceId(instance.getId())
            .singleResult();
    assertThat(ended.getEndTime()).isNotNull();
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName("totalAmount")
                .singleResult()
                .getValue())
        .isEqualTo(12_800L);
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .count())
        .as("the six fields, Gyomu's six variables and the bot's ledger row")
        .isGreaterThanOrEqualTo(13);
  }
}
