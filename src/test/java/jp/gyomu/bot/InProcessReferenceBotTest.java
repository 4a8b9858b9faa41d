package jp.gyomu.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.gyomu.process.CaseStarter;
import jp.gyomu.support.Await;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.TestCases;
import jp.gyomu.system.GyomuProperties;
import jp.gyomu.system.Roles;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The in-process start-up path (switched off in the shared test context so process tests can play
 * the bot): its own user with a password nobody knows, in gyomu-bots, over this node's REST API.
 */
class InProcessReferenceBotTest extends GyomuIntegrationTest {

  @Autowired ConfigurableApplicationContext context;
  @Autowired GyomuProperties gyomu;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired CaseStarter caseStarter;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void startsAsItsOwnBotUserAndEntersCasesIntoTheOutbox() {
    var settings =
        new BotSettings(
            true, "in-process-test-bot", "", List.of("rpa.invoice"), Duration.ofMinutes(1));
    var bot = new InProcessReferenceBot(settings, gyomu, identity, context.getEnvironment());
    bot.start(
        new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
    try {
      assertThat(
              identity
                  .createGroupQuery()
                  .groupMember("in-process-test-bot")
                  .groupId(Roles.BOT_GROUP)
                  .count())
          .isEqualTo(1);
      var instance =
          new TestCases(caseStarter, transactions, runtime)
              .start(
                  "invoice",
                  Map.of(
                      "invoiceDate",
                      LocalDate.of(2026, 7, 1),
                      "invoiceNumber",
                      "IP-" + System.nanoTime(),
                      "issuer",
                      "有限会社さくら印刷",
                      "totalAmount",
                      33_000L,
                      "dueDate",
                      LocalDate.of(2026, 7, 31)));
      Await.until(
          "the in-process bot",
          () ->
              history
                      .createHistoricProcessInstanceQuery()
                      .processInstanceId(instance.getId())
                      .finished()
                      .count()
                  == 1);
      assertThat(gyomu.dataDir().resolve("outbox/invoice.xlsx")).exists();
    } finally {
      bot.stop();
    }
  }
}
