package jp.gyomu.ocrwork;

import jp.gyomu.ingestion.IntakeSettings;
import jp.gyomu.ingestion.OcrDeadlines;
import jp.gyomu.ocr.OcrEngine;
import jp.gyomu.ocr.TessApiOcrEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Picks who reads the pipeline's pages: this node's engine, or the page queue (decision 0015). */
@Configuration(proxyBeanMethods = false)
class OcrWorkConfiguration {

  // The in-process engine is its own bean and closed as such: not closed again through this one.
  @Bean(destroyMethod = "")
  @Primary
  OcrEngine pageOcr(
      OcrWorkerSettings settings,
      TessApiOcrEngine local,
      OcrPageQueue queue,
      PageSignals signals,
      OcrDeadlines deadlines,
      IntakeSettings intake) {
    return settings.external()
        ? new QueuedOcrEngine(queue, signals, deadlines.pageDeadline(), intake.effectiveNodeName())
        : local;
  }
}
