package jp.gyomu.ingestion;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import jp.gyomu.pages.UnreadableDocumentException;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;
import jp.gyomu.reasons.ReasonedException;
import jp.gyomu.system.DatabaseOutages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs the steps {@link PipelineSteps} lists on one document and records where it ends: every
 * document that enters leaves in a settled state with a reason, or stays RECEIVED to be resumed:
 * when the JVM dies, or while the database is away (decision 0006; the sweep offers it again).
 */
@Service
class DocumentPipeline {

  private static final Logger log = LoggerFactory.getLogger(DocumentPipeline.class);
  private final DocumentRepository repository;
  private final DocumentStore store;
  private final PipelineSteps steps;
  private final DocumentLeases leases;
  private final String node;
  private final MeterRegistry meters;

  DocumentPipeline(
      DocumentRepository repository,
      DocumentStore store,
      PipelineSteps steps,
      DocumentLeases leases,
      MeterRegistry meters) {
    this.repository = repository;
    this.store = store;
    this.steps = steps;
    this.leases = leases;
    this.node = leases.node();
    this.meters = meters;
  }

  String node() {
    return node;
  }

  void process(String id) {
    try {
      read(id);
    } catch (RuntimeException e) {
      if (!DatabaseOutages.isTransient(e)) {
        throw e;
      }
      waitForDatabase(id, e);
    }
  }

  private void read(String id) {
    var taken = leases.take(id);
    if (taken.isEmpty()) {
      return;
    }
    try (var lease = taken.get()) {
      read(id, lease);
    }
  }

  private void read(String id, DocumentLeases.Lease lease) {
    var row = repository.find(id).orElse(null);
    if (row == null || row.status() != DocumentStatus.RECEIVED) {
      return;
    }
    if (!Files.exists(store.original(id))) {
      var quarantined = store.quarantineReason(id, row.originalName());
      if (quarantined.isPresent()) {
        // quarantined, then stopped before the row said so
        settle(
            id,
            DocumentStatus.QUARANTINED,
            Reason.of(ReasonCode.QUARANTINE_RECORD, quarantined.get()),
            null);
      } else {
        settle(id, DocumentStatus.FAILED, Reason.of(ReasonCode.ORIGINAL_MISSING), null);
      }
      return;
    }
    var document = new WorkingDocument(row, store.original(id));
    document.leaseOwner = node;
    for (PipelineStep step : steps.inOrder()) {
      if (lease.lost()) {
        dropped(id, step.name());
        return;
      }
      long start = System.nanoTime();
      PipelineStep.Outcome outcome;
      try {
        outcome = step.apply(document);
      } catch (UnreadableDocumentException e) {
        // the document's fault, found only when a page is decoded (a truncated scan): refuse it
        outcome =
            PipelineStep.settle(
                DocumentStatus.QUARANTINED, Reason.of(ReasonCode.FILE_UNREADABLE, e.getMessage()));
      } catch (LeaseLostException e) {
        dropped(id, step.name());
        return;
      } catch (Exception | OutOfMemoryError e) {
        if (DatabaseOutages.isTransient(e)) {
          waitForDatabase(id, e);
          return;
        }
        log.warn("Document {} failed in step {}", id, step.name(), e);
        // the failed step's time too: the record shows how far the document got
        document.timingsMillis.put(step.name(), (System.nanoTime() - start) / 1_000_000);
        settle(
            id,
            DocumentStatus.FAILED,
            e instanceof ReasonedException r
                ? Reason.of(ReasonCode.STEP_FAILED, step.name()).because(r.reason())
                : Reason.of(ReasonCode.STEP_FAILED, step.name(), describe(e)),
            document);
        return;
      } finally {
        long nanos = System.nanoTime() - start;
        document.timingsMillis.put(step.name(), nanos / 1_000_000);
        stepTimer(step.name()).record(nanos, TimeUnit.NANOSECONDS);
      }
      if (outcome instanceof PipelineStep.Outcome.Settle end) {
        if (end.status() == DocumentStatus.QUARANTINED) {
          store.quarantine(id, document.originalName, end.reason().english());
        }
        settle(id, end.status(), end.reason(), document);
        return;
      }
      if (outcome instanceof PipelineStep.Outcome.Recorded) {
        return;
      }
    }
    settle(id, DocumentStatus.FAILED, Reason.of(ReasonCode.NO_STEP_SETTLED), document);
  }

  /**
   * The database went away under the document: not the document's fault, so it is not settled but
   * stays RECEIVED and the sweep offers it again. The lease is given back if the database answers
   * (for other nodes; this node may take its own lease again anyway).
   */
  private void waitForDatabase(String id, Throwable e) {
    log.warn(
        "Document {} waits for the database ({}); it stays RECEIVED and is read again later",
        id,
        describe(e));
    try {
      repository.releaseLease(id, node);
    } catch (RuntimeException stillAway) {
      // the lease runs out or this node takes it again
    }
  }

  /** Settles the document unless another node took it meanwhile; then this reading is dropped. */
  private void settle(String id, DocumentStatus status, Reason reason, WorkingDocument d) {
    var change = d == null ? DocumentRepository.Change.none() : d.change(status, reason);
    if (!repository.settle(id, node, status, reason, change)) {
      dropped(id, "settle");
      return;
    }
    log.info("Document {} {}: {}", id, status, reason);
  }

  private static void dropped(String id, String where) {
    log.warn(
        "Document {}: another node took it over before {}; this node's reading is dropped",
        id,
        where);
  }

  private Timer stepTimer(String step) {
    return Timer.builder("gyomu.intake.step")
        .description("Time one pipeline step took on one document (the timings it keeps)")
        .tag("step", step)
        .register(meters);
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
