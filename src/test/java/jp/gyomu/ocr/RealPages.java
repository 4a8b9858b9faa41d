package jp.gyomu.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The public test pages with ground truth in {@code shared/ocr-eval/real}, kept outside the
 * repository: found through the system property {@code gyomu.ocr-eval.dir}, else beside one of the
 * working directory's ancestors (the repository is cloned next to {@code shared}).
 */
final class RealPages {

  private static final Path SIBLING = Path.of("shared", "ocr-eval", "real");

  private RealPages() {}

  static Path dir() {
    String configured = System.getProperty("gyomu.ocr-eval.dir");
    if (configured != null) {
      return Path.of(configured);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve(SIBLING);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "shared/ocr-eval/real not found beside any parent folder; set -Dgyomu.ocr-eval.dir");
  }

  /** E.g. {@code tess4j/eurotext.png}. */
  static BufferedImage image(String relativePath) {
    try {
      BufferedImage image = ImageIO.read(dir().resolve(relativePath).toFile());
      if (image == null) {
        throw new IllegalStateException("no image reader for " + relativePath);
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ground truth beside an image: {@code X.gt.txt} for {@code X.ext}. */
  static String groundTruth(String relativePath) {
    String base = relativePath.substring(0, relativePath.lastIndexOf('.'));
    try {
      return Files.readString(dir().resolve(base + ".gt.txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
