package jp.gyomu.ocrwork;

import java.awt.Rectangle;
import java.util.List;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.ocr.PageText;

/** What goes over the wire between a node and its OCR workers (JSON on {@code /api/ocr-work}). */
public final class PageWork {

  private PageWork() {}

  /**
   * A page a worker has taken.
   *
   * @param id the page's id in the queue
   * @param lease the lease's secret: every later call about the page carries it
   * @param languages Tesseract languages to read with
   * @param dpi the image's resolution
   * @param readWithinMillis the page's deadline, counted from now
   * @param leaseMillis how long the lease lasts without a renewal
   */
  public record TakenPage(
      String id,
      String lease,
      String languages,
      int dpi,
      long readWithinMillis,
      long leaseMillis) {}

  /** One word with its box, as {@link OcrWord} has it. */
  public record Word(String text, float confidence, int x, int y, int width, int height) {}

  /** {@link PageText} field for field, the box as four numbers. */
  public record Result(
      String text,
      List<Word> words,
      float meanConfidence,
      int width,
      int height,
      int dpi,
      int rotationDegrees,
      double skewDegrees,
      String languages) {

    public static Result of(PageText page) {
      return new Result(
          page.text(),
          page.words().stream()
              .map(
                  w ->
                      new Word(
                          w.text(),
                          w.confidence(),
                          w.box().x,
                          w.box().y,
                          w.box().width,
                          w.box().height))
              .toList(),
          page.meanConfidence(),
          page.width(),
          page.height(),
          page.dpi(),
          page.rotationDegrees(),
          page.skewDegrees(),
          page.languages());
    }

    public PageText toPageText() {
      return new PageText(
          text,
          words.stream()
              .map(
                  w ->
                      new OcrWord(
                          w.text(),
                          w.confidence(),
                          new Rectangle(w.x(), w.y(), w.width(), w.height())))
              .toList(),
          meanConfidence,
          width,
          height,
          dpi,
          rotationDegrees,
          skewDegrees,
          languages);
    }
  }

  /** Why a worker could not read a page. */
  public enum FailureKind {
    /** The page ran past its deadline: the node quarantines its document as too slow. */
    DEADLINE,
    /** The engine failed on the page. */
    ERROR
  }

  /**
   * @param kind why
   * @param message what happened, for the document's reason
   * @param limitMillis with {@link FailureKind#DEADLINE}: the deadline the page was given
   * @param elapsedMillis with {@link FailureKind#DEADLINE}: how long it had been read
   */
  public record Failure(FailureKind kind, String message, long limitMillis, long elapsedMillis) {}
}
