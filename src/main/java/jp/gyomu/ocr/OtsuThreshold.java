package jp.gyomu.ocr;

/**
 * Otsu's threshold: the grey level that best splits a page's values into ink and paper (it
 * maximises the variance between the two classes), so that faint and dark scans are cut alike.
 */
public final class OtsuThreshold {

  private OtsuThreshold() {}

  /**
   * @param values grey levels 0-255
   * @return values at or below it are ink
   */
  public static int of(int[] values) {
    long[] histogram = new long[256];
    for (int v : values) {
      histogram[v]++;
    }
    long total = values.length;
    double sum = 0;
    for (int i = 0; i < 256; i++) {
      sum += i * (double) histogram[i];
    }
    double sumBelow = 0;
    long below = 0;
    double best = -1;
    int threshold = 127;
    for (int t = 0; t < 255; t++) {
      below += histogram[t];
      if (below == 0) {
        continue;
      }
      long above = total - below;
      if (above == 0) {
        break;
      }
      sumBelow += t * (double) histogram[t];
      double meanBelow = sumBelow / below;
      double meanAbove = (sum - sumBelow) / above;
      double between = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
      if (between > best) {
        best = between;
        threshold = t;
      }
    }
    return threshold;
  }
}
