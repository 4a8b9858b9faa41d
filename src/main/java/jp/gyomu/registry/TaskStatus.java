package jp.gyomu.registry;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an automated business task stands, in the order a task normally moves through. */
public enum TaskStatus {
  CANDIDATE("候補"),
  IN_DEVELOPMENT("開発中"),
  PILOT("実証"),
  PRODUCTION("本格導入"),
  RETIRED("停止");

  private final String japanese;

  TaskStatus(String japanese) {
    this.japanese = japanese;
  }

  /** Reads the code ({@code PILOT}, {@code pilot}) or the Japanese word offices use (実証). */
  public static Optional<TaskStatus> parse(String text) {
    String t = text.strip();
    return Arrays.stream(values())
        .filter(s -> s.name().equals(t.toUpperCase(Locale.ROOT)) || s.japanese.equals(t))
        .findFirst();
  }
}
