package jp.gyomu.fields.suggest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Romaji for Japanese labels and titles, for the names a template needs: 申請日 → {@code shinseiBi},
 * 旅費精算書 → {@code ryohi-seisansho}. Kanji are read with a curated list of the words of office forms
 * (no Japanese morphological dictionary is available to the build); kana are transliterated
 * (Hepburn, long vowels unmarked); Latin letters are kept. A label mostly made of unknown kanji
 * gets no romaji, and the caller falls back to a numbered name.
 */
final class Romaji {

  private static final Map<String, List<String>> WORDS = load();
  private static final int LONGEST =
      WORDS.keySet().stream().mapToInt(String::length).max().orElse(1);
  // at least this share of a label's characters must be read for its romaji to stand for it
  private static final double COVERED = 0.75;

  private static final String[] KANA = {
    "あa", "いi", "うu", "えe", "おo", "かka", "きki", "くku", "けke", "こko", "さsa", "しshi",
    "すsu", "せse", "そso", "たta", "ちchi", "つtsu", "てte", "とto", "なna", "にni", "ぬnu", "ねne",
    "のno", "はha", "ひhi", "ふfu", "へhe", "ほho", "まma", "みmi", "むmu", "めme", "もmo", "やya",
    "ゆyu", "よyo", "らra", "りri", "るru", "れre", "ろro", "わwa", "をo", "んn", "がga", "ぎgi",
    "ぐgu", "げge", "ごgo", "ざza", "じji", "ずzu", "ぜze", "ぞzo", "だda", "ぢji", "づzu", "でde",
    "どdo", "ばba", "びbi", "ぶbu", "べbe", "ぼbo", "ぱpa", "ぴpi", "ぷpu", "ぺpe", "ぽpo", "ぁa",
    "ぃi", "ぅu", "ぇe", "ぉo", "ゔvu"
  };
  private static final Map<Character, String> KANA_READINGS = new HashMap<>();

  static {
    for (String k : KANA) {
      KANA_READINGS.put(k.charAt(0), k.substring(1));
    }
  }

  private Romaji() {}

  // a long label (a check box's sentence) is named after its first words
  private static final int NAME_WORDS = 4;

  /** A camelCase field name for a label, or empty when too little of it can be read. */
  static Optional<String> camelCase(String label) {
    return words(label)
        .map(all -> all.subList(0, Math.min(NAME_WORDS, all.size())))
        .map(
            words -> {
              StringBuilder name = new StringBuilder();
              for (String w : words) {
                name.append(
                    name.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
              }
              return name.toString();
            })
        .filter(n -> n.matches("[a-z][A-Za-z0-9]*") && n.length() <= 40);
  }

  /** Lower-case words joined by '-' (a document-type id), or empty. */
  static Optional<String> kebabCase(String title) {
    return words(title)
        .map(words -> String.join("-", words))
        .filter(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*") && id.length() <= 60);
  }

  /** The romaji words of a text, or empty when less than three quarters of it can be read. */
  static Optional<List<String>> words(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s　]", "");
    List<String> words = new ArrayList<>();
    int read = 0;
    int counted = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue; // punctuation, brackets, colons
      }
      counted++;
      String word = longestWord(s, i);
      if (word != null) {
        words.addAll(WORDS.get(word));
        read += word.length();
        counted += word.length() - 1;
        i += word.length();
      } else if (isKana(c)) {
        int end = i;
        while (end < s.length() && isKana(s.charAt(end))) {
          end++;
        }
        String kana = kana(s.substring(i, end));
        if (!kana.isEmpty()) {
          words.add(kana);
        }
        read += end - i;
        counted += end - i - 1;
        i = end;
      } else if (c < 128) {
        int end = i;
        while (end < s.length()
            && s.charAt(end) < 128
            && Character.isLetterOrDigit(s.charAt(end))) {
          end++;
        }
        words.add(s.substring(i, end).toLowerCase(Locale.ROOT));
        read += end - i;
        counted += end - i - 1;
        i = end;
      } else {
        i++; // a kanji nobody listed
      }
    }
    if (words.isEmpty() || counted == 0 || read < COVERED * counted) {
      return Optional.empty();
    }
    return Optional.of(List.copyOf(words));
  }

  /** The words of a text read wholly from the list of form words, or empty. */
  static Optional<List<String>> formWordsOnly(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s　]", "");
    List<String> words = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      String word = longestWord(s, i);
      if (word == null) {
        return Optional.empty();
      }
      words.addAll(WORDS.get(word));
      i += word.length();
    }
    return words.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(words));
  }

  private static String longestWord(String s, int from) {
    for (int length = Math.min(LONGEST, s.length() - from); length > 0; length--) {
      String candidate = s.substring(from, from + length);
      if (WORDS.containsKey(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean isKana(char c) {
    return (c >= 'ぁ' && c <= 'ゖ') || (c >= 'ァ' && c <= 'ヶ') || c == 'ー';
  }

  /** Hepburn for a run of kana: small ゃゅょ join the syllable before, っ doubles the next. */
  static String kana(String text) {
    StringBuilder out = new StringBuilder();
    boolean doubleNext = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'ァ' && c <= 'ヶ') {
        c = (char) (c - 0x60); // katakana to hiragana
      }
      if (c == 'ー') {
        continue;
      }
      if (c == 'っ') {
        doubleNext = true;
        continue;
      }
      if ((c == 'ゃ' || c == 'ゅ' || c == 'ょ') && !out.isEmpty()) {
        String small = c == 'ゃ' ? "a" : c == 'ゅ' ? "u" : "o";
        int last = out.length() - 1;
        if (out.charAt(last) == 'i') {
          out.deleteCharAt(last);
          boolean palatal =
              out.length() >= 2 && (out.toString().endsWith("sh") || out.toString().endsWith("ch"));
          boolean j = !out.isEmpty() && out.charAt(out.length() - 1) == 'j';
          out.append(palatal || j ? small : "y" + small);
        }
        continue;
      }
      if ("ぁぃぅぇぉ".indexOf(c) >= 0
          && !out.isEmpty()
          && "iu".indexOf(out.charAt(out.length() - 1)) >= 0) {
        out.setCharAt(out.length() - 1, KANA_READINGS.get(c).charAt(0)); // チェ che, ファ fa
        continue;
      }
      String reading = KANA_READINGS.get(c);
      if (reading == null) {
        continue;
      }
      if (doubleNext) {
        out.append(reading.startsWith("ch") ? 't' : reading.charAt(0));
        doubleNext = false;
      }
      out.append(reading);
    }
    return out.toString();
  }

  private static Map<String, List<String>> load() {
    Map<String, List<String>> words = new HashMap<>();
    try (InputStream in = Romaji.class.getResourceAsStream("form-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("form-words.txt is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.strip().split("\\s+");
        words.put(parts[0], List.of(parts).subList(1, parts.length));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(words);
  }
}
