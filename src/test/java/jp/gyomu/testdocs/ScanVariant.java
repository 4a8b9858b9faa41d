package jp.gyomu.testdocs;

import java.util.List;

/**
 * How a generated page is degraded to look scanned. Degradations are applied in the order a real
 * scan suffers them: the sheet fed off position (shift, scale), paper skew, optical blur, sensor
 * noise and dust, JPEG compression.
 *
 * @param name short name for file names and reports
 * @param dpi resolution the page is drawn at
 * @param rotationDegrees skew, clockwise
 * @param blurRadius pixels of Gaussian-like blur (0: none)
 * @param noiseSigma standard deviation of grey noise in grey levels (0: none); also adds dust
 *     specks
 * @param jpegQuality 0-1 for a JPEG round trip, or 0 for none
 * @param shiftXMm how far the content lands right of where it was drawn (negative: left)
 * @param shiftYMm how far the content lands below where it was drawn (negative: above)
 * @param scale the content's size on the scan relative to the drawing (1: unscaled), around the
 *     page's top left corner
 */
public record ScanVariant(
    String name,
    int dpi,
    double rotationDegrees,
    int blurRadius,
    double noiseSigma,
    float jpegQuality,
    double shiftXMm,
    double shiftYMm,
    double scale) {

  /** A variant where the sheet lies where it was drawn. */
  public ScanVariant(
      String name,
      int dpi,
      double rotationDegrees,
      int blurRadius,
      double noiseSigma,
      float jpegQuality) {
    this(name, dpi, rotationDegrees, blurRadius, noiseSigma, jpegQuality, 0, 0, 1);
  }

  public static final ScanVariant CLEAN = new ScanVariant("clean", 300, 0, 0, 0, 0);
  public static final ScanVariant ROTATED = new ScanVariant("rotated", 300, 1.5, 0, 0, 0);
  public static final ScanVariant NOISY = new ScanVariant("noisy", 300, 0, 0, 25, 0);
  public static final ScanVariant BLURRED = new ScanVariant("blurred", 300, 0, 2, 0, 0);
  public static final ScanVariant JPEG_70 = new ScanVariant("jpeg70", 300, 0, 0, 0, 0.7f);
  public static final ScanVariant DPI_200 = new ScanVariant("dpi200", 200, 0, 0, 0, 0);
  public static final ScanVariant ALL_COMBINED =
      new ScanVariant("combined", 200, -1.2, 1, 20, 0.7f);

  public static List<ScanVariant> all() {
    return List.of(CLEAN, ROTATED, NOISY, BLURRED, JPEG_70, DPI_200, ALL_COMBINED);
  }
}
