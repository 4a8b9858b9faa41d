package jp.gyomu.ocr;

/**
 * Finds how far text lines are turned from straight by searching the angle whose projection profile
 * is sharpest: a coarse pass over the whole range, then a fine pass around the best.
 */
final class SkewEstimator {

  private static final double COARSE_STEP = 0.5;
  private static final double FINE_STEP = 0.05;
  // The coarse pass tries 121 angles: a fifth of the points finds the best half degree as well.
  private static final int COARSE_POINTS = 30_000;

  // Below this the correction costs more (interpolation blur) than it brings.
  private static final double NEGLIGIBLE_DEGREES = 0.15;

  private final double maxDegrees;

  SkewEstimator(double maxDegrees) {
    this.maxDegrees = maxDegrees;
  }

  /**
   * The clockwise angle of the text lines in degrees (negative: counter-clockwise), 0 when
   * negligible or when the page has too little ink to tell.
   *
   * @param verticalLines lines run top to bottom (vertical Japanese)
   */
  double skewDegrees(InkSample ink, boolean verticalLines) {
    if (maxDegrees <= 0 || ink.size() < 50) {
      return 0;
    }
    double best =
        search(ink.thinned(COARSE_POINTS), verticalLines, -maxDegrees, maxDegrees, COARSE_STEP);
    best = search(ink, verticalLines, best - COARSE_STEP, best + COARSE_STEP, FINE_STEP);
    return Math.abs(best) < NEGLIGIBLE_DEGREES ? 0 : best;
  }

  private static double search(
      InkSample ink, boolean verticalLines, double from, double to, double step) {
    double bestAngle = 0;
    double bestSharpness = ink.lineSharpness(0, verticalLines);
    int steps = (int) Math.round((to - from) / step);
    for (int i = 0; i <= steps; i++) {
      double angle = from + i * step;
      double sharpness = ink.lineSharpness(angle, verticalLines);
      if (sharpness > bestSharpness) {
        bestSharpness = sharpness;
        bestAngle = angle;
      }
    }
    return bestAngle;
  }
}
