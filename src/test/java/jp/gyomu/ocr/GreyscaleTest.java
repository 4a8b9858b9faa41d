package jp.gyomu.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GreyscaleTest {

  @Test
  void aGreyPageIsCopiedLevelForLevelAsTheColourRoundTripWouldGiveIt() {
    var page = new BufferedImage(300, 200, BufferedImage.TYPE_BYTE_GRAY);
    new Random(3).nextBytes(Greyscale.pixels(page));
    // the same levels drawn into an RGB page take the general path
    var rgb = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
    rgb.getGraphics().drawImage(page, 0, 0, null);

    BufferedImage copy = Greyscale.of(page);

    assertThat(Greyscale.pixels(copy)).isEqualTo(Greyscale.pixels(page));
    assertThat(Greyscale.pixels(Greyscale.of(rgb))).isEqualTo(Greyscale.pixels(page));
    Greyscale.pixels(copy)[0] = (byte) ~Greyscale.pixels(page)[0];
    assertThat(Greyscale.pixels(copy)[0]).isNotEqualTo(Greyscale.pixels(page)[0]);
  }

  @Test
  void aGreyWindowOfALargerImageIsReadThroughItsOwnPixels() {
    var sheet = new BufferedImage(400, 300, BufferedImage.TYPE_BYTE_GRAY);
    new Random(5).nextBytes(Greyscale.pixels(sheet));
    BufferedImage window = sheet.getSubimage(50, 40, 200, 100);

    BufferedImage copy = Greyscale.of(window);

    assertThat(copy.getWidth()).isEqualTo(200);
    assertThat(copy.getRaster().getSample(0, 0, 0))
        .isEqualTo(sheet.getRaster().getSample(50, 40, 0));
    assertThat(copy.getRaster().getSample(199, 99, 0))
        .isEqualTo(sheet.getRaster().getSample(249, 139, 0));
  }

  @Test
  void aColourScanGivesTheSameGreyLevelsWhetherItsBytesAreReadDirectlyOrThroughRgb() {
    var scan = new BufferedImage(300, 200, BufferedImage.TYPE_3BYTE_BGR);
    new Random(7).nextBytes(((DataBufferByte) scan.getRaster().getDataBuffer()).getData());
    var rgb = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
    rgb.getGraphics().drawImage(scan, 0, 0, null);
    // a window of the scan shares its bytes with rows it does not show: the general path
    BufferedImage window = scan.getSubimage(30, 20, 100, 50);

    byte[] grey = Greyscale.pixels(Greyscale.of(scan));

    assertThat(grey).isEqualTo(Greyscale.pixels(Greyscale.of(rgb)));
    assertThat(Greyscale.of(window).getRaster().getSample(0, 0, 0))
        .isEqualTo(grey[20 * 300 + 30] & 0xff);
  }
}
