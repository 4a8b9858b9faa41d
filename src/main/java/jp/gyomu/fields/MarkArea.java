package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pixels around a label or a choice's options: the check boxes there, whether each is marked,
 * and whether a word is circled. Sizes are in text heights, so one rule serves 200 and 300 dpi and
 * any type size.
 */
final class MarkArea {

  /** Smallest and largest box side, in text heights. */
  static final double MIN_SIDE = 0.45;

  static final double MAX_SIDE = 2.2;

  /** The widest gap between a text and its box, in text heights. */
  static final double REACH = 2.5;

  /** Inked share of a box's inside from which it counts as marked. */
  static final double MARKED = 0.03;

  // shares from which the decision is certain (confidence 100)
  private static final double SURELY_EMPTY = 0.008;
  private static final double SURELY_MARKED = 0.08;

  /** Where a box stands relative to its text. */
  enum Side {
    BEFORE,
    AFTER
  }

  /**
   * A box beside a text, and how it is marked.
   *
   * @param box the box's outer edges
   * @param share the inked share of its inside
   * @param gap pixels between the box and the text
   */
  record Box(Rectangle box, double share, int gap) {

    boolean marked() {
      return share >= MARKED;
    }

    /** 0-100: how far the share is from the threshold. */
    float confidence() {
      double certain =
          marked()
              ? (share - MARKED) / (SURELY_MARKED - MARKED)
              : (MARKED - share) / (MARKED - SURELY_EMPTY);
      return (float) (100 * Math.min(1, certain));
    }
  }

  private final InkPatch patch;
  private final int textHeight;
  private final List<SquareFinder.Square> squares;
  private final List<Rectangle> text;

  private List<SquareFinder.Square> overText; // every square, text or not; found when first asked
  private final Map<Rectangle, Rectangle> inkExtents = new HashMap<>(); // texts' ink, by OCR box

  private MarkArea(
      InkPatch patch, int textHeight, List<SquareFinder.Square> squares, List<Rectangle> text) {
    this.patch = patch;
    this.textHeight = textHeight;
    this.squares = squares;
    this.text = text;
  }

  /**
   * The band around some texts of one line, far enough to hold their boxes.
   *
   * @param texts the label or the options
   * @param known boxes of characters known to be text (never a check box)
   */
  static MarkArea around(
      BufferedImage image, List<Rectangle> texts, int textHeight, List<Rectangle> known) {
    Rectangle union = texts.stream().reduce(Rectangle::union).orElseThrow();
    int across = (int) Math.ceil((REACH + MAX_SIDE) * textHeight);
    int up = (int) Math.ceil((MAX_SIDE / 2 + 0.8) * textHeight);
    Rectangle band =
        new Rectangle(
            union.x - across,
            (int) union.getCenterY() - up - union.height / 2,
            union.width + 2 * across,
            2 * up + union.height);
    return within(image, band, textHeight, known);
  }

  /** A region of the page (a field's zone). */
  static MarkArea within(
      BufferedImage image, Rectangle region, int textHeight, List<Rectangle> known) {
    InkPatch patch = InkPatch.of(image, region);
    int tolerance = Math.max(1, (int) Math.round(textHeight * 0.06));
    int minSide = (int) Math.floor(MIN_SIDE * textHeight);
    int maxSide = (int) Math.ceil(MAX_SIDE * textHeight);
    int threshold = patch.inkThreshold();
    List<SquareFinder.Square> squares =
        new ArrayList<>(SquareFinder.find(patch, threshold, minSide, maxSide, tolerance, known));
    // a faint print's thin lines are lighter than the usual threshold (a black box elsewhere on
    // the line must not hide a faint one beside the label)
    int faint = patch.faintThreshold();
    if (faint > threshold) {
      for (SquareFinder.Square square :
          SquareFinder.find(patch, faint, minSide, maxSide, tolerance, known)) {
        if (squares.stream().noneMatch(s -> s.box().intersects(square.box()))) {
          squares.add(square);
        }
      }
    }
    return new MarkArea(patch, textHeight, squares, known);
  }

