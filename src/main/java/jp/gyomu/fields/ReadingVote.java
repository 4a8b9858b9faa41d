package jp.gyomu.fields;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.gyomu.ocr.OcrWord;

/**
 * Several readings of one value's ink (the page's, and crops read again) combined character by
 * character: each reading is aligned to the first, and at each place the character with the most
 * confidence behind it wins, each character weighing its word's confidence. Two models seldom
 * misread the same stroke the same way with confidence (藤 read as 朋 by one, 也 as 世 by the other),
 * so a majority by confidence beats keeping either model's whole reading.
 */
final class ReadingVote {

  // a character read with no confidence at all still counts a little (it was seen)
  private static final double FLOOR = 1.0;
  // below this the first reading hardly saw the character: one other reading this sure may replace
  // it
  private static final double BLIND = 30.0;
  private static final double SURE = 70.0;

  /** One character of a reading with its word's confidence. */
  record Glyph(String text, float confidence) {}

  /** The outcome: the text, and per character the winners' confidence shared by all readings. */
  record Result(String text, float min, float mean) {}

  private ReadingVote() {}

  /** A reading's characters, widths folded and spaces dropped, each with its word's confidence. */
  static List<Glyph> glyphs(List<OcrWord> words) {
    List<Glyph> glyphs = new ArrayList<>();
    for (OcrWord word : words) {
      Widths.fold(word.text())
          .codePoints()
          .filter(c -> !Character.isWhitespace(c))
          .forEach(c -> glyphs.add(new Glyph(Character.toString(c), word.confidence())));
    }
    return glyphs;
  }

