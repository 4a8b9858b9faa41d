package jp.gyomu.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class GreyPngTest {

  @Test
  void aGreyPageDecodesToExactlyItsPixels() throws Exception {
    // noise over several IDAT chunks' worth of compressed bytes
    BufferedImage page = new BufferedImage(701, 509, BufferedImage.TYPE_BYTE_GRAY);
    new Random(7).nextBytes(pixels(page));

    BufferedImage read = decode(page);

    assertThat(read.getWidth()).isEqualTo(701);
    assertThat(read.getHeight()).isEqualTo(509);
    assertThat(pixels(read)).isEqualTo(pixels(page));
  }

  @Test
  void aRegionOfALargerImageIsWrittenAsItsOwnPixels() throws Exception {
    BufferedImage page = new BufferedImage(300, 200, BufferedImage.TYPE_BYTE_GRAY);
    byte[] p = pixels(page);
    for (int i = 0; i < p.length; i++) {
      p[i] = (byte) (i % 300 + i / 300);
    }
    BufferedImage region = page.getSubimage(40, 30, 100, 50);

    BufferedImage read = decode(region);

    for (int y = 0; y < 50; y++) {
      for (int x = 0; x < 100; x++) {
        assertThat(read.getRaster().getSample(x, y, 0))
            .isEqualTo(page.getRaster().getSample(x + 40, y + 30, 0));
      }
    }
  }

  @Test
  void aColourImageIsRefused() {
    var colour = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);

    assertThatThrownBy(() -> GreyPng.write(colour, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static BufferedImage decode(BufferedImage image) throws Exception {
    var bytes = new ByteArrayOutputStream();
    GreyPng.write(image, bytes);
    return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
  }

  private static byte[] pixels(BufferedImage grey) {
    return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
  }
}
