package jp.gyomu.fields;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.gyomu.ocr.OcrWord;

/**
 * A check box's or choice's long label read with several characters wrong, a last resort when the
 * label finder found none of its labels. The label of a mark is often a whole sentence
 * (生活保護を受給していません) printed right after its box, and Tesseract reads such a line with a box fused to
 * it, a word read twice (受給 | 受給していません, 同意同意します) or a character lost; one misread character, all
 * the label finder allows, is not enough there. A run of the line within a quarter of the label's
 * length in edits (insertions, deletions, substitutions) is taken, the closest on the page, never
 * over another field's label.
 */
final class MarkLabel {

  // shorter labels are too alike to other words to be looked for with several edits
  static final int MIN_LENGTH = 6;
  // shorter labels are not looked for with half their characters wrong
  static final int LOOSE_MIN_LENGTH = 4;
  // edits allowed per character of the label
  private static final double EDITS_PER_CHARACTER = 0.25;

  /**
   * Where the label stands.
   *
   * @param lineIndex the line's index in the page's lines
   * @param start first character of the label in the line
   * @param end the character after the label
   * @param edits how many edits separate it from the template's label
   */
  record Hit(int lineIndex, int start, int end, int edits) {}

  private MarkLabel() {}

  /** The closest run to one of the field's labels on the page, or null. */
  static Hit find(FieldDefinition field, PageLabels labels) {
    Hit best = null;
    for (String anchor : field.anchors()) {
      String label = compact(anchor, null);
      if (label.length() < MIN_LENGTH) {
        continue;
      }
      int allowed = (int) Math.floor(EDITS_PER_CHARACTER * label.length());
      for (int i = 0; i < labels.lines().size(); i++) {
        Hit hit =
            closest(label, labels.lines().get(i), i, othersLabels(labels.hits().get(i), field));
        if (hit != null && hit.edits() <= allowed && (best == null || hit.edits() < best.edits())) {
          best = hit;
        }
      }
    }
    return best;
  }

  /**
   * On each line, the closest run to one of the field's labels of at least {@link
   * #LOOSE_MIN_LENGTH} characters with at most half of them wrong (参金種上 for 預金種目), never over
   * another field's label, fewest edits first: too loose to take alone, for a caller that confirms
   * it by what follows it.
   */
  static List<Hit> loose(FieldDefinition field, PageLabels labels) {
    List<Hit> found = new ArrayList<>();
    for (String anchor : field.anchors()) {
      String label = compact(anchor, null);
      if (label.length() < LOOSE_MIN_LENGTH) {
        continue;
      }
      for (int i = 0; i < labels.lines().size(); i++) {
        Hit hit =
            closest(label, labels.lines().get(i), i, othersLabels(labels.hits().get(i), field));
        if (hit != null && 2 * hit.edits() <= label.length()) {
          found.add(hit);
        }
      }
    }
    for (String anchor : field.anchors()) {
      String label = compact(anchor, null);
      if (label.length() < UNSURE_MIN_LENGTH) {
        continue;
      }
      for (int i = 0; i < labels.lines().size(); i++) {
        found.addAll(
            unsure(label, labels.lines().get(i), i, othersLabels(labels.hits().get(i), field)));
      }
    }
    found.sort(Comparator.comparingInt(Hit::edits));
    return found;
  }

  // shorter labels are not looked for over characters OCR was unsure of
  static final int UNSURE_MIN_LENGTH = 3;

  /**
   * Runs of the line as long as the label whose characters are each the label's or read with low
   * confidence, at least one of them right (上信者 and 過信者 for 配偶者, 配偶 read at 36% and 16%): OCR was
   * unsure exactly where it was wrong. Edits count the unsure characters.
   */
  private static List<Hit> unsure(String label, TextLine line, int lineIndex, boolean[] taken) {
    List<Integer> at = new ArrayList<>();
    String text = compact(line.text(), at);
    List<Hit> hits = new ArrayList<>();
    for (int s = 0; s + label.length() <= text.length(); s++) {
      int right = 0;
      int unsure = 0;
      for (int k = 0; k < label.length() && right + unsure == k; k++) {
        OcrWord word = line.wordAt(at.get(s + k));
        if (text.charAt(s + k) == label.charAt(k)) {
          right++;
        } else if (word != null && word.confidence() < MarkReader.TEXT_CONFIDENCE) {
          unsure++;
        }
      }
      int start = at.get(s);
      int end = at.get(s + label.length() - 1) + 1;
      if (right + unsure == label.length()
          && right > 0
          && unsure > 0
          && !overlaps(taken, start, end)) {
        hits.add(new Hit(lineIndex, start, end, unsure));
      }
    }
    return hits;
  }

  private static boolean[] othersLabels(List<LabelHit> hits, FieldDefinition field) {
    int end = hits.stream().mapToInt(LabelHit::end).max().orElse(0);
    boolean[] taken = new boolean[end];
    for (LabelHit h : hits) {
      if (h.exact() && !h.field().name().equals(field.name())) {
        for (int k = h.start(); k < h.end(); k++) {
          taken[k] = true;
        }
      }
    }
    return taken;
  }

  /**
   * The run of the line with the fewest edits to the label (Sellers' approximate matching), never
   * over another field's label; the shortest such run.
   */
  static Hit closest(String label, TextLine line, int lineIndex, boolean[] taken) {
    List<Integer> at = new ArrayList<>();
    String text = compact(line.text(), at);
    int n = text.length();
    int m = label.length();
    if (n == 0) {
      return null;
    }
    // cost[j]: edits of the label's first i characters to a run ending at j; from[j]: its start
    int[] cost = new int[n + 1];
    int[] from = new int[n + 1];
    for (int j = 0; j <= n; j++) {
      from[j] = j;
    }
    for (int i = 1; i <= m; i++) {
      int[] next = new int[n + 1];
      int[] nextFrom = new int[n + 1];
      next[0] = i;
      nextFrom[0] = 0;
      for (int j = 1; j <= n; j++) {
        int substitute = cost[j - 1] + (label.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1);
        int skipLabel = cost[j] + 1;
        int skipText = next[j - 1] + 1;
        if (substitute <= skipLabel && substitute <= skipText) {
          next[j] = substitute;
          nextFrom[j] = from[j - 1];
        } else if (skipLabel <= skipText) {
          next[j] = skipLabel;
          nextFrom[j] = from[j];
        } else {
          next[j] = skipText;
          nextFrom[j] = nextFrom[j - 1];
        }
      }
      cost = next;
      from = nextFrom;
    }
    Hit best = null;
    for (int j = 1; j <= n; j++) {
      int s = from[j];
      if (s >= j) {
        continue;
      }
      int start = at.get(s);
      int end = at.get(j - 1) + 1;
      if (overlaps(taken, start, end)) {
        continue;
      }
      if (best == null
          || cost[j] < best.edits()
          || cost[j] == best.edits() && end - start < best.end() - best.start()) {
        best = new Hit(lineIndex, start, end, cost[j]);
      }
    }
    return best;
  }

  private static boolean overlaps(boolean[] taken, int start, int end) {
    for (int k = start; k < end && k < taken.length; k++) {
      if (taken[k]) {
        return true;
      }
    }
    return false;
  }

  /** Without whitespace, widths folded; {@code at} receives each kept character's line index. */
  private static String compact(String text, List<Integer> at) {
    StringBuilder compact = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = Widths.foldChar(text.charAt(i));
      if (!Character.isWhitespace(c)) {
        compact.append(c);
        if (at != null) {
          at.add(i);
        }
      }
    }
    return compact.toString();
  }
}
