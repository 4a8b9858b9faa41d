package jp.gyomu.ingestion;

import jp.gyomu.ocr.OcrSettings;
import jp.gyomu.ocr.TessApiOcrEngine;
import jp.gyomu.pages.PageTextReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the OCR engine (which knows nothing of Spring) to the intake's worker count and deadlines.
 */
@Configuration
class OcrConfiguration {

  @Bean(destroyMethod = "close")
  TessApiOcrEngine ocrEngine(
      IntakeSettings settings, OcrDeadlines deadlines, SecondOpinionProperties secondOpinion) {
    OcrSettings ocr = OcrSettings.defaults();
    return new TessApiOcrEngine(
        ocr.withMaxConcurrentPages(settings.effectiveWorkers())
            .withPageDeadline(deadlines.pageDeadline())
            .withSecondOpinion(secondOpinion.settings(ocr.tessdataDir())));
  }

  @Bean
  PageTextReader pageTextReader(TessApiOcrEngine engine, IntakeSettings settings) {
    return new PageTextReader(engine, settings.forceOcr());
  }
}
