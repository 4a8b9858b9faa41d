package jp.gyomu.fields;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.gyomu.ocr.EditDistance;
import jp.gyomu.ocr.PageText;

/**
 * Tells a document's type from its first page by the templates' title keywords and patterns, and
 * their field labels, with a score per type.
 *
 * <p>The page is split into visual lines by word boxes (so a title printed with spaced characters,
 * which OCR reports as separate words or blocks, is one line again) and compared without whitespace
 * and with folded widths. Every keyword match scores by how sure it is (exact, or one misread
 * character), how much it looks like a title (it ends its line or fills most of it; inside a
 * sentence it counts less) and how high on the page it stands. A longer keyword match owns its
 * characters, so a 旅費請求書 is not also an invoice's 請求書. A type's score is 0.7 times its best title
 * match plus 0.3 times the share of its fields whose labels are on the page (a title OCR garbled
 * still leaves 請求日, ご請求金額, 支払期限); when no type's title is found at all, a type with at least three
 * quarters of its field labels on the page takes half that share as its title. A type is chosen
 * only when it reaches {@link #MIN_SCORE} and leads the runner-up by {@link #MIN_LEAD}.
 */
public final class DocumentClassifier {

  /** The lowest score that names a type. */
  public static final double MIN_SCORE = 0.45;

  /** How far the best type must lead the runner-up to be chosen without an operator. */
  public static final double MIN_LEAD = 0.1;

  // a score is the title's, weighed with the share of the type's field labels on the page
  private static final double TITLE_WEIGHT = 0.7;
  private static final double LABEL_WEIGHT = 1 - TITLE_WEIGHT;

  // with no title anywhere (a spaced title OCR garbled to stray characters), a type whose field
  // labels are nearly all on the page counts them as a weak title
  private static final double LABELS_AS_TITLE_SHARE = 0.75;
  private static final double LABELS_AS_TITLE_WEIGHT = 0.5;

  // keywords this long are also found with one misread character anywhere
  private static final int FUZZY_MIN_LENGTH = 4;
  // keywords this long may differ from the page by two characters
  private static final int TWO_EDITS_MIN_LENGTH = 10;
  // shorter keywords (請求書) only when they fill most of their line, as a title does
  private static final double SHORT_FUZZY_MIN_COVERAGE = 0.6;
  private static final double FUZZY_QUALITY = 0.7;
  // each line further down the page costs this much, down to FLOOR
  private static final double PER_LINE = 0.03;
  private static final double POSITION_FLOOR = 0.6;

  private static final Pattern SENTENCE = Pattern.compile("[。、,:：]");
  private static final double IN_A_SENTENCE = 0.6;
  // a note after a title: 請求書（適格請求書）, 旅費精算書(控)
  private static final Pattern NOTE = Pattern.compile("[(（〔【\\[].*[)）〕】\\]]");

  /**
   * @param edits how many characters the page's text differs from the keyword by (0: exact)
   */
  private record Match(String documentType, int start, int end, int edits, int keywordLength) {

    boolean fuzzy() {
      return edits > 0;
    }

    /** How many of the keyword's characters the page shows. */
    int matched() {
      return keywordLength - edits;
    }
  }

  /** A document type and how well the page matches its rules, 0 to 1. */
  public record TypeScore(String documentType, double score) {

    @Override
    public String toString() {
      return "%s %.2f".formatted(documentType, score);
    }
  }

  /**
   * Every type with a match, best first.
   *
   * @param ranking types whose rules matched somewhere on the page, best first
   */
  public record Classification(List<TypeScore> ranking) {

    public Classification {
      ranking = List.copyOf(ranking);
    }

    /** The chosen type: the best, if it scores enough and is clearly ahead of the runner-up. */
    public Optional<String> type() {
      if (ranking.isEmpty() || ranking.get(0).score() < MIN_SCORE) {
        return Optional.empty();
      }
      double lead = ranking.get(0).score() - (ranking.size() > 1 ? ranking.get(1).score() : 0);
      return lead >= MIN_LEAD ? Optional.of(ranking.get(0).documentType()) : Optional.empty();
    }

    public Optional<TypeScore> best() {
      return ranking.stream().findFirst();
    }