  /**
   * The characters of {@code text} (a value as first read) with the confidences of the words they
   * came from: the text is aligned to the words' characters; a character not found takes their
   * mean.
   */
  static List<Glyph> glyphs(String text, List<OcrWord> words) {
    List<Glyph> source = glyphs(words);
    List<String> chars = chars(text);
    float mean = (float) source.stream().mapToDouble(Glyph::confidence).average().orElse(FLOOR);
    Float[] confidence = new Float[chars.size()];
    int from = 0;
    int to = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(chars, texts(source)).getDeltas()) {
      int next = delta.getSource().getPosition();
      for (int k = 0; from + k < next; k++) {
        confidence[from + k] = source.get(to + k).confidence();
      }
      from = next + delta.getSource().size();
      to = delta.getTarget().getPosition() + delta.getTarget().size();
    }
    for (int k = 0; from + k < chars.size() && to + k < source.size(); k++) {
      confidence[from + k] = source.get(to + k).confidence();
    }
    List<Glyph> glyphs = new ArrayList<>();
    for (int i = 0; i < chars.size(); i++) {
      glyphs.add(new Glyph(chars.get(i), confidence[i] == null ? mean : confidence[i]));
    }
    return glyphs;
  }

  /**
   * @param readings the first reading first: its characters are the places voted on
   */
  static Result vote(List<List<Glyph>> readings) {
    List<Glyph> pivot = readings.get(0);
    int n = pivot.size();
    List<Votes> places = new ArrayList<>();
    List<Votes> inserts = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      places.add(new Votes());
      inserts.add(new Votes());
    }
    // per reading: the weight it put at each place (NaN: none), and where it inserted
    List<double[]> weights = new ArrayList<>();
    List<boolean[]> inserted = new ArrayList<>();
    double[] own = new double[n];
    for (int i = 0; i < n; i++) {
      own[i] = add(places.get(i), pivot.get(i).text(), pivot.get(i).confidence());
    }
    weights.add(own);
    inserted.add(new boolean[n + 1]);
    for (List<Glyph> reading : readings.subList(1, readings.size())) {
      if (reading.isEmpty()) {
        continue;
      }
      double[] at = new double[n];
      Arrays.fill(at, Double.NaN);
      boolean[] insertedHere = new boolean[n + 1];
      align(pivot, reading, places, inserts, at, insertedHere);
      weights.add(at);
      inserted.add(insertedHere);
    }
    int voters = weights.size();
    StringBuilder text = new StringBuilder();
    double min = Double.MAX_VALUE;
    double sum = 0;
    int count = 0;
    for (int i = 0; i <= n; i++) {
      Map.Entry<String, Double> insert = inserts.get(i).winner(null, beside(own, i));
      // at the value's ends a crop also sees its neighbours' ink: a colon, a rule, a dot
      boolean word =
          insert != null
              && (i > 0 && i < n
                  || insert.getKey().codePoints().allMatch(Character::isLetterOrDigit));
      if (word && insert.getValue() > kept(weights, inserted, i)) {
        text.append(insert.getKey());
      }
      if (i < n) {
        Map.Entry<String, Double> place = places.get(i).winner(pivot.get(i).text(), own[i]);
        boolean end = i == 0 || i == n - 1;
        if (end
            && !place.getKey().equals(pivot.get(i).text())
            && !place.getKey().codePoints().allMatch(Character::isLetterOrDigit)) {
          // nor does it change the first reading's end into a mark
          place = Map.entry(pivot.get(i).text(), own[i]);
        }
        text.append(place.getKey());
        if (!place.getKey().isEmpty()) {
          double confidence = place.getValue() / voters;
          min = Math.min(min, confidence);
          sum += confidence;
          count++;
        }
      }
    }
    return new Result(
        text.toString(), count == 0 ? 0 : (float) min, count == 0 ? 0 : (float) (sum / count));
  }

  /**
   * Adds one reading's votes: its characters where it matches or replaces the first reading's, a
   * gap where it lacks one between characters it has (a crop's edge may cut what it lacks at its
   * ends), and what it reads in addition.
   */
  private static void align(
      List<Glyph> pivot,
      List<Glyph> reading,
      List<Votes> places,
      List<Votes> inserts,
      double[] weights,
      boolean[] inserted) {
    double mean = reading.stream().mapToDouble(g -> weight(g.confidence())).average().orElse(FLOOR);
    int from = 0;
    int to = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(texts(pivot), texts(reading)).getDeltas()) {
      int a = delta.getSource().getPosition();
      int b = delta.getTarget().getPosition();
      for (int k = 0; from + k < a; k++) {
        weights[from + k] =
            add(places.get(from + k), reading.get(to + k).text(), reading.get(to + k).confidence());
      }
      int sourceSize = delta.getSource().size();
      int targetSize = delta.getTarget().size();
      if (delta.getType() == DeltaType.CHANGE && sourceSize == targetSize) {
        for (int k = 0; k < sourceSize; k++) {
          weights[a + k] =
              add(places.get(a + k), reading.get(b + k).text(), reading.get(b + k).confidence());
        }
      } else if (delta.getType() == DeltaType.DELETE) {
        boolean atAnEnd = b == 0 || b == reading.size();
        for (int k = 0; k < sourceSize && !atAnEnd; k++) {
          places.get(a + k).add("", mean);
          weights[a + k] = mean;
        }
      } else {
        List<Glyph> chunk = reading.subList(b, b + targetSize);
        String text = String.join("", texts(chunk));
        double weight =
            chunk.stream().mapToDouble(g -> weight(g.confidence())).average().orElse(FLOOR);
        if (delta.getType() == DeltaType.INSERT) {
          inserts.get(a).add(text, weight);
          inserted[a] = true;
        } else {
          // a change of length: the whole chunk stands at its first place
          places.get(a).add(text, weight);
          for (int k = 0; k < sourceSize; k++) {
            if (k > 0) {
              places.get(a + k).add("", weight);
            }
            weights[a + k] = weight;
          }
        }
      }
      from = a + sourceSize;
      to = b + targetSize;
    }
    for (int k = 0; from + k < pivot.size() && to + k < reading.size(); k++) {
      weights[from + k] =
          add(places.get(from + k), reading.get(to + k).text(), reading.get(to + k).confidence());
    }
  }

  /**
   * What stands against an insertion before place i: each reading that inserted nothing there, by
   * the weight it gave the places beside it (a reading unsure of its neighbours says little).
   */
  private static double kept(List<double[]> weights, List<boolean[]> inserted, int i) {
    double sum = 0;
    for (int r = 0; r < weights.size(); r++) {
      if (inserted.get(r)[i]) {
        continue;
      }
      double[] at = weights.get(r);
      double beside = 0;
      int count = 0;
      for (int j = i - 1; j <= i; j++) {
        if (j >= 0 && j < at.length && !Double.isNaN(at[j])) {
          beside += at[j];
          count++;
        }
      }
      sum += count == 0 ? 0 : beside / count;
    }
    return sum;
  }

  /** How surely the first reading saw the characters beside an insertion before place i. */
  private static double beside(double[] own, int i) {
    double seen = 0;
    for (int j = Math.max(0, i - 1); j <= Math.min(own.length - 1, i); j++) {
      seen = Math.max(seen, own[j]);
    }
    return seen;
  }

  private static double add(Votes place, String text, float confidence) {
    place.add(text, weight(confidence));
    return weight(confidence);
  }

  private static double weight(float confidence) {
    return Math.max(confidence, FLOOR);
  }

  /** The votes at one place: the weight and the number of readings behind each text. */
  private static final class Votes {
    private final Map<String, Double> weight = new LinkedHashMap<>();
    private final Map<String, Integer> readings = new HashMap<>();

    void add(String text, double w) {
      weight.merge(text, w, Double::sum);
      readings.merge(text, 1, Integer::sum);
    }

    /**
     * The text with the most weight (the first of equals: the first reading's); one other than
     * {@code first} needs two readings behind it (one reading alone may be one model's misreading)
     * unless the first reading hardly saw the place ({@code seen} below {@link #BLIND}) and the one
     * reading is sure ({@link #SURE}), else {@code first} stands (null: nothing).
     */
    Map.Entry<String, Double> winner(String first, double seen) {
      Map.Entry<String, Double> best = null;
      for (Map.Entry<String, Double> e : weight.entrySet()) {
        if (best == null || e.getValue() > best.getValue()) {
          best = e;
        }
      }
      if (best != null
          && !best.getKey().equals(first)
          && readings.get(best.getKey()) < 2
          && (seen >= BLIND || best.getValue() < SURE)) {
        return first == null ? null : Map.entry(first, weight.getOrDefault(first, 0.0));
      }
      return best;
    }
  }

  private static List<String> chars(String text) {
    return Widths.fold(text)
        .codePoints()
        .filter(c -> !Character.isWhitespace(c))
        .mapToObj(Character::toString)
        .toList();
  }

  private static List<String> texts(List<Glyph> glyphs) {
    return glyphs.stream().map(Glyph::text).toList();
  }
}
