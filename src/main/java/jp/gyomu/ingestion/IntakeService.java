package jp.gyomu.ingestion;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import jp.gyomu.pages.FileNames;
import jp.gyomu.reasons.Reason;
import jp.gyomu.system.DatabaseOutages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The one way in for documents, from a watched folder, an upload or a bot. A document is stored and
 * recorded before the caller hears back, then read by a worker.
 */
@Service
public class IntakeService {

  private static final Logger log = LoggerFactory.getLogger(IntakeService.class);
  static final String FOLDER = "folder";

  /**
   * How long after its row was written an inbox file may still be on its way to the archive by the
   * node that recorded it (milliseconds normally); an older one was left by a node that stopped in
   * between, and any node archives it.
   */
  private static final Duration MOVING = Duration.ofMinutes(1);

  private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  private final DocumentRepository repository;
  private final DocumentStore store;
  private final DocumentPipeline pipeline;
  private final IntakeWorkers workers;
  private final IntakeMetrics metrics;

  IntakeService(
      DocumentRepository repository,
      DocumentStore store,
      DocumentPipeline pipeline,
      IntakeWorkers workers,
      IntakeMetrics metrics) {
    this.repository = repository;
    this.store = store;
    this.pipeline = pipeline;
    this.workers = workers;
    this.metrics = metrics;
  }

  /** What the caller is told: the document's id and where it stands. */
  public record Receipt(String id, DocumentStatus status) {}

  /**
   * Stores and records a document, then queues it for reading.
   *
   * @param source where it came from: {@code folder}, {@code upload}...
   * @param sourceKey identifies a folder file (path, size, time) so a second pick-up after a crash
   *     is recognised, or an upload by its Idempotency-Key; null for other uploads
   * @param type the document type when the sender knows it, else null (classified later)
   */
  public Receipt receive(
      InputStream content, String originalName, String source, String sourceKey, String type) {
    String checkedType = checkType(type);
    return arrive(
        content,
        originalName,
        source,
        sourceKey,
        checkedType,
        id -> {
          if (!workers.offer(id, this::read)) {
            log.info("Workers busy: document {} waits in the database for the next sweep", id);
          }
          return new Receipt(id, DocumentStatus.RECEIVED);
        });
  }

  /**
   * Stores and records a document that is refused as it arrives, and quarantines it at once with
   * the reason: for senders that cannot be answered, such as a file in an inbox folder whose name
   * is no document type. Nothing that came in is lost or left without a reason.
   */
  public Receipt receiveRefused(
      InputStream content, String originalName, String source, String sourceKey, Reason reason) {
    return arrive(
        content,
        originalName,
        source,
        sourceKey,
        null,
        id -> {
          store.quarantine(id, FileNames.sanitise(originalName), reason.english());
          repository.transition(
              id,
              DocumentStatus.QUARANTINED,
              reason,
              new DocumentRepository.Change(null, null, null, null, null, reason, null, null));
          log.info("Document {} QUARANTINED on arrival: {}", id, reason);
          return new Receipt(id, DocumentStatus.QUARANTINED);
        });
  }

  /**
   * A folder file picked up again (after a crash, or by a second pick-up meanwhile) is the document
   * it became the first time; anything else is stored, recorded and handed to {@code whenNew}.
   */
  private Receipt arrive(
      InputStream content,
      String originalName,
      String source,
      String sourceKey,
      String type,
      Function<String, Receipt> whenNew) {
    var known = sourceKey == null ? Optional.<Document>empty() : knownDocument(sourceKey);
    if (known.isPresent()) {
      var document = known.get();
      if (FOLDER.equals(source)
          && document.createdAt().isAfter(OffsetDateTime.now().minus(MOVING))) {
        // another node recorded the file a moment ago and is moving it to the archive: moving it
        // here as well would make Camel delete that node's archived copy before its own rename
        throw new InboxFileTakenElsewhere(sourceKey);
      }
      return new Receipt(document.id(), document.status());
    }
    return storeAndRecord(content, originalName, source, sourceKey, type)
        .map(whenNew)
        .orElseGet(
            () -> {
              if (FOLDER.equals(source)) {
                // another node recorded this inbox file a moment ago and moves it itself
                throw new InboxFileTakenElsewhere(sourceKey);
              }
              return knownSource(sourceKey).orElseThrow();
            });
  }

