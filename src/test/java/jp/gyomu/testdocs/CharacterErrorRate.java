package jp.gyomu.testdocs;

import java.text.Normalizer;

/**
 * Character error rate as the issues define it: Levenshtein distance between prediction and ground
 * truth over the ground truth's length, after NFKC on both and with all whitespace removed.
 */
public final class CharacterErrorRate {

  private CharacterErrorRate() {}

  public static double of(String predicted, String groundTruth) {
    int[] p = normalise(predicted);
    int[] g = normalise(groundTruth);
    if (g.length == 0) {
      return p.length == 0 ? 0 : 1;
    }
    return (double) distance(p, g) / g.length;
  }

  static int[] normalise(String s) {
    return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)
        .codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .toArray();
  }

  private static int distance(int[] a, int[] b) {
    int[] prev = new int[b.length + 1];
    int[] cur = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length; j++) {
        int cost = a[i - 1] == b[j - 1] ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length];
  }
}
