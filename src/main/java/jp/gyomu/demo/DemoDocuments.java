package jp.gyomu.demo;

import jakarta.annotation.PreDestroy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.gyomu.ingestion.DocumentQueries;
import jp.gyomu.ingestion.DocumentStatus;
import jp.gyomu.ingestion.IntakeService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * DEMO ONLY. Hands generated scans of the shipped forms ({@code demo/scans/}, written by {@code
 * bench/demo-scans.sh}) to the real intake, in the background after start-up, so a first run shows
 * real work: cases finished by the bot, reviews and an approval waiting with their page images, a
 * duplicate invoice to decide, a ledger entry the bot refused, a scan no type matches, a damaged
 * file in quarantine and a scan that arrived while its process was paused (FAILED, to retry). Each
 * scan arrives under a source key of its own, so a second start (or a start after a crash mid-way)
 * adds nothing that already arrived.
 */
@Component
class DemoDocuments {

  static final String SOURCE = "demo";
  static final String LIST = "demo/scans/documents.tsv";
  private static final String REVIEW_TASK = "review";
  private static final String WHILE_PAUSED = "while-paused";
  private static final String ACTOR = "demo";
  private static final Duration SETTLE_WAIT = Duration.ofMinutes(15);
  private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

  /**
   * One line of the list: the file, the name it arrives under, its type or null, the step after.
   */
  record Scan(String file, String receivedAs, String type, String then) {

    /** Identifies this arrival, so it is recognised on the next start. */
    String sourceKey(int line) {
      return "demo:" + line + ":" + receivedAs;
    }
  }

  private final IntakeService intake;
  private final DocumentQueries documents;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(
          r -> {
            var t = new Thread(r, "demo-documents");
            t.setDaemon(true);
            return t;
          });

  DemoDocuments(
      IntakeService intake,
      DocumentQueries documents,
      TaskService tasks,
      RuntimeService runtime,
      RepositoryService repository) {
    this.intake = intake;
    this.documents = documents;
    this.tasks = tasks;
    this.runtime = runtime;
    this.repository = repository;
  }

  /** Whether an earlier start began handing the demo scans in (to finish what it began). */
  boolean begun() {
    var scans = scans();
    return !scans.isEmpty() && intake.knownSource(scans.get(0).sourceKey(0)).isPresent();
  }

  /** Hands the scans in on a thread of their own; start-up does not wait for them. */
  void feedInBackground() {
    background.execute(
        () -> {
          try {
            feed();
          } catch (RuntimeException e) {
            log.warn("Demo documents stopped: {}", e.toString());
          }
        });
  }

  private void feed() {
    long started = System.nanoTime();
    var scans = scans();
    Map<Integer, String> ids = new TreeMap<>();
    for (int line = 0; line < scans.size(); line++) {
      if (!WHILE_PAUSED.equals(scans.get(line).then())) {
        ids.put(line, receive(scans.get(line), line));
      }
    }
    for (int line = 0; line < scans.size(); line++) {
      if ("confirm-review".equals(scans.get(line).then())) {
        confirmReview(ids.get(line));
      }
    }
    awaitSettled(List.copyOf(ids.values()));
    for (int line = 0; line < scans.size(); line++) {
      if (WHILE_PAUSED.equals(scans.get(line).then())) {
        ids.put(line, receiveWhilePaused(scans.get(line), line));
      }
    }
    log.info(
        "Demo documents: {} scans read and settled {} ms after they were handed in (DEMO ONLY)",
        ids.size(),
        (System.nanoTime() - started) / 1_000_000);
  }

  private String receive(Scan scan, int line) {
    try (InputStream in = new ClassPathResource("demo/scans/" + scan.file()).getInputStream()) {
      return intake.receive(in, scan.receivedAs(), SOURCE, scan.sourceKey(line), scan.type()).id();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Hands the scan in while its type's process is suspended, as an administrator may pause a
   * business task in Cockpit: the hand-off fails and the document waits as FAILED. The process is
   * resumed right after, so retrying the document in the console starts its case. Once the scan
   * arrived (a later start), only the resume is made sure of.
   */
  private String receiveWhilePaused(Scan scan, int line) {
    var known = intake.knownSource(scan.sourceKey(line));
    if (known.isPresent()) {
      resume(scan.type());
      return known.get().id();
    }
    repository.suspendProcessDefinitionByKey(scan.type());
    try {
      String id = receive(scan, line);
      awaitSettled(List.of(id));
      return id;
    } finally {
      resume(scan.type());
    }
  }

  private void resume(String processKey) {
    if (repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(processKey)
            .latestVersion()
            .suspended()
            .count()
        > 0) {
      repository.activateProcessDefinitionByKey(processKey);
    }
  }

  /**
   * Completes the document's review as a hurried clerk would: every value confirmed as read, the
   * blank one too, so the bot refuses the ledger entry and the case waits for its fix. Only while
   * the review is still open: on a later start it is done already.
   */
  private void confirmReview(String documentId) {
    long deadline = System.nanoTime() + SETTLE_WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      var status = documents.details(documentId).document().status();
      if (status != DocumentStatus.RECEIVED && status != DocumentStatus.HANDED_OFF) {
        return; // never became a case
      }
      var review =
          Optional.ofNullable(
              tasks
                  .createTaskQuery()
                  .processInstanceBusinessKey(documentId)
                  .taskDefinitionKey(REVIEW_TASK)
                  .singleResult());
      if (review.isPresent()) {
        tasks.setAssignee(review.get().getId(), ACTOR);
        tasks.complete(review.get().getId());
        return;
      }
      if (status == DocumentStatus.HANDED_OFF && pastReview(documentId)) {
        return;
      }
      sleep();
    }
  }

  /**
   * The case is past its review (a later start): it waits in a task other than the review, or it
   * ended. The review itself does not count: the job after the case's start creates it a moment
   * after the document is handed off, so it may appear between the two queries.
   */
  private boolean pastReview(String documentId) {
    return tasks.createTaskQuery().processInstanceBusinessKey(documentId).list().stream()
            .anyMatch(task -> !REVIEW_TASK.equals(task.getTaskDefinitionKey()))
        || runtime.createProcessInstanceQuery().processInstanceBusinessKey(documentId).count() == 0;
  }

  private void awaitSettled(List<String> ids) {
    long deadline = System.nanoTime() + SETTLE_WAIT.toNanos();
    for (String id : ids) {
      while (documents.details(id).document().status() == DocumentStatus.RECEIVED
          && System.nanoTime() < deadline) {
        sleep();
      }
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The list written by bench/demo-scans.sh. */
  static List<Scan> scans() {
    try (var reader =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource(LIST).getInputStream(), StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t"))
          .map(c -> new Scan(c[0], c[1], "-".equals(c[2]) ? null : c[2], c[3]))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PreDestroy
  void stop() {
    background.shutdownNow();
  }
}
