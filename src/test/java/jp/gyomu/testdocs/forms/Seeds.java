package jp.gyomu.testdocs.forms;

import java.util.List;
import java.util.stream.LongStream;

/**
 * The seeds of generated forms, in two disjoint sets.
 *
 * <p>TUNING seeds are for looking at: render them, read them, tune extraction and classification on
 * them. HELD-OUT seeds must NEVER be looked at while tuning (no rendering, no dumping, no reading
 * of failures): they measure how Gyomu does on layouts nobody tuned it on. Only the benchmark and
 * the floor test read them, and only their totals are looked at.
 */
public final class Seeds {

  private static final long TUNING_FIRST = 1_000;
  private static final long HELD_OUT_FIRST = 7_000_000;
  private static final int SET_SIZE = 100_000;

  private Seeds() {}

  /** The first {@code count} tuning seeds. */
  public static List<Long> tuning(int count) {
    return first(TUNING_FIRST, count);
  }

  /** {@code count} tuning seeds from {@code first}, which must be a tuning seed. */
  public static List<Long> tuning(long first, int count) {
    if (first < TUNING_FIRST || first + count > TUNING_FIRST + SET_SIZE) {
      throw new IllegalArgumentException(
          "tuning seeds are " + TUNING_FIRST + " to " + (TUNING_FIRST + SET_SIZE - 1));
    }
    return first(first, count);
  }

  /** The first {@code count} held-out seeds: never look at these pages while tuning. */
  public static List<Long> heldOut(int count) {
    return first(HELD_OUT_FIRST, count);
  }

  public static boolean isHeldOut(long seed) {
    return seed >= HELD_OUT_FIRST && seed < HELD_OUT_FIRST + SET_SIZE;
  }

  private static List<Long> first(long start, int count) {
    if (count > SET_SIZE) {
      throw new IllegalArgumentException("at most " + SET_SIZE + " seeds per set");
    }
    return LongStream.range(start, start + count).boxed().toList();
  }
}
