package jp.gyomu.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageStraightenerTest {

  /** Tesseract's readings were measured on pages Graphics2D drew: every grey level must stay. */
  @ParameterizedTest
  @CsvSource({"1.0, 1", "-0.7, 1", "-2.95, 1", "5, 1", "0, 1.5", "1.3, 1.5", "-0.45, 1.25"})
  void straightensAndScalesPixelForPixelAsGraphics2dDrawsBilinear(double degrees, double scale) {
    var page = new BufferedImage(401, 297, BufferedImage.TYPE_BYTE_GRAY);
    new Random(11).nextBytes(Greyscale.pixels(page));

    PreparedPage prepared = PageStraightener.prepare(page, 200, degrees, scale);

    BufferedImage drawn =
        new BufferedImage(
            prepared.image().getWidth(),
            prepared.image().getHeight(),
            BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = drawn.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, drawn.getWidth(), drawn.getHeight());
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(page, prepared.uprightToRead(), null);
    g.dispose();
    assertThat(Greyscale.pixels(prepared.image())).isEqualTo(Greyscale.pixels(drawn));
  }
}