    public Optional<TypeScore> runnerUp() {
      return ranking.stream().skip(1).findFirst();
    }

    /**
     * The best two types and their scores, for people: {@code invoice 0.93, travel-expense 0.41}.
     */
    public String summary() {
      if (ranking.isEmpty()) {
        return "no type's rules match";
      }
      return ranking.stream()
          .limit(2)
          .map(TypeScore::toString)
          .reduce((a, b) -> a + ", " + b)
          .get();
    }
  }

  private DocumentClassifier() {}

  /** Classifies an OCR'd first page, its lines rebuilt from word boxes when it has them. */
  public static Classification classify(PageText firstPage, List<FieldTemplate> templates) {
    List<String> lines = PageLines.of(firstPage, null).stream().map(TextLine::text).toList();
    return classify(lines, templates);
  }

  /** Classifies a first page's text (lines separated by newlines). */
  public static Classification classify(String firstPageText, List<FieldTemplate> templates) {
    return classify((firstPageText == null ? "" : firstPageText).lines().toList(), templates);
  }

  private static Classification classify(List<String> lines, List<FieldTemplate> templates) {
    Page page = Page.of(lines);
    List<Match> found = new ArrayList<>();
    for (FieldTemplate template : templates) {
      for (String keyword : template.titleKeywords()) {
        String k = compact(keyword);
        for (int at = page.text.indexOf(k);
            at >= 0 && !k.isEmpty();
            at = page.text.indexOf(k, at + 1)) {
          found.add(new Match(template.id(), at, at + k.length(), 0, k.length()));
        }
        found.addAll(fuzzy(template.id(), k, page));
      }
    }
    // matches showing more of their keyword own their characters: 旅費請求書, and 旅請求書 with 費
    // lost (4 of 旅費請求書, not 3 of 御請求書), leave no invoice's 請求書 behind
    found.sort(Comparator.comparingInt(Match::matched).reversed().thenComparing(Match::fuzzy));
    BitSet claimed = new BitSet(page.text.length());
    List<Match> kept = new ArrayList<>();
    for (Match m : found) {
      if (claimed.get(m.start(), m.end()).isEmpty()) {
        claimed.set(m.start(), m.end());
        kept.add(m);
      }
    }
    Map<String, Double> titles = new HashMap<>();
    for (FieldTemplate template : templates) {
      // patterns claim nothing: a greedy 旅費.{0,4}請求 must not swallow the next line's 請求書
      for (Pattern pattern : template.titlePatterns()) {
        Matcher m = pattern.matcher(page.text);
        while (m.find()) {
          if (m.end() > m.start()) {
            kept.add(new Match(template.id(), m.start(), m.end(), 0, m.end() - m.start()));
          }
        }
      }
    }
    for (Match m : kept) {
      titles.merge(m.documentType(), score(m, page), Math::max);
    }
    List<TypeScore> ranking = new ArrayList<>();
    for (FieldTemplate template : templates) {
      double labels = labelShare(template, page.text);
      double title = titles.getOrDefault(template.id(), 0.0);
      if (titles.isEmpty() && labels >= LABELS_AS_TITLE_SHARE) {
        title = LABELS_AS_TITLE_WEIGHT * labels;
      }
      if (title > 0 || labels > 0) {
        ranking.add(new TypeScore(template.id(), TITLE_WEIGHT * title + LABEL_WEIGHT * labels));
      }
    }
    ranking.sort(
        Comparator.comparingDouble(TypeScore::score)
            .reversed()
            .thenComparing(TypeScore::documentType));
    return new Classification(ranking);
  }

  /** The share of the template's fields with one of their labels on the page. */
  private static double labelShare(FieldTemplate template, String page) {
    if (template.fields().isEmpty()) {
      return 0;
    }
    long present =
        template.fields().stream()
            .filter(
                f -> f.anchors().stream().map(DocumentClassifier::compact).anyMatch(page::contains))
            .count();
    return (double) present / template.fields().size();
  }

