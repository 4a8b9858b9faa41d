package jp.gyomu.testdocs.forms;

import java.util.Random;
import jp.gyomu.testdocs.ScanVariant;

/** The scan conditions the field-accuracy benchmark measures; parameters vary per seed. */
public enum PageVariant {
  /** Drawn at 300 dpi, untouched. */
  CLEAN,
  /** Skewed 0.5 to 2 degrees either way. */
  SKEW,
  /** 200-300 dpi, blurred, noisy with dust, JPEG-compressed, skewed up to 0.5 degrees. */
  SCAN_LIKE,
  /** Fed up to 1 cm off in x and y and scaled 97-102%. */
  SHIFTED;

  /** The short name used in reports and file names. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  public static PageVariant byId(String id) {
    for (PageVariant v : values()) {
      if (v.id().equals(id)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown variant " + id + "; known: clean, skew, scan-like, shifted");
  }

  /** This variant's degradation with parameters drawn from {@code r}. */
  public ScanVariant draw(Random r) {
    double sign = r.nextBoolean() ? 1 : -1;
    return switch (this) {
      case CLEAN -> new ScanVariant(id(), 300, 0, 0, 0, 0);
      case SKEW -> new ScanVariant(id(), 300, sign * (0.5 + 1.5 * r.nextDouble()), 0, 0, 0);
      case SCAN_LIKE ->
          new ScanVariant(
              id(),
              Values.pick(r, 200, 240, 300),
              sign * 0.5 * r.nextDouble(),
              1,
              8 + 14 * r.nextDouble(),
              0.6f + 0.25f * r.nextFloat());
      case SHIFTED ->
          new ScanVariant(
              id(),
              300,
              0,
              0,
              0,
              0,
              (r.nextDouble() * 2 - 1) * 10,
              (r.nextDouble() * 2 - 1) * 10,
              0.97 + 0.05 * r.nextDouble());
    };
  }
}
