package jp.gyomu.fields.suggest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.ocr.PageText;

/**
 * Which words of a filled page are printed on the blank form too (labels, titles, notes) and which
 * the writer added (values). The blank may be scanned elsewhere on the glass or at another
 * resolution: pages are aligned by the words both share before positions are compared.
 */
final class BlankForm {

  // a shared word may stand this many text heights from where the alignment puts it
  private static final double REACH = 1.5;

  private BlankForm() {}

  /** The filled page's words that the blank form also carries, by identity. */
  static Set<OcrWord> printed(PageText filled, PageText blank) {
    double scale = blank.width() == 0 ? 1 : (double) filled.width() / blank.width();
    Map<String, List<OcrWord>> blankByText = new HashMap<>();
    for (OcrWord w : blank.words()) {
      blankByText.computeIfAbsent(key(w), k -> new ArrayList<>()).add(w);
    }
    // offset from words that occur once on each page
    Map<String, List<OcrWord>> filledByText = new HashMap<>();
    for (OcrWord w : filled.words()) {
      filledByText.computeIfAbsent(key(w), k -> new ArrayList<>()).add(w);
    }
    List<Double> dxs = new ArrayList<>();
    List<Double> dys = new ArrayList<>();
    filledByText.forEach(
        (text, words) -> {
          List<OcrWord> onBlank = blankByText.get(text);
          if (text.length() >= 2 && words.size() == 1 && onBlank != null && onBlank.size() == 1) {
            dxs.add(words.get(0).box().getCenterX() - onBlank.get(0).box().getCenterX() * scale);
            dys.add(words.get(0).box().getCenterY() - onBlank.get(0).box().getCenterY() * scale);
          }
        });
    double dx = median(dxs);
    double dy = median(dys);
    Set<OcrWord> printed = Collections.newSetFromMap(new IdentityHashMap<>());
    for (OcrWord w : filled.words()) {
      List<OcrWord> candidates = blankByText.getOrDefault(key(w), List.of());
      double reach = REACH * Math.max(w.box().height, 10);
      for (OcrWord b : candidates) {
        double x = b.box().getCenterX() * scale + dx;
        double y = b.box().getCenterY() * scale + dy;
        if (Math.abs(x - w.box().getCenterX()) <= reach
            && Math.abs(y - w.box().getCenterY()) <= reach) {
          printed.add(w);
          break;
        }
      }
    }
    return printed;
  }

  private static String key(OcrWord w) {
    return ValueKinds.fold(w.text()).replaceAll("\\s+", "");
  }

  private static double median(List<Double> values) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
