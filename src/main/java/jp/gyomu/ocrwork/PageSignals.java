package jp.gyomu.ocrwork;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Wakes whoever waits on this node when the page queue changes here: readers when a page is queued,
 * a waiting pipeline thread when its page is answered. Changes made through another node are found
 * by polling the database instead, a little later.
 */
@Component
class PageSignals {

  private final Object queued = new Object();
  private long queuedCount;
  private final Map<String, CountDownLatch> answered = new ConcurrentHashMap<>();

  void pageQueued() {
    synchronized (queued) {
      queuedCount++;
      queued.notifyAll();
    }
  }

  /** Waits up to {@code timeout} for a page to be queued on this node. */
  void awaitQueued(Duration timeout) throws InterruptedException {
    synchronized (queued) {
      long seen = queuedCount;
      long end = System.nanoTime() + timeout.toNanos();
      long left;
      while (queuedCount == seen && (left = end - System.nanoTime()) > 0) {
        TimeUnit.NANOSECONDS.timedWait(queued, left);
      }
    }
  }

  void watch(String pageId) {
    answered.put(pageId, new CountDownLatch(1));
  }

  void unwatch(String pageId) {
    answered.remove(pageId);
  }

  void pageAnswered(String pageId) {
    CountDownLatch latch = answered.get(pageId);
    if (latch != null) {
      latch.countDown();
    }
  }

  /** Waits up to {@code timeout} for an answer to the page through this node. */
  void awaitAnswer(String pageId, Duration timeout) throws InterruptedException {
    CountDownLatch latch = answered.get(pageId);
    if (latch != null) {
      latch.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }
  }
}
