package jp.gyomu.fields;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * Templates' reference pages, read and measured once: the ink of {@code <id>.sample.png} is kept
 * per file until the file changes (a template PUT with a new sample replaces it).
 */
final class ReferencePages {

  private record Entry(FileTime modified, long size, PageInk ink) {}

  private static final Map<Path, Entry> CACHE = new ConcurrentHashMap<>();

  private ReferencePages() {}

  /**
   * @throws UncheckedIOException when the file cannot be read or is no image
   */
  static PageInk ink(Path sample) {
    Path file = sample.toAbsolutePath().normalize();
    try {
      FileTime modified = Files.getLastModifiedTime(file);
      long size = Files.size(file);
      Entry entry = CACHE.get(file);
      if (entry == null || !entry.modified().equals(modified) || entry.size() != size) {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
          throw new IOException("not an image: " + file.getFileName());
        }
        entry = new Entry(modified, size, PageInk.of(image));
        CACHE.put(file, entry);
      }
      return entry.ink();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