  /** Every box found in the area, outer edges. */
  List<Rectangle> boxes() {
    return squares.stream().map(SquareFinder.Square::box).toList();
  }

  // a square below this share of the text height is taken only when no larger one is beside it
  static final double GLYPH_PART = 0.6;

  /**
   * The nearest box on one side of a text (either side when side is null), on its line, with no
   * known text between them.
   */
  Optional<Box> boxBeside(Rectangle word, Side side) {
    return beside(squares, word, side, true);
  }

  // boxes of one choice are printed alike: sides within this share of each other
  private static final double ALIKE = 0.15;

  /**
   * A box like another (the same size within {@link #ALIKE}) on one side of a text, even where OCR
   * read it as a confident character: the boxes of a choice are printed alike, and OCR reads a
   * crossed box as 凶 or 図.
   */
  Optional<Box> boxLike(Rectangle word, Side side, Rectangle like) {
    // on the side where the other options have theirs, a box is no neighbour's, however near it is
    // to the text beyond it (OCR's box of the previous option often runs on over the gap)
    return beside(
        overText().stream().filter(s -> alike(s.box(), like)).toList(), word, side, false);
  }

  /**
   * The nearest box beside a text even where OCR read it as a confident character (a crossed box as
   * 凶 or 区, fused to the label: 区冷暖房を使用する): a last resort for a check box's label, whose box is not
   * otherwise found. Squares smaller than {@link #GLYPH_PART} text heights are parts of glyphs.
   */
  Optional<Box> boxOverText(Rectangle word, Side side) {
    return beside(
        overText().stream()
            .filter(s -> Math.min(s.box().width, s.box().height) >= GLYPH_PART * textHeight)
            .toList(),
        word,
        side,
        true);
  }

  private List<SquareFinder.Square> overText() {
    if (overText == null) {
      overText =
          SquareFinder.find(
              patch,
              patch.inkThreshold(),
              (int) Math.floor(MIN_SIDE * textHeight),
              (int) Math.ceil(MAX_SIDE * textHeight),
              Math.max(1, (int) Math.round(textHeight * 0.06)),
              List.of());
    }
    return overText;
  }

  /** Whether two boxes are the same size within {@link #ALIKE}. */
  static boolean alike(Rectangle box, Rectangle like) {
    return Math.abs(box.width - like.width) <= ALIKE * like.width
        && Math.abs(box.height - like.height) <= ALIKE * like.height;
  }

