package jp.gyomu.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How the OCR engine finds Tesseract and prepares pages.
 *
 * @param tessdataDir folder holding {@code *.traineddata} (needs {@code osd} for auto-rotation and
 *     {@code jpn_vert} for vertical Japanese)
 * @param tesseractLibrary absolute path of libtesseract, or a bare name for JNA's own search
 * @param maxConcurrentPages pages read at once; each needs its own Tesseract handles (memory)
 * @param minDpi pages below this resolution are upscaled (240: a 240 dpi scan reads as well as it
 *     is as upscaled, for a fifth less CPU; decision 0026)
 * @param targetDpi resolution low-resolution pages are upscaled to (300: at 250 a 200 dpi scan
 *     costs a fifth less CPU but misreads names; decision 0026)
 * @param maxDpi pages above this resolution are read scaled down to it; 0 reads them as scanned
 * @param detectOrientation whether to detect and undo 90/180/270 degree rotation
 * @param maxSkewDegrees largest skew straightened before reading; 0 turns deskew off
 * @param pageDeadline longest time spent on one page (Tesseract's monitor stops it, checks between
 *     the steps of a page stop the rest); a page past it is not read
 * @param secondOpinion whether and how unsure lines are read again by a second model
 */
public record OcrSettings(
    Path tessdataDir,
    String tesseractLibrary,
    int maxConcurrentPages,
    int minDpi,
    int targetDpi,
    int maxDpi,
    boolean detectOrientation,
    double maxSkewDegrees,
    Duration pageDeadline,
    SecondOpinionSettings secondOpinion) {

  /** A deadline no page reaches: a century. */
  static final Duration NO_DEADLINE = Duration.ofDays(36_525);

  // As scanned: reading 300 dpi pages at 250 saves 7% of the engine's CPU but costs key values
  // (decision 0026).
  private static final int MAX_DPI = 0;

  private static final Path DEBIAN_TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");

  // Distributions ship only the versioned name unless the -dev package is installed.
  private static final List<Path> LIBRARY_CANDIDATES =
      List.of(
          Path.of("/usr/lib/x86_64-linux-gnu/libtesseract.so.5"),
          Path.of("/usr/lib/aarch64-linux-gnu/libtesseract.so.5"),
          Path.of("/usr/lib64/libtesseract.so.5"),
          Path.of("/usr/lib/libtesseract.so.5"),
          Path.of("/usr/local/lib/libtesseract.so.5"),
          Path.of("/opt/homebrew/lib/libtesseract.5.dylib"));

  public OcrSettings {
    if (maxConcurrentPages < 1) {
      throw new IllegalArgumentException("maxConcurrentPages must be at least 1");
    }
    if (minDpi > targetDpi) {
      throw new IllegalArgumentException("minDpi must not exceed targetDpi");
    }
    if (maxDpi != 0 && maxDpi < minDpi) {
      throw new IllegalArgumentException("maxDpi must be 0 or at least minDpi");
    }
    if (pageDeadline.isNegative() || pageDeadline.isZero()) {
      throw new IllegalArgumentException("pageDeadline must be positive");
    }
  }

  /**
   * Settings found on this machine: {@code TESSDATA_PREFIX} or Debian's tessdata folder, the
   * versioned libtesseract, one page at a time per processor, no deadline of its own (Gyomu's
   * intake sets one, see {@link #withPageDeadline}).
   */
  public static OcrSettings defaults() {
    Path tessdata = findTessdata(System.getenv("TESSDATA_PREFIX"));
    return new OcrSettings(
        tessdata,
        findLibrary(),
        Runtime.getRuntime().availableProcessors(),
        240,
        300,
        MAX_DPI,
        true,
        30,
        NO_DEADLINE,
        SecondOpinionSettings.defaults(tessdata));
  }

  public OcrSettings withMaxConcurrentPages(int pages) {
    return new OcrSettings(
        tessdataDir,
        tesseractLibrary,
        pages,
        minDpi,
        targetDpi,
        maxDpi,
        detectOrientation,
        maxSkewDegrees,
        pageDeadline,
        secondOpinion);
  }

  public OcrSettings withPageDeadline(Duration deadline) {
    return new OcrSettings(
        tessdataDir,
        tesseractLibrary,
        maxConcurrentPages,
        minDpi,
        targetDpi,
        maxDpi,
        detectOrientation,
        maxSkewDegrees,
        deadline,
        secondOpinion);
  }

  /** How much a page scanned at {@code dpi} is scaled before Tesseract reads it: 1 for none. */
  double readingScale(int dpi) {
    if (dpi < minDpi) {
      return (double) targetDpi / dpi;
    }
    return maxDpi > 0 && dpi > maxDpi ? (double) maxDpi / dpi : 1;
  }

  /** These settings with pages above {@code max} dpi read scaled down to it (0: as scanned). */
  public OcrSettings withMaxDpi(int max) {
    return new OcrSettings(
        tessdataDir,
        tesseractLibrary,
        maxConcurrentPages,
        minDpi,
        targetDpi,
        max,
        detectOrientation,
        maxSkewDegrees,
        pageDeadline,
        secondOpinion);
  }

  /** These settings with pages below {@code min} dpi upscaled to {@code target} dpi. */
  public OcrSettings withUpscaling(int min, int target) {
    return new OcrSettings(
        tessdataDir,
        tesseractLibrary,
        maxConcurrentPages,
        min,
        target,
        maxDpi,
        detectOrientation,
        maxSkewDegrees,
        pageDeadline,
        secondOpinion);
  }

  public OcrSettings withSecondOpinion(SecondOpinionSettings opinion) {
    return new OcrSettings(
        tessdataDir,
        tesseractLibrary,
        maxConcurrentPages,
        minDpi,
        targetDpi,
        maxDpi,
        detectOrientation,
        maxSkewDegrees,
        pageDeadline,
        opinion);
  }

  static Path findTessdata(String tessdataPrefix) {
    if (tessdataPrefix != null && !tessdataPrefix.isBlank()) {
      Path prefix = Path.of(tessdataPrefix);
      // TESSDATA_PREFIX names either the tessdata folder itself or its parent.
      Path nested = prefix.resolve("tessdata");
      return Files.isDirectory(nested) && !Files.exists(prefix.resolve("osd.traineddata"))
          ? nested
          : prefix;
    }
    return DEBIAN_TESSDATA;
  }

  private static String findLibrary() {
    return LIBRARY_CANDIDATES.stream()
        .filter(Files::isRegularFile)
        .map(Path::toString)
        .findFirst()
        .orElse("tesseract");
  }
}
