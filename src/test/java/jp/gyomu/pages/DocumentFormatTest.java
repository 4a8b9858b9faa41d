package jp.gyomu.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentFormatTest {

  @ParameterizedTest
  @CsvSource({"png, PNG", "jpeg, JPEG", "tiff, TIFF", "bmp, BMP"})
  void recognisesImagesWrittenByImageIo(String writer, DocumentFormat expected) throws IOException {
    BufferedImage image = new BufferedImage(20, 10, BufferedImage.TYPE_3BYTE_BGR);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, writer, out);

    assertThat(DocumentFormat.detect(out.toByteArray())).isEqualTo(expected);
  }

  @Test
  void recognisesBigEndianTiff() {
    assertThat(DocumentFormat.detect(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8}))
        .isEqualTo(DocumentFormat.TIFF);
  }

  @Test
  void recognisesAPdfWhoseHeaderFollowsJunk() {
    byte[] head =
        ("\r\n\r\nsome mail gateway banner\n%PDF-1.7\n").getBytes(StandardCharsets.US_ASCII);

    assertThat(DocumentFormat.detect(head)).isEqualTo(DocumentFormat.PDF);
  }

  @Test
  void refusesATextFileNamedPng() {
    byte[] head = "氏名,金額\n山田太郎,12345\n".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> DocumentFormat.detect(head))
        .isInstanceOfSatisfying(
            UnreadableDocumentException.class,
            e ->
                assertThat(e.problem())
                    .isEqualTo(UnreadableDocumentException.Problem.UNSUPPORTED_FORMAT))
        .hasMessageContaining("plain text");
  }

  @Test
  void refusesATextFileThatHappensToStartWithBm() {
    byte[] head = "BM report for April, not a bitmap\n".getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> DocumentFormat.detect(head)).hasMessageContaining("plain text");
  }

  @Test
  void tellsTheSenderToSaveOfficeDocumentsAsPdf() {
    assertThatThrownBy(() -> DocumentFormat.detect(new byte[] {'P', 'K', 3, 4, 20, 0}))
        .hasMessageContaining("save it as PDF");
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> DocumentFormat.detect(new byte[0])).hasMessageContaining("empty");
  }

  @Test
  void namesTheFirstBytesOfAnUnknownBinary() {
    assertThatThrownBy(() -> DocumentFormat.detect(new byte[] {0x00, 0x01, 0x02, (byte) 0xFE}))
        .hasMessageContaining("00 01 02 FE");
  }
}
