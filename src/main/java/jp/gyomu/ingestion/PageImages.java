package jp.gyomu.ingestion;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;

/**
 * A document's upright page images: each encoded once, as the PNG the store keeps, and the first
 * few also kept in memory, so that the searchable PDF and the fields read from pixels need not
 * decode the PNG again. The memory kept is bounded per document, so a long document costs no more
 * memory than a short one: its later pages are read back from the store.
 */
final class PageImages {

  /** About three A4 pages of 8-bit grey at 300 dpi. */
  static final long MEMORY_BUDGET_BYTES = 32L << 20;

  private final Map<Integer, BufferedImage> kept = new HashMap<>();
  private long keptBytes;

  /** Writes the page's PNG and keeps the image in memory if the budget allows. */
  void write(int page, BufferedImage upright, Path png) throws IOException {
    if (PagePng.writes(upright)) {
      PagePng.write(upright, png);
    } else {
      try (ImageOutputStream out = ImageIO.createImageOutputStream(png.toFile())) {
        PagePng.writeByImageIo(upright, out);
      }
    }
    long bytes = bytes(upright);
    if (keptBytes + bytes <= MEMORY_BUDGET_BYTES) {
      kept.put(page, upright);
      keptBytes += bytes;
    }
  }

  /** The page's upright image: from memory when kept, else decoded from the store's PNG. */
  BufferedImage read(int page, Path png) throws IOException {
    BufferedImage image = kept.get(page);
    if (image != null) {
      return image;
    }
    image = ImageIO.read(png.toFile());
    if (image == null) {
      throw new IOException("page " + page + " of the store cannot be read back");
    }
    return image;
  }

  private static long bytes(BufferedImage image) {
    long pixels = (long) image.getWidth() * image.getHeight();
    return pixels * Math.max(1, image.getColorModel().getPixelSize() / 8);
  }
}
