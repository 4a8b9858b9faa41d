package jp.gyomu.bot;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gyomu's reference RPA bot: the official Camunda external task client working the {@code rpa.*}
 * topics over the engine REST API, exactly as UiPath, WinActor or a script would (see
 * docs/BOTS.md). It knows nothing of Spring, so it runs in-process or as a separate program.
 */
public final class ReferenceBot implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ReferenceBot.class);
  private static final Duration LONG_POLL = Duration.ofSeconds(20);

  private final ExternalTaskClient client;

  private ReferenceBot(ExternalTaskClient client) {
    this.client = client;
  }

  /**
   * Connects and starts fetching.
   *
   * @param engineRestUrl e.g. {@code http://localhost:8080/engine-rest}
   * @param outbox where the ledger workbooks are written
   */
  public static ReferenceBot start(
      String engineRestUrl,
      String user,
      String password,
      List<String> topics,
      Path outbox,
      Duration lockDuration) {
    return start(engineRestUrl, user, password, topics, outbox, lockDuration, hostName());
  }

  /**
   * Connects and starts fetching as worker {@code user@where} (the engine's external task log names
   * it: which node's bot did a task).
   */
  public static ReferenceBot start(
      String engineRestUrl,
      String user,
      String password,
      List<String> topics,
      Path outbox,
      Duration lockDuration,
      String where) {
    var client =
        ExternalTaskClient.create()
            .baseUrl(engineRestUrl)
            .workerId(user + "@" + where)
            .addInterceptor(new BasicAuthProvider(user, password))
            .asyncResponseTimeout(LONG_POLL.toMillis())
            .lockDuration(lockDuration.toMillis())
            .maxTasks(5)
            .build();
    var handler = new LedgerEntryHandler(new LedgerWorkbook(outbox), lockDuration);
    for (String topic : topics) {
      client.subscribe(topic).lockDuration(lockDuration.toMillis()).handler(handler).open();
    }
    log.info(
        "Reference bot '{}' works {} at {}, ledgers in {}", user, topics, engineRestUrl, outbox);
    return new ReferenceBot(client);
  }

  @Override
  public void close() {
    client.stop();
  }

  static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
