package jp.gyomu.ocrwork;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Renews the leases of pages being read, every third of a lease, so that a slow page keeps its
 * worker and a dead worker's page is free again within one lease.
 */
final class LeaseKeeper implements AutoCloseable {

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "ocr-lease-keeper");
            t.setDaemon(true);
            return t;
          });

  /**
   * Keeps one lease while the returned handle is open; {@code renew} says whether it still holds.
   */
  Kept keep(Duration lease, BooleanSupplier renew) {
    long every = Math.max(100, lease.toMillis() / 3);
    Kept kept = new Kept();
    kept.task =
        timer.scheduleWithFixedDelay(
            () -> {
              try {
                if (!renew.getAsBoolean()) {
                  kept.cancel();
                }
              } catch (RuntimeException e) {
                // a failed renewal is retried next time; the lease lapses if none gets through
              }
            },
            every,
            every,
            TimeUnit.MILLISECONDS);
    return kept;
  }

  /** One lease being kept. */
  static final class Kept implements AutoCloseable {
    private volatile ScheduledFuture<?> task;

    private void cancel() {
      ScheduledFuture<?> t = task;
      if (t != null) {
        t.cancel(false);
      }
    }

    @Override
    public void close() {
      cancel();
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
