package jp.gyomu.testdocs;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** JPEG as scanners and phones send pages: the test documents' one JPEG writer. */
public final class Jpeg {

  private Jpeg() {}

  /** The image as JPEG bytes at {@code quality} (0 to 1, ImageIO's explicit compression). */
  public static byte[] encode(BufferedImage image, float quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** The image encoded and decoded again: the compression's artefacts baked into its pixels. */
  public static BufferedImage roundTrip(BufferedImage image, float quality) {
    try {
      return ImageIO.read(new ByteArrayInputStream(encode(image, quality)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
