package jp.gyomu.testdocs.forms;

/** How a check box or an option is marked on paper. */
public enum MarkStyle {
  /** The box printed as □ and left empty. */
  EMPTY,
  /** The box filled black, like ■. */
  FILLED,
  /** The ☑ glyph printed instead of the box. */
  GLYPH,
  /** A pen tick ✓ drawn as two strokes over the box. */
  TICK,
  /** A pen cross ✗ drawn as two strokes over the box. */
  CROSS,
  /** An ellipse drawn around the option's word (no box printed). */
  CIRCLE;

  /** The styles a marked box can have. */
  public static final MarkStyle[] MARKED = {FILLED, GLYPH, TICK, CROSS};
}
