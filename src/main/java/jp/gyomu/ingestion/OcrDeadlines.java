package jp.gyomu.ingestion;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long reading may hold an OCR worker ({@code gyomu.ocr.*}); a document past either deadline is
 * quarantined and its worker takes the next one.
 *
 * @param pageDeadline one page's OCR; a normal A4 page at 300 dpi takes about 1 s, a page of 36
 *     megapixels packed with small print about 50 s
 * @param documentDeadline all pages of one document; 300 ordinary pages fit in it
 */
@ConfigurationProperties(prefix = "gyomu.ocr")
public record OcrDeadlines(
    @DefaultValue("60s") Duration pageDeadline, @DefaultValue("10m") Duration documentDeadline) {

  public OcrDeadlines {
    if (pageDeadline.compareTo(Duration.ZERO) <= 0
        || documentDeadline.compareTo(Duration.ZERO) <= 0) {
      throw new IllegalArgumentException("OCR deadlines must be positive");
    }
  }
}
