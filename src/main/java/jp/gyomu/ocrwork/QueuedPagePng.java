package jp.gyomu.ocrwork;

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

/**
 * A page image as the PNG it waits in in the page queue, and its pixels again when a reader takes
 * it (a worker, or this node's local reader): lossless, so the reader reads exactly the pixels the
 * node would have read. The fastest deflate level: the bytes cross a LAN once, encoding is paid on
 * every page. (A document's page images in the store are ingestion's {@code PageImages}.)
 */
final class QueuedPagePng {

  /** The JDK's PNG writer turns quality q into deflate level 9 - round(9q): 0.85 gives level 1. */
  private static final float FASTEST_DEFLATE = 0.85f;

  private QueuedPagePng() {}

  static byte[] png(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    var bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 4);
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(FASTEST_DEFLATE);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  static BufferedImage read(byte[] png) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      if (image == null) {
        throw new IOException("not a PNG image");
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
