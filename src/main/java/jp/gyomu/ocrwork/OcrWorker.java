package jp.gyomu.ocrwork;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import jp.gyomu.ocr.OcrSettings;
import jp.gyomu.ocr.TessApiOcrEngine;
import jp.gyomu.ocrwork.PageReading.Answer;
import jp.gyomu.ocrwork.PageWork.TakenPage;

/**
 * {@code ./gyomu worker}: reads pages for any node that queues them ({@code
 * gyomu.ocr.workers=external}), over HTTP with its own token, with Gyomu's engine. It starts no
 * Spring context, engine or web server, and needs no database: only the node's address and a token.
 *
 * <p>Settings, from the environment (never defaulted where a secret is concerned):
 *
 * <ul>
 *   <li>{@code GYOMU_WORKER_URL}: a node's (or the load balancer's) address, e.g. {@code
 *       http://gyomu1:8080/}
 *   <li>{@code GYOMU_WORKER_TOKEN}: an API token of a user in {@code gyomu-ocr-workers}
 *   <li>{@code GYOMU_WORKER_THREADS}: pages read at once, one per processor when unset
 *   <li>{@code GYOMU_WORKER_NAME}: shown as who read a page, host name and process id when unset
 * </ul>
 */
public final class OcrWorker implements AutoCloseable {

  private static final System.Logger log = System.getLogger(OcrWorker.class.getName());

  /** A short wait for a page: stopping waits for it to end. */
  private static final int WAIT_SECONDS = 5;

  private static final Duration BACK_OFF = Duration.ofSeconds(5);

  /** The worker's settings, checked. */
  record Config(URI node, String token, int threads, String name) {

    static Config from(Map<String, String> env) {
      String url = env.getOrDefault("GYOMU_WORKER_URL", "").strip();
      String token = env.getOrDefault("GYOMU_WORKER_TOKEN", "").strip();
      if (url.isEmpty() || token.isEmpty()) {
        throw new IllegalArgumentException(
            "Set GYOMU_WORKER_URL (a node's address) and GYOMU_WORKER_TOKEN (an API token of a user"
                + " in gyomu-ocr-workers; an administrator creates one at /api/bot-tokens).");
      }
      URI node = URI.create(url.endsWith("/") ? url : url + "/");
      if (!"http".equals(node.getScheme()) && !"https".equals(node.getScheme())) {
        throw new IllegalArgumentException("GYOMU_WORKER_URL must be an http(s) address: " + url);
      }
      String threads = env.getOrDefault("GYOMU_WORKER_THREADS", "").strip();
      int count =
          threads.isEmpty()
              ? Runtime.getRuntime().availableProcessors()
              : Integer.parseInt(threads);
      if (count < 1) {
        throw new IllegalArgumentException("GYOMU_WORKER_THREADS must be at least 1");
      }
      String name = env.getOrDefault("GYOMU_WORKER_NAME", "").strip();
      return new Config(node, token, count, name.isEmpty() ? defaultName() : name);
    }

    private static String defaultName() {
      String host;
      try {
        host = InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        host = "worker";
      }
      return host + "-" + ProcessHandle.current().pid();
    }
  }

  private final Config config;
  private final WorkerClient client;
  private final TessApiOcrEngine engine;
  private final LeaseKeeper leases = new LeaseKeeper();
  private final List<Thread> threads = new ArrayList<>();
  private final AtomicLong pagesRead = new AtomicLong();

  private volatile boolean running = true;

  OcrWorker(Config config) {
    this.config = config;
    this.client = new WorkerClient(config.node(), config.token(), config.name());
    // no deadline of its own: each page comes with the one its node gives it
    this.engine =
        new TessApiOcrEngine(OcrSettings.defaults().withMaxConcurrentPages(config.threads()));
  }

  public static void main(String[] args) throws InterruptedException {
    Config config;
    try {
      config = Config.from(System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("[gyomu worker] " + e.getMessage());
      System.exit(2);
      return;
    }
    OcrWorker worker = new OcrWorker(config);
    Runtime.getRuntime().addShutdownHook(new Thread(worker::close, "ocr-worker-stop"));
    worker.start();
    worker.join();
  }

  void start() {
    for (int i = 1; i <= config.threads(); i++) {
      Thread t = new Thread(this::readWhileRunning, "ocr-worker-" + i);
      t.start();
      threads.add(t);
    }
    log.log(
        System.Logger.Level.INFO,
        "Gyomu OCR worker {0} reads pages for {1} with {2} threads",
        config.name(),
        config.node(),
        config.threads());
  }

  void join() throws InterruptedException {
    for (Thread t : threads) {
      t.join();
    }
  }

  /** Pages this worker read and whose text its node kept. */
  long pagesRead() {
    return pagesRead.get();
  }

  private void readWhileRunning() {
    while (running) {
      try {
        Optional<TakenPage> page = client.take(WAIT_SECONDS);
        if (page.isPresent()) {
          read(page.get());
        }
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        log.log(System.Logger.Level.WARNING, "OCR worker: {0}; trying again shortly", e.toString());
        try {
          Thread.sleep(BACK_OFF.toMillis());
        } catch (InterruptedException stop) {
          return;
        }
      }
    }
  }

  private void read(TakenPage page) throws Exception {
    Optional<byte[]> png = client.image(page);
    if (png.isEmpty()) {
      return;
    }
    Answer answer;
    try (var kept = leases.keep(Duration.ofMillis(page.leaseMillis()), () -> renew(page))) {
      answer = PageReading.read(engine, page, QueuedPagePng.read(png.get()));
    }
    boolean kept =
        answer.result() != null
            ? client.result(page, answer.result())
            : client.failure(page, answer.failure());
    if (kept && answer.result() != null) {
      pagesRead.incrementAndGet();
    } else if (!kept) {
      log.log(
          System.Logger.Level.INFO,
          "Page {0} went to another worker while this one read it; its text is dropped",
          page.id());
    }
  }

  private boolean renew(TakenPage page) {
    try {
      return client.renew(page);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    } catch (Exception e) {
      return true; // retried at the next renewal; the lease lapses if none gets through
    }
  }

  /** Stops taking pages, lets those being read finish (their text is sent), ends the engine. */
  @Override
  public void close() {
    // A thread waiting for a page is not interrupted: the node may hand it one as it leaves,
    // which it then reads, rather than leave the page with a lease nobody renews.
    running = false;
    for (Thread t : threads) {
      try {
        t.join(Duration.ofSeconds(WAIT_SECONDS + 70).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    leases.close();
    engine.close();
    // straight to stderr: java.util.logging shuts down in a shutdown hook of its own
    System.err.printf(
        "%s Gyomu OCR worker %s stopped; read %d pages%n",
        java.time.Instant.now(), config.name(), pagesRead.get());
  }
}
