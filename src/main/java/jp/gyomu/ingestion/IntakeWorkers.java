package jp.gyomu.ingestion;

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

  IntakeWorkers(IntakeSettings settings) {
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

  boolean saturated() {
    return pool.getQueue().remainingCapacity() == 0;
  }

  @PreDestroy
  void stop() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
  }
}
