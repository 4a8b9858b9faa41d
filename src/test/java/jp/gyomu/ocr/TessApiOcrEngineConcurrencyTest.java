package jp.gyomu.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TessApiOcrEngineConcurrencyTest {

  private static final List<String> PAGES =
      List.of("tesseract-test/phototest.tif", "tess4j/eurotext.png");

  @Test
  void readsTheSameTextFromTwoThreadsAsFromOneEachThreadWithItsOwnHandle() throws Exception {
    List<BufferedImage> images = PAGES.stream().map(RealPages::image).toList();
    try (TessApiOcrEngine engine =
        new TessApiOcrEngine(OcrSettings.defaults().withMaxConcurrentPages(2))) {
      List<String> expected = new ArrayList<>();
      for (BufferedImage image : images) {
        expected.add(engine.read(image, 300, "eng").text());
      }
      ExecutorService workers = Executors.newFixedThreadPool(2);
      try {
        List<Future<String>> results = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
          for (BufferedImage image : images) {
            results.add(workers.submit(() -> engine.read(image, 300, "eng").text()));
          }
        }
        for (int i = 0; i < results.size(); i++) {
          assertThat(results.get(i).get()).isEqualTo(expected.get(i % images.size()));
        }
      } finally {
        workers.shutdown();
      }
      // speed with and without OMP_THREAD_LIMIT is measured in bench/ (docs/BENCHMARKS.md)
      assertThat(engine.openedHandles("eng")).isBetween(1L, 2L);
    }
  }

  @Test
  void opensEachHandleOnceAndReusesItForLaterPages() {
    BufferedImage page = RealPages.image("tesseract-test/phototest.tif");
    try (TessApiOcrEngine engine =
        new TessApiOcrEngine(OcrSettings.defaults().withMaxConcurrentPages(2))) {
      for (int i = 0; i < 3; i++) {
        engine.read(page, 300, "eng");
      }

      assertThat(engine.openedHandles("eng")).isEqualTo(1);
      // An upright page that reads confidently needs no orientation detection.
      assertThat(engine.openedHandles("osd")).isZero();
    }
  }

  @Test
  void refusesPagesAfterClose() {
    TessApiOcrEngine engine = new TessApiOcrEngine(OcrSettings.defaults());
    engine.read(RealPages.image("tesseract-test/phototest.tif"), 300, "eng");
    engine.close();

    assertThatIllegalStateException()
        .isThrownBy(() -> engine.read(RealPages.image("tesseract-test/phototest.tif"), 300, "eng"));
  }
}
