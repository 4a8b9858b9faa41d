package jp.gyomu.ocr;

import java.nio.file.Path;

/**
 * Whether and how lines the fast model is unsure of are read again by a second model ({@link
 * SecondOpinion}).
 *
 * @param enabled whether unsure lines are read again
 * @param tessdataDir folder holding the second model's {@code MODEL.traineddata}
 * @param model the second model's language name, e.g. {@code Japanese}
 * @param belowConfidence lines whose mean word confidence (0-100) is below this are read again
 */
public record SecondOpinionSettings(
    boolean enabled, Path tessdataDir, String model, float belowConfidence) {

  /** Debian's {@code tesseract-ocr-script-jpan}, installed by {@code ./gyomu} (decision 0013). */
  public static final String DEFAULT_MODEL = "Japanese";

  /** Written as text for Spring's {@code @DefaultValue}. */
  public static final String DEFAULT_BELOW_CONFIDENCE = "90";

  /** Off: it costs more reading time than the pipeline's throughput target leaves (0013). */
  public static final String DEFAULT_ENABLED = "false";

  /** The model the second opinion is asked about: Gyomu's default horizontal Japanese. */
  static final String FAST_MODEL = "jpn";

  public SecondOpinionSettings {
    if (belowConfidence < 0 || belowConfidence > 100) {
      throw new IllegalArgumentException("belowConfidence must be 0 to 100: " + belowConfidence);
    }
    if (enabled && (model == null || model.isBlank())) {
      throw new IllegalArgumentException("a second opinion needs a model");
    }
  }

  /** The defaults with the second model looked for in {@code tessdataDir}. */
  public static SecondOpinionSettings defaults(Path tessdataDir) {
    return new SecondOpinionSettings(
        Boolean.parseBoolean(DEFAULT_ENABLED),
        tessdataDir,
        DEFAULT_MODEL,
        Float.parseFloat(DEFAULT_BELOW_CONFIDENCE));
  }

  public SecondOpinionSettings enabled(boolean on) {
    return new SecondOpinionSettings(on, tessdataDir, model, belowConfidence);
  }

  public SecondOpinionSettings disabled() {
    return new SecondOpinionSettings(false, tessdataDir, model, belowConfidence);
  }

  public SecondOpinionSettings withModel(Path dir, String name) {
    return new SecondOpinionSettings(enabled, dir, name, belowConfidence);
  }

  public SecondOpinionSettings withBelowConfidence(float confidence) {
    return new SecondOpinionSettings(enabled, tessdataDir, model, confidence);
  }

  /** Where the model's file must be. */
  Path modelFile() {
    return tessdataDir.resolve(model + ".traineddata");
  }
}