  /** Keywords with one misread character, within one line. */
  private static List<Match> fuzzy(String type, String keyword, Page page) {
    List<Match> found = new ArrayList<>();
    if (keyword.length() < 3) {
      return found;
    }
    // a long title misread in one place often shows two edits: 住民票の写し等 read 住民上票の写し
    int allowed = keyword.length() >= TWO_EDITS_MIN_LENGTH ? 2 : 1;
    String text = page.text;
    for (int at = 0; at < text.length(); at++) {
      for (int length : windowLengths(keyword.length(), allowed)) {
        int end = at + length;
        if (end > text.length() || page.lineOf(at) != page.lineOf(end - 1)) {
          continue;
        }
        String window = text.substring(at, end);
        int edits = edits(window, keyword, allowed);
        if (edits == 0 || edits > allowed) {
          continue;
        }
        Match m = new Match(type, at, end, edits, keyword.length());
        if (keyword.length() >= FUZZY_MIN_LENGTH
            || (length == keyword.length() && page.coverage(m) >= SHORT_FUZZY_MIN_COVERAGE)) {
          found.add(m);
          break;
        }
      }
    }
    return found;
  }

  private static int[] windowLengths(int length, int allowed) {
    return allowed == 1
        ? new int[] {length, length - 1, length + 1}
        : new int[] {length, length - 1, length + 1, length - 2, length + 2};
  }

  /** The edits between window and keyword, or {@code allowed + 1} when there are more. */
  private static int edits(String window, String keyword, int allowed) {
    if (LabelFinder.withinOneEdit(window, keyword)) {
      return window.equals(keyword) ? 0 : 1;
    }
    if (allowed < 2 || sharedCharacters(window, keyword) < keyword.length() - allowed) {
      return allowed + 1;
    }
    return Math.min(allowed + 1, EditDistance.between(window, keyword));
  }

  private static int sharedCharacters(String window, String keyword) {
    int shared = 0;
    for (int i = 0; i < keyword.length(); i++) {
      if (window.indexOf(keyword.charAt(i)) >= 0) {
        shared++;
      }
    }
    return shared;
  }

  private static double score(Match m, Page page) {
    double quality = m.fuzzy() ? FUZZY_QUALITY : 1.0;
    double fill = page.titleLike(m);
    double position = Math.max(POSITION_FLOOR, 1 - PER_LINE * page.lineOf(m.start()));
    return quality * fill * position;
  }

  /** The page's non-blank lines run together without whitespace, remembering each line's span. */
  private record Page(String text, int[] lineOfChar, int[] lineStart, int[] lineEnd) {

    static Page of(List<String> lines) {
      StringBuilder text = new StringBuilder();
      List<Integer> lineOf = new ArrayList<>();
      List<int[]> spans = new ArrayList<>();
      for (String line : lines) {
        String c = compact(line);
        if (c.isEmpty()) {
          continue;
        }
        int start = text.length();
        text.append(c);
        for (int i = 0; i < c.length(); i++) {
          lineOf.add(spans.size());
        }
        spans.add(new int[] {start, text.length()});
      }
      return new Page(
          text.toString(),
          lineOf.stream().mapToInt(Integer::intValue).toArray(),
          spans.stream().mapToInt(s -> s[0]).toArray(),
          spans.stream().mapToInt(s -> s[1]).toArray());
    }

    int lineOf(int index) {
      return lineOfChar[index];
    }

    /**
     * How much a match looks like a title: 1 when it ends its line (titles end in 書, 届; a note in
     * brackets may follow), less the less of its line it fills, {@link #IN_A_SENTENCE} on a line
     * with sentence or label punctuation (添付: 宿泊費の請求書).
     */
    double titleLike(Match m) {
      int first = lineOf(m.start());
      int last = lineOf(m.end() - 1);
      String line = text.substring(lineStart[first], lineEnd[last]);
      if (SENTENCE.matcher(line).find()) {
        return IN_A_SENTENCE;
      }
      String rest = text.substring(m.end(), lineEnd[last]);
      return rest.isEmpty() || NOTE.matcher(rest).matches() ? 1.0 : 0.5 + 0.5 * coverage(m);
    }

    /** The share of the lines a match touches that the match fills. */
    double coverage(Match m) {
      int first = lineOf(m.start());
      int last = lineOf(m.end() - 1);
      return (double) (m.end() - m.start()) / (lineEnd[last] - lineStart[first]);
    }
  }

  private static String compact(String text) {
    return Widths.fold(text == null ? "" : text).replaceAll("\\s+", "");
  }
}
