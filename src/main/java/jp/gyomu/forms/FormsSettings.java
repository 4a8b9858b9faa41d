package jp.gyomu.forms;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds of the document-type API ({@code gyomu.forms.*}). Each file of a trial is also held to the
 * upload limits ({@code gyomu.intake.max-file-size} for the whole request, the page and pixel
 * limits, the OCR deadlines).
 *
 * @param maxTrialFiles files one trial request may carry; each is read by OCR while the caller
 *     waits
 * @param maxDefinitionSize the largest template file accepted; real ones are a few kilobytes
 */
@ConfigurationProperties(prefix = "gyomu.forms")
public record FormsSettings(
    @DefaultValue("10") int maxTrialFiles, @DefaultValue("256KB") DataSize maxDefinitionSize) {

  public FormsSettings {
    if (maxTrialFiles < 1 || maxDefinitionSize.toBytes() < 1) {
      throw new IllegalArgumentException("gyomu.forms limits must be positive");
    }
  }
}
