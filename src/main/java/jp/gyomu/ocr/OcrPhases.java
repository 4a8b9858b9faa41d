package jp.gyomu.ocr;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where an engine's time went, summed over all pages it read: the figures behind the per-step
 * profile in docs/BENCHMARKS.md, and what {@code /actuator/metrics/gyomu.ocr.phase.seconds} shows.
 * Counting costs two clock reads per phase.
 */
public final class OcrPhases {

  /** The steps of reading one page, in the order they run. */
  public enum Phase {
    /** Greyscale, noise estimate and despeckle, ink sample, line direction, skew search. */
    PREPARE,
    /** Deskew and upscale (one interpolation), when the page needs either. */
    DESKEW,
    /** Tesseract's layout analysis and recognition of the whole page. */
    RECOGNITION,
    /** Unread ink found and read again patch by patch as single blocks (form titles). */
    SECOND_PASS,
    /** Tesseract's orientation detection, for pages that did not read as upright text. */
    ORIENTATION,
    /** Reading order, text assembly, boxes mapped back to the upright page. */
    ASSEMBLE;

    /** Lower case with dashes, as in metric tags: {@code second-pass}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final Map<Phase, LongAdder> nanos = new EnumMap<>(Phase.class);
  private final Map<Phase, LongAdder> counts = new EnumMap<>(Phase.class);

  OcrPhases() {
    for (Phase p : Phase.values()) {
      nanos.put(p, new LongAdder());
      counts.put(p, new LongAdder());
    }
  }

  void add(Phase phase, long startNanos) {
    nanos.get(phase).add(System.nanoTime() - startNanos);
    counts.get(phase).increment();
  }

  /** Seconds spent in a phase since the engine started, all pages and threads together. */
  public double seconds(Phase phase) {
    return nanos.get(phase).sum() / 1e9;
  }

  /** How many times a phase ran (e.g. how many pages paid for orientation detection). */
  public long count(Phase phase) {
    return counts.get(phase).sum();
  }
}
