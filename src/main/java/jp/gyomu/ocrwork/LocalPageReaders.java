package jp.gyomu.ocrwork;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.gyomu.ingestion.IntakeSettings;
import jp.gyomu.ocr.TessApiOcrEngine;
import jp.gyomu.ocrwork.PageReading.Answer;
import jp.gyomu.ocrwork.PageWork.TakenPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * With {@code gyomu.ocr.workers=external} and {@code local-reading}: this node's own OCR threads
 * take pages from the queue like any worker (any node's pages), so a node with no worker around
 * still reads its documents, and workers only add to what it reads.
 */
@Component
class LocalPageReaders implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(LocalPageReaders.class);

  /** How long an idle reader waits before asking the database again (pages of other nodes). */
  private static final Duration IDLE = Duration.ofMillis(500);

  private final OcrPageQueue queue;
  private final PageSignals signals;
  private final TessApiOcrEngine engine;
  private final OcrWorkerSettings settings;
  private final IntakeSettings intake;
  private final List<Thread> threads = new ArrayList<>();
  private LeaseKeeper leases;
  private volatile boolean running;

  LocalPageReaders(
      OcrPageQueue queue,
      PageSignals signals,
      TessApiOcrEngine engine,
      OcrWorkerSettings settings,
      IntakeSettings intake) {
    this.queue = queue;
    this.signals = signals;
    this.engine = engine;
    this.settings = settings;
    this.intake = intake;
  }

  @Override
  public synchronized void start() {
    if (!settings.external() || !settings.localReading() || running) {
      return;
    }
    running = true;
    leases = new LeaseKeeper();
    for (int i = 1; i <= intake.effectiveWorkers(); i++) {
      String holder = intake.effectiveNodeName() + "/local-" + i;
      Thread t = new Thread(() -> readWhileRunning(holder), "ocr-local-" + i);
      t.setDaemon(true);
      t.start();
      threads.add(t);
    }
    log.info("OCR pages go through the queue; this node reads with {} threads", threads.size());
  }

  private void readWhileRunning(String holder) {
    while (running) {
      try {
        Optional<TakenPage> taken = queue.take(holder);
        if (taken.isEmpty()) {
          queue.removeExpired();
          signals.awaitQueued(IDLE);
          continue;
        }
        read(taken.get());
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // the database away for a moment: the page's lease lapses and it is taken again
        log.warn("OCR reader: {}", e.toString());
        sleepQuietly();
      }
    }
  }

  private void read(TakenPage page) {
    Optional<byte[]> png = queue.image(page.id(), page.lease());
    if (png.isEmpty()) {
      return;
    }
    Answer answer;
    try (var kept =
        leases.keep(
            Duration.ofMillis(page.leaseMillis()), () -> queue.renew(page.id(), page.lease()))) {
      answer = PageReading.read(engine, page, QueuedPagePng.read(png.get()));
    }
    if (answer.result() != null) {
      queue.complete(page.id(), page.lease(), answer.result());
    } else {
      queue.fail(page.id(), page.lease(), answer.failure());
    }
    signals.pageAnswered(page.id());
  }

  private void sleepQuietly() {
    try {
      Thread.sleep(IDLE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public synchronized void stop() {
    running = false;
    threads.forEach(Thread::interrupt);
    for (Thread t : threads) {
      try {
        t.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    threads.clear();
    if (leases != null) {
      leases.close();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
