package jp.gyomu.studio;

import java.awt.Rectangle;
import java.util.List;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.ocr.PageText;

/** What OCR read on a page, as kept with a test scan (JSON), so a trial needs no OCR again. */
record StoredPageText(
    String text,
    List<Word> words,
    float meanConfidence,
    int width,
    int height,
    int dpi,
    int rotationDegrees,
    double skewDegrees,
    String languages) {

  record Word(String t, float c, int x, int y, int w, int h) {}

  static StoredPageText of(PageText p) {
    return new StoredPageText(
        p.text(),
        p.words().stream()
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
        p.meanConfidence(),
        p.width(),
        p.height(),
        p.dpi(),
        p.rotationDegrees(),
        p.skewDegrees(),
        p.languages());
  }

  PageText pageText() {
    return new PageText(
        text,
        words.stream()
            .map(w -> new OcrWord(w.t(), w.c(), new Rectangle(w.x(), w.y(), w.w(), w.h())))
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
