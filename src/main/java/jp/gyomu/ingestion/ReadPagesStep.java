package jp.gyomu.ingestion;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import jp.gyomu.ocr.OcrDeadlineException;
import jp.gyomu.ocr.PageText;
import jp.gyomu.ocr.QuarterTurns;
import jp.gyomu.pages.PageSource;
import jp.gyomu.pages.PageTextReader;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;
import org.springframework.stereotype.Component;

/**
 * Reads every page (a PDF's own text layer where it is real, else OCR) and writes what the document
 * store keeps of it: one upright PNG per page and the text. Pages are read one at a time, so memory
 * stays flat whatever the page count. A document that runs past its deadlines ({@link
 * OcrDeadlines}) is quarantined, so that no document holds its worker longer.
 */
@Component
class ReadPagesStep implements PipelineStep {

  private final PageTextReader reader;
  private final DocumentStore store;
  private final DocumentTypes types;
  private final IntakeSettings settings;
  private final OcrDeadlines deadlines;
  private final Timer readTimer;
  private final Timer imageTimer;

  ReadPagesStep(
      PageTextReader reader,
      DocumentStore store,
      DocumentTypes types,
      IntakeSettings settings,
      OcrDeadlines deadlines,
      MeterRegistry meters) {
    this.reader = reader;
    this.store = store;
    this.types = types;
    this.settings = settings;
    this.deadlines = deadlines;
    this.readTimer = pageTimer(meters, "read", "Text of one page: text layer, or render and OCR");
    this.imageTimer = pageTimer(meters, "page-image", "The upright page image of one page stored");
  }

  private static Timer pageTimer(MeterRegistry meters, String part, String description) {
    return Timer.builder("gyomu.intake.page")
        .description(description)
        .tag("part", part)
        .register(meters);
  }

  @Override
  public String name() {
    return "read-pages";
  }

  @Override
  public Outcome apply(WorkingDocument document) throws Exception {
    String languages = types.languagesFor(document.type);
    long start = System.nanoTime();
    try (PageSource source =
        PageSource.open(document.original, PreflightStep.limits(document, settings))) {
      for (int i = 0; i < source.pageCount(); i++) {
        int page = i;
        Duration left = deadlines.documentDeadline().minusNanos(System.nanoTime() - start);
        if (left.isNegative() || left.isZero()) {
          return documentTooSlow(source, page);
        }
        PageTextReader.ReadPage read;
        long pageStart = System.nanoTime();
        try {
          read = reader.read(source, page, languages, left);
          readTimer.record(System.nanoTime() - pageStart, TimeUnit.NANOSECONDS);
        } catch (OcrDeadlineException e) {
          return e.limit().compareTo(deadlines.pageDeadline()) < 0
              ? documentTooSlow(source, page)
              : pageTooSlow(source, page, e);
        }
        PageText text = read.text();
        long imageStart = System.nanoTime();
        BufferedImage image = read.image().orElseGet(() -> source.render(page)).image();
        BufferedImage upright = QuarterTurns.clockwise(image, text.rotationDegrees());
        document.pageImages.write(page + 1, upright, store.pageImage(document.id, page + 1));
        imageTimer.record(System.nanoTime() - imageStart, TimeUnit.NANOSECONDS);
        document.pages.add(text);
      }
    }
    store.writeText(document.id, document.text());
    return PipelineStep.next();
  }

  private Outcome pageTooSlow(PageSource source, int page, OcrDeadlineException e) {
    return PipelineStep.settle(
        DocumentStatus.QUARANTINED,
        Reason.of(
            ReasonCode.PAGE_TOO_SLOW,
            page + 1,
            source.pageCount(),
            source.geometry(page).pixels() / 1_000_000,
            seconds(e.elapsed()),
            seconds(deadlines.pageDeadline())));
  }

  private Outcome documentTooSlow(PageSource source, int page) {
    long megapixels = 0;
    for (int i = 0; i <= page; i++) {
      megapixels += source.geometry(i).pixels();
    }
    return PipelineStep.settle(
        DocumentStatus.QUARANTINED,
        Reason.of(
            ReasonCode.DOCUMENT_TOO_SLOW,
            seconds(deadlines.documentDeadline()),
            page + 1,
            source.pageCount(),
            megapixels / 1_000_000,
            seconds(deadlines.documentDeadline())));
  }

  /** 60 s, 0.5 s: one decimal only below ten seconds. */
  static String seconds(Duration duration) {
    double s = duration.toMillis() / 1000.0;
    return String.format(Locale.ROOT, s < 10 && s != Math.rint(s) ? "%.1f s" : "%.0f s", s);
  }
}
