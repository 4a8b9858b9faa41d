package jp.gyomu.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.gyomu.ocr.OcrEngine;
import jp.gyomu.ocr.PageText;
import jp.gyomu.testdocs.OcrEvalFolder;
import org.junit.jupiter.api.Test;

class PageTextReaderTest {

  private final AtomicInteger ocrCalls = new AtomicInteger();
  private final OcrEngine fakeEngine =
      (page, dpi, languages, timeLeft) -> {
        ocrCalls.incrementAndGet();
        return new PageText(
            "read by OCR", List.of(), 90, page.getWidth(), page.getHeight(), dpi, 0, 0, languages);
      };

  @Test
  void keepsARealTextLayerWithoutRunningOcr() {
    try (PageSource source = PageSource.open(OcrEvalFolder.file("tess4j/multipage-pdf.pdf"))) {
      PageTextReader.ReadPage page =
          new PageTextReader(fakeEngine, false).read(source, 0, "deu", Duration.ofMinutes(1));

      assertThat(ocrCalls).hasValue(0);
      assertThat(page.text().languages()).isEqualTo(PageTextReader.TEXT_LAYER);
      assertThat(page.text().text()).startsWith("Seite 1 von 5");
      assertThat(page.text().meanConfidence()).isEqualTo(100);
      assertThat(page.text().width()).isEqualTo(2480);
      assertThat(page.image()).isEmpty();
    }
  }

  @Test
  void runsOcrWhenTheSettingForcesIt() {
    try (PageSource source = PageSource.open(OcrEvalFolder.file("tess4j/multipage-pdf.pdf"))) {
      PageTextReader.ReadPage page =
          new PageTextReader(fakeEngine, true).read(source, 0, "deu", Duration.ofMinutes(1));

      assertThat(ocrCalls).hasValue(1);
      assertThat(page.text().text()).isEqualTo("read by OCR");
      assertThat(page.image()).get().extracting(PageImage::dpi).isEqualTo(300);
    }
  }

  @Test
  void runsOcrOnAPageWhoseTextLayerIsOnlyAHeader() {
    try (PageSource source = PageSource.open(OcrEvalFolder.file("tess4j/multipage-img.pdf"))) {
      PageTextReader.ReadPage page =
          new PageTextReader(fakeEngine, false).read(source, 0, "deu", Duration.ofMinutes(1));

      assertThat(ocrCalls).hasValue(1);
      assertThat(page.text().languages()).isEqualTo("deu");
    }
  }
}
