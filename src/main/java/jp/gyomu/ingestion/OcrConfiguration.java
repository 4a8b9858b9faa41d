package jp.gyomu.ingestion;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import jp.gyomu.ocr.OcrEngine;
import jp.gyomu.ocr.OcrPhases;
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
  TessApiOcrEngine ocrEngine(
      IntakeSettings settings, OcrDeadlines deadlines, SecondOpinionProperties secondOpinion) {
    OcrSettings ocr = OcrSettings.defaults();
    return new TessApiOcrEngine(
        ocr.withMaxConcurrentPages(settings.effectiveWorkers())
            .withPageDeadline(deadlines.pageDeadline())
            .withSecondOpinion(secondOpinion.settings(ocr.tessdataDir())));
  }

  /** The engine's time by step of reading a page, summed over pages ({@link OcrPhases}). */
  @Bean
  MeterBinder ocrPhaseMeters(TessApiOcrEngine engine) {
    return registry -> {
      for (OcrPhases.Phase phase : OcrPhases.Phase.values()) {
        FunctionCounter.builder("gyomu.ocr.phase.seconds", engine.phases(), p -> p.seconds(phase))
            .description("Time OCR spent in one step of reading pages, all pages together")
            .tag("phase", phase.id())
            .register(registry);
        FunctionCounter.builder("gyomu.ocr.phase.runs", engine.phases(), p -> p.count(phase))
            .description("How many times OCR ran one step of reading a page")
            .tag("phase", phase.id())
            .register(registry);
      }
    };
  }

  @Bean
  PageTextReader pageTextReader(OcrEngine engine, IntakeSettings settings) {
    return new PageTextReader(engine, settings.forceOcr());
  }
}
