package jp.gyomu.ocrwork;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import jp.gyomu.ingestion.PagePng;

/**
 * A page image as the PNG it waits in in the page queue, and its pixels again when a reader takes
 * it (a worker, or this node's local reader): lossless, so the reader reads exactly the pixels the
 * node would have read. Encoded by ingestion's {@link PagePng#writeByImageIo}, at deflate's fastest
 * level: the bytes cross a LAN once, encoding is paid on every page. (A document's page images in
 * the store are ingestion's {@code PageImages}.)
 */
final class QueuedPagePng {

  private QueuedPagePng() {}

  static byte[] png(BufferedImage image) {
    var bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 4);
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      PagePng.writeByImageIo(image, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
