package jp.gyomu.ingestion;

import java.nio.file.Path;
import jp.gyomu.ocr.SecondOpinionSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The second opinion on unsure lines ({@code gyomu.ocr.second-opinion.*}, decision 0013); defaults
 * in {@link SecondOpinionSettings}.
 *
 * @param enabled read lines the fast model is unsure of again with a second model
 * @param model the second model's language name
 * @param tessdataDir folder of the second model's traineddata; blank: the OCR engine's own
 * @param belowConfidence lines whose mean word confidence is below this are read again
 */
@ConfigurationProperties(prefix = "gyomu.ocr.second-opinion")
record SecondOpinionProperties(
    @DefaultValue(SecondOpinionSettings.DEFAULT_ENABLED) boolean enabled,
    @DefaultValue(SecondOpinionSettings.DEFAULT_MODEL) String model,
    @DefaultValue("") String tessdataDir,
    @DefaultValue(SecondOpinionSettings.DEFAULT_BELOW_CONFIDENCE) float belowConfidence) {

  SecondOpinionSettings settings(Path engineTessdata) {
    return new SecondOpinionSettings(
        enabled,
        tessdataDir.isBlank() ? engineTessdata : Path.of(tessdataDir),
        model,
        belowConfidence);
  }
}
