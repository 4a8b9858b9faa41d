package jp.gyomu.fields;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a document's type from its first page by the templates' title keywords and patterns.
 *
 * <p>The text is compared without whitespace and with folded widths. A title is usually the first
 * thing on a form, so the rule that matches earliest wins: a 旅費請求書 is a travel claim although it
 * contains 請求書, and an invoice number mentioned further down a form does not make it an invoice.
 * Exact matches beat keywords found with one misread character (4+ characters only), and on the
 * same position the longer match wins.
 */
public final class DocumentClassifier {

  private static final int FUZZY_MIN_LENGTH = 4;

  private record Match(String documentType, boolean fuzzy, int position, int length) {}

  private static final Comparator<Match> BEST_FIRST =
      Comparator.comparing(Match::fuzzy)
          .thenComparingInt(Match::position)
          .thenComparing(Comparator.comparingInt(Match::length).reversed());

  private DocumentClassifier() {}

  /**
   * @return the id of the matching template, or empty when none matches
   */
  public static Optional<String> classify(String firstPageText, List<FieldTemplate> templates) {
    String text = compact(firstPageText);
    return templates.stream()
        .flatMap(t -> bestMatch(t, text).stream())
        .min(BEST_FIRST)
        .map(Match::documentType);
  }

  private static Optional<Match> bestMatch(FieldTemplate template, String text) {
    Optional<Match> best = Optional.empty();
    for (String keyword : template.titleKeywords()) {
      best = better(best, keyword(template.id(), compact(keyword), text));
    }
    for (Pattern pattern : template.titlePatterns()) {
      Matcher m = pattern.matcher(text);
      if (m.find()) {
        best =
            better(
                best, Optional.of(new Match(template.id(), false, m.start(), m.end() - m.start())));
      }
    }
    return best;
  }

  private static Optional<Match> keyword(String documentType, String keyword, String text) {
    int exact = text.indexOf(keyword);
    if (exact >= 0) {
      return Optional.of(new Match(documentType, false, exact, keyword.length()));
    }
    if (keyword.length() >= FUZZY_MIN_LENGTH) {
      for (int at = 0; at + keyword.length() - 1 <= text.length(); at++) {
        for (int length :
            new int[] {keyword.length(), keyword.length() - 1, keyword.length() + 1}) {
          if (at + length <= text.length()
              && LabelFinder.withinOneEdit(text.substring(at, at + length), keyword)) {
            return Optional.of(new Match(documentType, true, at, length));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Match> better(Optional<Match> current, Optional<Match> candidate) {
    if (current.isEmpty()) {
      return candidate;
    }
    if (candidate.isEmpty()) {
      return current;
    }
    return BEST_FIRST.compare(candidate.get(), current.get()) < 0 ? candidate : current;
  }

  private static String compact(String text) {
    return Widths.fold(text == null ? "" : text).replaceAll("\\s+", "");
  }
}
