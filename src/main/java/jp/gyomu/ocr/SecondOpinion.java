package jp.gyomu.ocr;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import net.sourceforge.tess4j.TessAPI;

/**
 * Reads the lines the fast model was unsure of again with a second model and keeps, per line, the
 * better reading ({@link SecondOpinionChoice}). Confident lines are never read again, so a clean
 * page costs nothing. The second reading's words replace the line's words with their own boxes, so
 * text, words and boxes stay consistent for the field readers.
 */
final class SecondOpinion implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(SecondOpinion.class.getName());

  private final SecondOpinionSettings settings;
  private final TesseractHandlePool handles;
  private final LongAdder pages = new LongAdder();
  private final LongAdder pagesReRead = new LongAdder();
  private final LongAdder lines = new LongAdder();
  private final LongAdder linesReRead = new LongAdder();
  private final LongAdder segmentsReplaced = new LongAdder();

  private SecondOpinion(SecondOpinionSettings settings, TesseractHandlePool handles) {
    this.settings = settings;
    this.handles = handles;
  }

  /** A second opinion as configured; off (with a warning) when its model is not installed. */
  static SecondOpinion of(SecondOpinionSettings settings, TessAPI api) {
    if (settings.enabled() && !Files.isRegularFile(settings.modelFile())) {
      LOG.log(
          Level.WARNING,
          "Second-opinion model {0} not found; unsure lines are not read again (install it with"
              + " ./gyomu run, or set gyomu.ocr.second-opinion.enabled=false)",
          settings.modelFile());
      return new SecondOpinion(settings.disabled(), null);
    }
    return new SecondOpinion(
        settings, settings.enabled() ? new TesseractHandlePool(api, settings.tessdataDir()) : null);
  }

  boolean enabled() {
    return settings.enabled();
  }

  /**
   * {@code read} with its unsure lines read again by the second model where that reads better.
   *
   * @param image the image {@code read} came from (boxes in its pixels), horizontal lines
   * @param languages what {@code read} was read with; only the fast Japanese model is reviewed
   */
  Recognition review(
      Recognition read, BufferedImage image, int dpi, String languages, Deadline deadline) {
    if (!settings.enabled() || !SecondOpinionSettings.FAST_MODEL.equals(languages)) {
      return read;
    }
    Map<Integer, List<RecognisedWord>> byLine = new LinkedHashMap<>();
    read.words().forEach(w -> byLine.computeIfAbsent(w.line(), l -> new ArrayList<>()).add(w));
    pages.increment();
    lines.add(byLine.size());
    List<List<RecognisedWord>> unsure = new ArrayList<>();
    int unsureLines = 0;
    for (List<RecognisedWord> line : byLine.values()) {
      if (meanConfidence(line) < settings.belowConfidence()) {
        unsureLines++;
        unsure.addAll(LineSegments.of(line));
      }
    }
    if (unsure.isEmpty()) {
      return read;
    }
    pagesReRead.increment();
    linesReRead.add(unsureLines);
    List<Rectangle> crops = unsure.stream().map(s -> LineSegments.crop(s, image)).toList();
    List<Recognition> second =
        handles.withHandle(settings.model(), h -> h.recogniseLines(image, dpi, crops, deadline));
    Map<RecognisedWord, List<RecognisedWord>> replacements = new HashMap<>();
    Set<RecognisedWord> dropped = new HashSet<>();
    for (int i = 0; i < unsure.size(); i++) {
      List<RecognisedWord> first = unsure.get(i);
      List<RecognisedWord> pick =
          SecondOpinionChoice.pick(first, LineSegments.withoutRules(second.get(i).words()));
      if (pick != first) {
        segmentsReplaced.increment();
        LOG.log(Level.DEBUG, () -> "Second opinion: %s -> %s".formatted(text(first), text(pick)));
        RecognisedWord at = first.get(0);
        replacements.put(
            at,
            pick.stream()
                .map(
                    w ->
                        new RecognisedWord(
                            w.text(), w.confidence(), w.box(), at.block(), at.line()))
                .toList());
        dropped.addAll(first);
      }
    }
    if (replacements.isEmpty()) {
      return read;
    }
    List<RecognisedWord> words = new ArrayList<>();
    for (RecognisedWord w : read.words()) {
      List<RecognisedWord> instead = replacements.get(w);
      if (instead != null) {
        words.addAll(instead);
      } else if (!dropped.contains(w)) {
        words.add(w);
      }
    }
    return new Recognition(words);
  }

  private static String text(List<RecognisedWord> words) {
    return words.stream().map(RecognisedWord::text).collect(Collectors.joining(" "));
  }

  static double meanConfidence(List<RecognisedWord> words) {
    return words.stream().mapToDouble(RecognisedWord::confidence).average().orElse(0);
  }

  /** What the second opinion did so far. */
  SecondOpinionCounts counts() {
    return new SecondOpinionCounts(
        pages.sum(), pagesReRead.sum(), lines.sum(), linesReRead.sum(), segmentsReplaced.sum());
  }

  @Override
  public void close() {
    if (handles != null) {
      handles.close();
    }
  }
}
