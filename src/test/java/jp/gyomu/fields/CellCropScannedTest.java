package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import javax.imageio.ImageIO;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.ocr.TesseractEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A one-kanji table cell cut from a scan-like 240 dpi page (a generated form, tuning seed 1006 of
 * the 住民異動届, blurred, noisy, JPEG): its rules above and below have faint, blurred edges. Read by
 * real Tesseract restricted to a closed set's characters, as the pipeline's second look does.
 */
class CellCropScannedTest {

  @RegisterExtension
  static final TesseractEngineExtension tesseract = TesseractEngineExtension.onePageAtATime();

  @Test
  void aLoneKanjiBetweenBlurredRulesIsReadAmongItsOptions() throws IOException {
    BufferedImage cell;
    try (InputStream in = getClass().getResourceAsStream("/fields/scanned-sex-cell-240dpi.png")) {
      cell = ImageIO.read(in);
    }
    SecondLook look =
        SecondLook.by(
            (image, dpi, region, model, characters) ->
                tesseract
                    .engine()
                    .readLine(image, dpi, region, model, Duration.ofSeconds(30), characters),
            "Japanese");

    var words =
        CellCrop.read(cell, 240, new Rectangle(cell.getWidth(), cell.getHeight()), look, "男女");

    // with the rules' faint edges left in the crop, the restricted reading gave nothing
    assertThat(words).extracting(OcrWord::text).containsExactly("男");
  }
}
