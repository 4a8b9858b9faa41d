package jp.gyomu.ingestion;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Whether an upload is taken now or told to come back (decision 0004): uploads queue durably until
 * {@code gyomu.intake.max-waiting} documents wait, then answer 503 with the time the workers need,
 * at their measured pace, to make room. The check is not atomic with the insert, so concurrent
 * uploads may overshoot the bound by a few documents.
 */
@Component
class UploadAdmission {

  /** Before this node settled anything there is no pace to go by. */
  static final Duration UNMEASURED = Duration.ofSeconds(30);

  /** Gives room for several clients at once instead of a retry every second. */
  static final Duration SHORTEST = Duration.ofSeconds(5);

  /** Clients check back at least this often, even behind a very long backlog. */
  static final Duration LONGEST = Duration.ofMinutes(10);

  private final IntakeMetrics metrics;
  private final int maxWaiting;
  private final Counter refused;

  UploadAdmission(IntakeMetrics metrics, IntakeSettings settings, MeterRegistry meters) {
    this.metrics = metrics;
    this.maxWaiting = settings.maxWaiting();
    this.refused =
        Counter.builder("gyomu.intake.uploads.refused")
            .description("Uploads answered 503 because too many documents were waiting")
            .register(meters);
  }

  /** Empty when an upload may come in now; else how long its client should wait (counted). */
  Optional<Duration> refusal() {
    long waiting = metrics.waiting();
    if (waiting < maxWaiting) {
      return Optional.empty();
    }
    refused.increment();
    return Optional.of(retryAfter(waiting - maxWaiting + 1, metrics.settledPerSecond()));
  }

  /** Refuses an upload: 503 with Retry-After, as a problem (decision 0009); nothing is stored. */
  static void refuse(Duration wait) {
    var refusal =
        new ErrorResponseException(
            HttpStatus.SERVICE_UNAVAILABLE,
            ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Too many documents are waiting to be read (gyomu.intake.max-waiting); this one"
                    + " was not stored. Send it again after Retry-After seconds."),
            null);
    refusal.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds()));
    throw refusal;
  }

  /** The time for {@code toSettle} documents to settle at {@code perSecond}, within bounds. */
  static Duration retryAfter(long toSettle, OptionalDouble perSecond) {
    if (perSecond.isEmpty() || perSecond.getAsDouble() <= 0) {
      return UNMEASURED;
    }
    long seconds = (long) Math.ceil(toSettle / perSecond.getAsDouble());
    return Duration.ofSeconds(
        Math.min(Math.max(seconds, SHORTEST.toSeconds()), LONGEST.toSeconds()));
  }
}
