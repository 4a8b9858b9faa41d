package jp.gyomu.registry;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a business task is automated. */
public enum Technology {
  RPA("RPA"),
  AI_OCR("AI-OCR"),
  RPA_AI_OCR("RPA+AI-OCR"),
  OTHER("その他");

  private final String label;

  Technology(String label) {
    this.label = label;
  }

  /** The name offices write in their spreadsheets, e.g. {@code RPA+AI-OCR}. */
  public String label() {
    return label;
  }

  /** Reads the code ({@code RPA_AI_OCR}), the label ({@code RPA+AI-OCR}) or {@code other}. */
  public static Optional<Technology> parse(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
    return Arrays.stream(values())
        .filter(v -> v.name().equals(t) || v.label.equals(t) || v.label.equals(text.strip()))
        .findFirst();
  }
}