  /**
   * @param neighbours whether a box nearer to another text beyond it is that text's (unknown side)
   */
  private Optional<Box> beside(
      List<SquareFinder.Square> squares, Rectangle word, Side side, boolean neighbours) {
    SquareFinder.Square best = null;
    int bestGap = Integer.MAX_VALUE;
    boolean bestSmall = true;
    Rectangle ink = inkOf(word);
    for (SquareFinder.Square square : squares) {
      Rectangle box = square.box();
      boolean before = box.getCenterX() < word.getCenterX();
      if (side != null && before != (side == Side.BEFORE)) {
        continue;
      }
      int gap = before ? ink.x - (box.x + box.width) : box.x - (ink.x + ink.width);
      double offset = Math.abs(box.getCenterY() - word.getCenterY());
      // skew moves a box off its text's line by up to tan(2.5°) of the distance between them
      double allowed = 0.6 * textHeight + 0.045 * Math.max(0, gap);
      if (gap < -0.2 * textHeight
          || gap > REACH * textHeight
          || offset > allowed
          || textBetween(box, word, before)
          || neighbours && nearerOtherText(box, word, before, gap)) {
        continue;
      }
      // a square much smaller than the text is more likely part of a glyph (扶, 所) than a box
      boolean small = Math.min(box.width, box.height) < GLYPH_PART * textHeight;
      boolean closer = gap < bestGap || gap == bestGap && before;
      if (best == null || (!small && bestSmall) || (small == bestSmall && closer)) {
        best = square;
        bestGap = gap;
        bestSmall = small;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Box(
            best.box(),
            BoxFill.of(patch, best.box(), best.threshold()).share(),
            Math.max(0, bestGap)));
  }

  /** The first box in the area, top to bottom then left to right, for a zone without a label. */
  Optional<Box> firstBox() {
    return squares.stream()
        .min(
            Comparator.comparingInt((SquareFinder.Square s) -> s.box().y / textHeight)
                .thenComparingInt(s -> s.box().x))
        .map(s -> new Box(s.box(), BoxFill.of(patch, s.box(), s.threshold()).share(), 0));
  }

  /** Whether a word is circled; ink of other known text and of the boxes here does not count. */
  CircleFinder.Circle circle(Rectangle word) {
    List<Rectangle> others = new ArrayList<>();
    for (Rectangle box : text) {
      if (!word.contains(box.getCenterX(), box.getCenterY())) {
        others.add(box);
      }
    }
    squares.forEach(s -> others.add(s.box()));
    return CircleFinder.around(patch, word, textHeight, others);
  }

  /** A box nearer to another word beyond it on the line (the next item's box) is not this one's. */
  private boolean nearerOtherText(Rectangle box, Rectangle word, boolean before, int gap) {
    for (Rectangle t : text) {
      if (readAsText(t, box)) {
        continue;
      }
      boolean sameRow = sameRow(t, box);
      boolean beyond = before ? t.getCenterX() < box.x : t.getCenterX() > box.x + box.width;
      Rectangle far = inkOf(t);
      int farGap = before ? box.x - (far.x + far.width) : far.x - (box.x + box.width);
      if (sameRow && beyond && !word.intersects(t) && farGap >= -2 && farGap * 5 < gap * 4) {
        return true;
      }
    }
    return false;
  }

  // a column of a text's box holds its ink from this many ink pixels (one is a speck)
  private static final int INK_IN_COLUMN = 2;

  /**
   * The columns of a text's box that hold ink: gaps are measured from the text's glyphs, since
   * OCR's box often runs on over the paper after a word (登録 boxed 40 px past its last stroke) or
   * starts before it. A box with no ink in the area is kept as OCR gave it.
   */
  private Rectangle inkOf(Rectangle text) {
    return inkExtents.computeIfAbsent(text, this::measureInk);
  }

  private Rectangle measureInk(Rectangle text) {
    Rectangle r = text.intersection(patch.bounds());
    if (r.isEmpty()) {
      return text;
    }
    int threshold = patch.inkThreshold();
    int left = -1;
    int right = -1;
    for (int x = r.x; x < r.x + r.width; x++) {
      int count = 0;
      for (int y = r.y; y < r.y + r.height && count < INK_IN_COLUMN; y++) {
        if (patch.grey(x, y) < threshold) {
          count++;
        }
      }
      if (count >= INK_IN_COLUMN) {
        left = left < 0 ? x : left;
        right = x;
      }
    }
    if (left < 0 || r.x != text.x || r.width != text.width) {
      // no ink, or a box reaching out of the area: OCR's box is all there is to go by
      return text;
    }
    return new Rectangle(left, text.y, right - left + 1, text.height);
  }

  private boolean textBetween(Rectangle box, Rectangle word, boolean before) {
    int from = before ? box.x + box.width : word.x + word.width;
    int to = before ? word.x : box.x;
    for (Rectangle t : text) {
      double centre = t.getCenterX();
      if (!readAsText(t, box) && sameRow(t, box) && centre > from && centre < to) {
        return true;
      }
    }
    return false;
  }

  /** Whether a text's box covers most of the square: OCR read the box itself (以 for a ticked □). */
  private static boolean readAsText(Rectangle text, Rectangle box) {
    Rectangle common = text.intersection(box);
    return !common.isEmpty() && 2L * common.width * common.height >= (long) box.width * box.height;
  }

  /**
   * Whether a text stands on the box's row: they share at least half the smaller one's height. OCR
   * gives some characters boxes twice as tall as their ink (房 reaching up into the line above), so
   * touching rows are not enough.
   */
  private static boolean sameRow(Rectangle text, Rectangle box) {
    int overlap = Math.min(text.y + text.height, box.y + box.height) - Math.max(text.y, box.y);
    return 2 * overlap >= Math.min(text.height, box.height);
  }
}
