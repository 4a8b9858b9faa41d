package jp.gyomu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class OcrBenchPagesTest {

  @Test
  void aPageReadAgainHasOtherBytesButTheSamePixels() throws Exception {
    var page = new BufferedImage(120, 80, BufferedImage.TYPE_BYTE_GRAY);
    new Random(3).nextBytes(((DataBufferByte) page.getRaster().getDataBuffer()).getData());
    var png = new ByteArrayOutputStream();
    ImageIO.write(page, "png", png);

    byte[] again = OcrBenchPages.withTextChunk(png.toByteArray(), "round 1");

    assertThat(again).isNotEqualTo(png.toByteArray());
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(again));
    assertThat(((DataBufferByte) read.getRaster().getDataBuffer()).getData())
        .isEqualTo(((DataBufferByte) page.getRaster().getDataBuffer()).getData());
  }
}
