package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The vertical rules of a ruled table (its outer border and the rules between columns) that run
 * from the header row down through the first row. A line below the table's bottom rule stands
 * between none of them: a short sentence under the table (上記のとおり申請します。) is no row, however close it
 * stands. A row whose cells are merged still stands between the outer border. A scan breaks a rule
 * here and there, so {@link TableReader} asks this only of sentences.
 */
final class TableFrame {

  private static final TableFrame NONE = new TableFrame(null, List.of(), 0);
  // a rule seen again this many text heights left or right of where it was (a skewed scan)
  private static final double DRIFT = 0.5;

  private final BufferedImage image;
  private final List<Integer> rules;
  private final int drift;

  private TableFrame(BufferedImage image, List<Integer> rules, int drift) {
    this.image = image;
    this.rules = rules;
    this.drift = drift;
  }

  /**
   * @param image the page, or null (a text layer): then every line is inside
   * @param header the header row's box
   * @param firstRow the first row's box
   * @return the rules crossing both; none when the table's body is not ruled
   */
  static TableFrame of(BufferedImage image, Rectangle header, Rectangle firstRow) {
    if (image == null) {
      return NONE;
    }
    int drift = (int) Math.ceil(DRIFT * header.height);
    List<Integer> below = rulesAcross(image, firstRow);
    List<Integer> both =
        rulesAcross(image, header).stream()
            .filter(x -> below.stream().anyMatch(b -> Math.abs(b - x) <= drift))
            .toList();
    return both.isEmpty() ? NONE : new TableFrame(image, both, drift);
  }

  /** Whether a line stands between at least one of the table's rules (or the table has none). */
  boolean encloses(Rectangle line) {
    if (rules.isEmpty()) {
      return true;
    }
    List<Integer> across = rulesAcross(image, line);
    return rules.stream().anyMatch(x -> across.stream().anyMatch(a -> Math.abs(a - x) <= drift));
  }

  private static List<Integer> rulesAcross(BufferedImage image, Rectangle line) {
    int right = image.getWidth() - 1;
    return ColumnRule.between(
        image,
        new Rectangle(0, line.y, 1, line.height),
        new Rectangle(right, line.y, 1, line.height));
  }
}
