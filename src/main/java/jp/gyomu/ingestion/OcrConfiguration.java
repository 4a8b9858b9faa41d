package jp.gyomu.ingestion;

import jp.gyomu.ocr.OcrEngine;
import jp.gyomu.ocr.OcrSettings;
import jp.gyomu.ocr.TessApiOcrEngine;
import jp.gyomu.pages.PageTextReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the OCR engine (which knows nothing of Spring) to the intake's worker count and deadlines;
 * pages are read by the primary {@link OcrEngine}: this engine, or the OCR workers (decision 0015).
 */
@Configuration
class OcrConfiguration {

  @Bean(destroyMethod = "close")
  TessApiOcrEngine ocrEngine(IntakeSettings settings, OcrDeadlines deadlines) {
    return new TessApiOcrEngine(
        OcrSettings.defaults()
            .withMaxConcurrentPages(settings.effectiveWorkers())
            .withPageDeadline(deadlines.pageDeadline()));
  }

  @Bean
  PageTextReader pageTextReader(OcrEngine engine, IntakeSettings settings) {
    return new PageTextReader(engine, settings.forceOcr());
  }
}
