package jp.gyomu.bot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The reference bot as its own program against a Gyomu elsewhere (docs/BOTS.md):
 *
 * <pre>
 * GYOMU_URL=https://gyomu.example.lg.jp GYOMU_BOT_USER=ledger-bot GYOMU_BOT_PASSWORD=... \
 *   java -cp gyomu.jar -Dloader.main=jp.gyomu.bot.RemoteReferenceBot \
 *   org.springframework.boot.loader.launch.PropertiesLauncher
 * </pre>
 */
public final class RemoteReferenceBot {

  static final List<String> DEFAULT_TOPICS =
      List.of(
          "rpa.travel-expense",
          "rpa.invoice",
          "rpa.subsidy-application",
          "rpa.nightly-reconciliation");

  private RemoteReferenceBot() {}

  public static void main(String[] args) throws InterruptedException {
    String url = required("GYOMU_URL").replaceAll("/+$", "") + "/engine-rest";
    String topics = System.getenv("GYOMU_BOT_TOPICS");
    var bot =
        ReferenceBot.start(
            url,
            required("GYOMU_BOT_USER"),
            required("GYOMU_BOT_PASSWORD"),
            topics == null || topics.isBlank()
                ? DEFAULT_TOPICS
                : Arrays.stream(topics.split(",")).map(String::strip).toList(),
            Path.of(env("GYOMU_DATA_DIR", "./data")).resolve("outbox"),
            Duration.parse(env("GYOMU_BOT_LOCK_DURATION", "PT5M")));
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  bot.close();
                  stopped.countDown();
                }));
    stopped.await();
  }

  private static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      System.err.println("Set " + name + " (see docs/BOTS.md)");
      System.exit(2);
    }
    return value;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