  private Optional<Document> knownDocument(String sourceKey) {
    return repository.idBySourceKey(sourceKey).flatMap(repository::find);
  }

  /** The document an upload with this source key (its Idempotency-Key) became, if any. */
  Optional<Document> earlierUpload(String sourceKey) {
    return sourceKey == null ? Optional.empty() : knownDocument(sourceKey);
  }

  /** The document a source key (a folder file, a demo scan) became, if it arrived already. */
  public Optional<Receipt> knownSource(String sourceKey) {
    return sourceKey == null
        ? Optional.empty()
        : repository.idBySourceKey(sourceKey).map(this::receipt);
  }

  /**
   * Writes the original, then its RECEIVED row; returns the new id, or empty when the same folder
   * file was recorded meanwhile by another pick-up.
   */
  private Optional<String> storeAndRecord(
      InputStream content, String originalName, String source, String sourceKey, String type) {
    String id = UUID.randomUUID().toString();
    var stored = store.storeOriginal(id, content);
    var arrival =
        new DocumentRepository.Arrival(
            source,
            sourceKey,
            FileNames.sanitise(originalName),
            type,
            stored.sha256(),
            stored.sizeBytes());
    try {
      repository.insertReceived(id, arrival);
    } catch (DuplicateKeyException sameFileAgain) {
      store.discard(id);
      if (sourceKey == null) {
        throw sameFileAgain;
      }
      return Optional.empty();
    } catch (RuntimeException notRecorded) {
      // the sender still has the document and tries again; a folder without a row helps nobody
      store.discard(id);
      throw notRecorded;
    }
    return Optional.of(id);
  }

  /**
   * Offers a document that was put back into RECEIVED (by {@link DocumentActions}) to the workers;
   * when they are full, the sweep takes it later: the database row is the queue.
   */
  void readAgain(String id) {
    if (!workers.offer(id, this::read)) {
      log.info("Workers busy: document {} waits in the database for the next sweep", id);
    }
  }

  /** Frees this node's leases from before a restart and resumes what was left. */
  @EventListener(ApplicationReadyEvent.class)
  void resumeAfterStart() {
    int freed = repository.releaseLeases(pipeline.node());
    if (freed > 0) {
      log.info("Resuming {} document(s) left unfinished by the last run", freed);
    }
    sweep();
  }

  /**
   * Picks up RECEIVED documents that found the workers full, were left by a crash, or whose node
   * stopped renewing its leases (it died): the sweep interval adds to the lease for a fail-over.
   */
  @Scheduled(fixedDelayString = "${gyomu.intake.sweep-interval:PT15S}", initialDelay = 15_000)
  void sweep() {
    List<String> waiting;
    try {
      waiting = repository.idsWaitingForPipeline(pipeline.node());
    } catch (RuntimeException e) {
      if (!DatabaseOutages.isTransient(e)) {
        throw e;
      }
      log.warn("Sweep skipped: the database is away ({})", e.getMessage());
      return;
    }
    for (String id : waiting) {
      if (!workers.offer(id, this::read)) {
        return;
      }
    }
  }

  /** What a worker does with a document: the pipeline, then the time it took since arrival. */
  private void read(String id) {
    Instant started = Instant.now();
    pipeline.process(id);
    metrics.afterPipeline(id, started);
  }

  private Receipt receipt(String id) {
    return new Receipt(id, repository.find(id).map(Document::status).orElseThrow());
  }

  /** Whether a name can be a document type: lower-case letters, digits and dashes. */
  static boolean isTypeName(String name) {
    return TYPE.matcher(name).matches();
  }

  static String checkType(String type) {
    if (type == null || type.isBlank()) {
      return null;
    }
    if (!isTypeName(type)) {
      throw new IllegalArgumentException(
          "Document type must be lower-case letters, digits and dashes: " + type);
    }
    return type;
  }
}
