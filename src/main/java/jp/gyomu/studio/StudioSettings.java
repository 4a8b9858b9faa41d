package jp.gyomu.studio;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The form studio's settings ({@code gyomu.studio.*}).
 *
 * @param minPublishAccuracy the share of expected values a draft's trial must read right before it
 *     may be published without the analyst's explicit {@code acceptBelowThreshold}
 * @param maxScans test scans one draft keeps; each is read by OCR when it is added
 */
@ConfigurationProperties(prefix = "gyomu.studio")
public record StudioSettings(
    @DefaultValue("0.9") double minPublishAccuracy, @DefaultValue("50") int maxScans) {

  public StudioSettings {
    if (minPublishAccuracy < 0 || minPublishAccuracy > 1) {
      throw new IllegalArgumentException("gyomu.studio.min-publish-accuracy is between 0 and 1");
    }
    if (maxScans < 1) {
      throw new IllegalArgumentException("gyomu.studio.max-scans must be positive");
    }
  }
}
