package jp.gyomu.ocr;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;
import net.sourceforge.tess4j.TessAPI;

/**
 * Initialised Tesseract handles kept for reuse, per language set: opening one costs far more than
 * reading a page. A handle serves one caller at a time; callers limit their own concurrency, so the
 * pool never holds more handles per language set than pages read at once.
 */
final class TesseractHandlePool implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(TesseractHandlePool.class.getName());

  private final TessAPI api;
  private final Path tessdataDir;
  private final Map<String, Deque<TesseractHandle>> idle = new ConcurrentHashMap<>();
  private final Set<TesseractHandle> opened = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  TesseractHandlePool(TessAPI api, Path tessdataDir) {
    this.api = api;
    this.tessdataDir = tessdataDir;
  }

  /** Runs {@code work} with a handle for {@code languages}, opening one only if none is idle. */
  <T> T withHandle(String languages, Function<TesseractHandle, T> work) {
    TesseractHandle handle = borrow(languages);
    try {
      return work.apply(handle);
    } finally {
      handle.clear();
      idle.get(languages).push(handle);
    }
  }

  /** How many handles have been opened for {@code languages}. */
  long openedHandles(String languages) {
    return opened.stream().filter(h -> h.languages().equals(languages)).count();
  }

  private TesseractHandle borrow(String languages) {
    if (closed) {
      throw new IllegalStateException("OCR engine is closed");
    }
    TesseractHandle handle =
        idle.computeIfAbsent(languages, l -> new ConcurrentLinkedDeque<>()).poll();
    if (handle != null) {
      return handle;
    }
    long start = System.nanoTime();
    handle = TesseractHandle.open(api, tessdataDir, languages);
    opened.add(handle);
    LOG.log(
        Level.DEBUG,
        () ->
            "Opened Tesseract handle for %s in %d ms"
                .formatted(languages, (System.nanoTime() - start) / 1_000_000));
    return handle;
  }

  /** Ends every handle; callers must have finished (the engine waits for running pages). */
  @Override
  public void close() {
    closed = true;
    opened.forEach(TesseractHandle::close);
    opened.clear();
    idle.clear();
  }
}
