package jp.gyomu.ocrwork;

import java.awt.image.BufferedImage;
import java.time.Duration;
import jp.gyomu.ocr.OcrDeadlineException;
import jp.gyomu.ocr.OcrEngine;
import jp.gyomu.ocrwork.PageWork.Failure;
import jp.gyomu.ocrwork.PageWork.FailureKind;
import jp.gyomu.ocrwork.PageWork.Result;
import jp.gyomu.ocrwork.PageWork.TakenPage;

/**
 * Reads a taken page with Gyomu's engine (orientation, deskew, everything in-process reading does)
 * and says what to send back: the text or why not. Worker processes and a node's own readers share
 * it.
 */
final class PageReading {

  /** Exactly one of the two is set. */
  record Answer(Result result, Failure failure) {}

  private PageReading() {}

  static Answer read(OcrEngine engine, TakenPage page, BufferedImage image) {
    try {
      return new Answer(
          Result.of(
              engine.read(
                  image,
                  page.dpi(),
                  page.languages(),
                  Duration.ofMillis(Math.max(1, page.readWithinMillis())))),
          null);
    } catch (OcrDeadlineException e) {
      return new Answer(
          null,
          new Failure(
              FailureKind.DEADLINE, e.getMessage(), e.limit().toMillis(), e.elapsed().toMillis()));
    } catch (RuntimeException e) {
      return new Answer(null, new Failure(FailureKind.ERROR, e.toString(), 0, 0));
    }
  }
}
