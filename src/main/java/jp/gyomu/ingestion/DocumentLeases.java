package jp.gyomu.ingestion;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.gyomu.system.DatabaseOutages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * This node's short leases on the documents its workers read, renewed by a heartbeat while they
 * read: a node that dies stops renewing, and the others take its documents when the lease runs out
 * (about a minute) instead of after the longest document could take. A renewal that finds the lease
 * taken by another node marks it lost; the worker then drops what it read, and the database refuses
 * its final write anyway ({@link DocumentRepository#settle}).
 */
@Component
class DocumentLeases {

  private static final Logger log = LoggerFactory.getLogger(DocumentLeases.class);

  private final DocumentRepository repository;
  private final String node;
  private final Duration duration;
  private final Map<String, Lease> held = new ConcurrentHashMap<>();
  private final ScheduledExecutorService heartbeat;

  DocumentLeases(DocumentRepository repository, IntakeSettings settings) {
    this.repository = repository;
    this.node = settings.effectiveNodeName();
    this.duration = settings.leaseDuration();
    if (duration.toMillis() < 4) { // the heartbeat beats four times per lease
      throw new IllegalArgumentException(
          "gyomu.intake.lease-duration must be positive, not " + duration);
    }
    this.heartbeat =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              var t = new Thread(r, "lease-heartbeat");
              t.setDaemon(true);
              return t;
            });
    long every = settings.heartbeatInterval().toMillis();
    heartbeat.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
  }

  /** One document held by this node; closing it stops the renewals. */
  final class Lease implements AutoCloseable {
    final String documentId;
    private volatile boolean lost;

    private Lease(String documentId) {
      this.documentId = documentId;
    }

    /** Whether another node has taken the document since: then nothing read may be written. */
    boolean lost() {
      return lost;
    }

    @Override
    public void close() {
      held.remove(documentId, this);
    }
  }

  String node() {
    return node;
  }

  /** Takes a RECEIVED document for this node unless another node holds a live lease on it. */
  Optional<Lease> take(String id) {
    if (!repository.lease(id, node, until())) {
      return Optional.empty();
    }
    var lease = new Lease(id);
    held.put(id, lease);
    return Optional.of(lease);
  }

  /** Documents this node is reading now. */
  int held() {
    return held.size();
  }

  /** Extends every lease this node holds; marks lost those another node has taken. */
  void renew() {
    for (Lease lease : held.values()) {
      try {
        if (!repository.renewLease(lease.documentId, node, until())) {
          lease.lost = true;
          held.remove(lease.documentId, lease);
          log.warn(
              "Document {}: this node's lease was taken by another node; what it reads is dropped",
              lease.documentId);
        }
      } catch (RuntimeException e) {
        if (!DatabaseOutages.isTransient(e)) {
          log.error("Lease heartbeat failed", e);
        } else {
          log.warn("Lease heartbeat skipped: the database is away ({})", e.getMessage());
        }
        return; // the next beat tries again; a lease that runs out meanwhile is fenced
      }
    }
  }

  private OffsetDateTime until() {
    return OffsetDateTime.now(ZoneOffset.UTC).plus(duration);
  }

  @PreDestroy
  void stop() {
    heartbeat.shutdownNow();
  }
}
