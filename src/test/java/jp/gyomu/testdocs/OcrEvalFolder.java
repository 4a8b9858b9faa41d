package jp.gyomu.testdocs;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the public OCR test pages ({@code shared/ocr-eval/real}, see its SOURCES.md), which are not
 * part of the repository: the system property {@code gyomu.ocr-eval.dir}, else a {@code
 * shared/ocr-eval/real} folder beside the working directory or any of its parents.
 */
public final class OcrEvalFolder {

  private OcrEvalFolder() {}

  public static Path real() {
    String configured = System.getProperty("gyomu.ocr-eval.dir");
    if (configured != null) {
      return existing(Path.of(configured));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("ocr-eval").resolve("real");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "Public OCR test files not found: set -Dgyomu.ocr-eval.dir or put shared/ocr-eval/real"
            + " beside the project folder");
  }

  public static Path file(String relativePath) {
    return existing(real().resolve(relativePath));
  }

  public static String groundTruth(String relativePath) {
    try {
      return Files.readString(file(relativePath));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path existing(Path path) {
    if (!Files.exists(path)) {
      throw new IllegalStateException("Missing OCR test file " + path);
    }
    return path;
  }
}
