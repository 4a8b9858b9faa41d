package jp.gyomu.ingestion;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What operators watch on the intake ({@code /actuator/metrics}, {@code /actuator/prometheus}):
 * documents waiting in the database and the time from arrival to a settled state. The worker pool's
 * own gauges are registered by {@link IntakeWorkers}.
 */
@Component
class IntakeMetrics {

  private static final Logger log = LoggerFactory.getLogger(IntakeMetrics.class);

  private final DocumentRepository repository;
  private final MeterRegistry meters;
  private final SettleRate rate = new SettleRate();

  IntakeMetrics(DocumentRepository repository, MeterRegistry meters) {
    this.repository = repository;
    this.meters = meters;
    Gauge.builder("gyomu.intake.waiting", this, IntakeMetrics::waiting)
        .description("Documents received and not settled yet, on all nodes: waiting for or in OCR")
        .register(meters);
  }

  /** RECEIVED rows: the durable queue, shared by all nodes. */
  long waiting() {
    return repository.count(java.util.Set.of(DocumentStatus.RECEIVED), null);
  }

  /** Documents this node settles per second lately; empty before it settled any. */
  OptionalDouble settledPerSecond() {
    return rate.perSecond(Instant.now());
  }

  /**
   * Records the time from arrival to the state the pipeline just left the document in. A document
   * still RECEIVED, or settled before {@code started} (by another node), is not counted.
   */
  void afterPipeline(String id, Instant started) {
    try {
      repository
          .find(id)
          .filter(d -> d.status() != DocumentStatus.RECEIVED)
          .filter(d -> !d.updatedAt().toInstant().isBefore(started))
          .ifPresent(
              d -> {
                settledTimer(d.status()).record(Duration.between(d.createdAt(), d.updatedAt()));
                rate.settled(d.updatedAt().toInstant());
              });
    } catch (RuntimeException e) {
      // a metric must never break the intake; the document's state is already recorded
      log.debug("No settle time recorded for document {}", id, e);
    }
  }

  private Timer settledTimer(DocumentStatus status) {
    return Timer.builder("gyomu.intake.settled")
        .description("Time from a document's arrival to its settled state (queueing included)")
        .tag("status", status.name())
        // few, fixed buckets that add up across nodes; percentiles for a quick look in /actuator
        .serviceLevelObjectives(
            Duration.ofSeconds(10),
            Duration.ofSeconds(30),
            Duration.ofMinutes(1),
            Duration.ofMinutes(2),
            Duration.ofMinutes(5),
            Duration.ofMinutes(15),
            Duration.ofMinutes(30),
            Duration.ofHours(1))
        .publishPercentiles(0.5, 0.95)
        .register(meters);
  }
}
