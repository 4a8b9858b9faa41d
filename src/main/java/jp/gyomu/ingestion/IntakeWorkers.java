package jp.gyomu.ingestion;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * A fixed pool of OCR worker threads with a bounded queue. The queue only holds ids: the durable
 * queue is the database (RECEIVED rows), so a full pool refuses new work instead of losing it.
 */
@Component
class IntakeWorkers {

  private final ThreadPoolExecutor pool;
  private final Set<String> queuedOrRunning = ConcurrentHashMap.newKeySet();

  IntakeWorkers(IntakeSettings settings, MeterRegistry meters) {
    int n = settings.effectiveWorkers();
    var counter = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            n,
            n,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(settings.queueCapacity()),
            r -> {
              var t = new Thread(r, "ocr-worker-" + counter.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.AbortPolicy());
    Gauge.builder("gyomu.intake.queued", pool, p -> p.getQueue().size())
        .description("Documents queued in memory for this node's OCR workers")
        .register(meters);
    Gauge.builder("gyomu.intake.running", pool, ThreadPoolExecutor::getActiveCount)
        .description("Documents this node's OCR workers are reading now")
        .register(meters);
    Gauge.builder("gyomu.intake.workers", pool, ThreadPoolExecutor::getMaximumPoolSize)
        .description("OCR worker threads on this node")
        .register(meters);
  }

  /** Queues a document unless it is queued already; false when the queue is full. */
  boolean offer(String id, Consumer<String> work) {
    if (!queuedOrRunning.add(id)) {
      return true;
    }
    try {
      pool.execute(
          () -> {
            try {
              work.accept(id);
            } finally {
              queuedOrRunning.remove(id);
            }
          });
      return true;
    } catch (RejectedExecutionException full) {
      queuedOrRunning.remove(id);
      return false;
    }
  }

  @PreDestroy
  void stop() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
  }
}
