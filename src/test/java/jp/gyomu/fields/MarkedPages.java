package jp.gyomu.fields;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.DataBufferByte;
import java.awt.image.Kernel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.ocr.PageText;
import jp.gyomu.testdocs.Jpeg;
import jp.gyomu.testdocs.NotoCjkFont;

/**
 * Draws pages with check boxes, marks and circled words (Java2D, Noto Sans CJK JP), together with
 * the OCR words a perfect reader would report for the text (one word per character, boxes from the
 * glyphs), and damages them like scans: skew (word boxes turned with the page), noise and dust,
 * blur, JPEG.
 */
final class MarkedPages {

  /** How a check box is marked. */
  enum Mark {
    EMPTY,
    FILLED,
    /** ☑ printed as one glyph (DejaVu Sans; Noto CJK has none). */
    GLYPH,
    /** A pen's ✓ whose long stroke leaves the box. */
    TICK,
    /** A pen's ✗ from corner to corner, beyond them. */
    CROSS
  }

  private final int dpi;
  private BufferedImage image;
  private final Graphics2D g;
  private final List<OcrWord> words = new ArrayList<>();
  private Color ink = Color.BLACK;
  private float line = -1;
  private boolean serif;

  private MarkedPages(int dpi, double widthMm, double heightMm) {
    this.dpi = dpi;
    image = new BufferedImage(px(widthMm), px(heightMm), BufferedImage.TYPE_BYTE_GRAY);
    g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
  }

  static MarkedPages a4(int dpi) {
    return new MarkedPages(dpi, 210, 297);
  }

  /** A strip of a page, for the many small samples of an accuracy run. */
  static MarkedPages strip(int dpi, double widthMm, double heightMm) {
    return new MarkedPages(dpi, widthMm, heightMm);
  }

  int dpi() {
    return dpi;
  }

  int px(double millimetres) {
    return (int) Math.round(millimetres / 25.4 * dpi);
  }

  double pointsToPx(double points) {
    return points / 72 * dpi;
  }

  /** Ink for what is drawn next (a faint scan: light grey). */
  MarkedPages ink(Color colour) {
    this.ink = colour;
    return this;
  }

  /** Line width in pixels for boxes drawn next; by default 0.15 mm. */
  MarkedPages line(float pixels) {
    this.line = pixels;
    return this;
  }

  private float lineWidth() {
    return line > 0 ? line : Math.max(1f, (float) (0.15 / 25.4 * dpi));
  }

  /** Text drawn next in Noto Serif CJK JP (明朝, as many printed forms): its glyphs hold squares. */
  MarkedPages serif() {
    serif = true;
    return this;
  }

  /** Writes text in Noto Sans CJK JP (or serif); returns its pixel box. */
  Rectangle text(String text, double xMm, double baselineMm, double points) {
    return text(text, xMm, baselineMm, points, 93f);
  }

  Rectangle text(String text, double xMm, double baselineMm, double points, float confidence) {
    Font font =
        serif
            ? new Font("Noto Serif CJK JP", Font.PLAIN, 1).deriveFont((float) pointsToPx(points))
            : NotoCjkFont.sized((float) pointsToPx(points));
    g.setFont(font);
    g.setColor(ink);
    float x = (float) (xMm / 25.4 * dpi);
    float y = (float) (baselineMm / 25.4 * dpi);
    g.drawString(text, x, y);
    FontRenderContext frc = g.getFontRenderContext();
    GlyphVector glyphs = font.createGlyphVector(frc, text);
    Rectangle all = null;
    for (int i = 0; i < text.length(); i++) {
      Rectangle box = glyphs.getGlyphPixelBounds(i, frc, x, y);
      if (!Character.isWhitespace(text.charAt(i)) && !box.isEmpty()) {
        words.add(new OcrWord(String.valueOf(text.charAt(i)), confidence, box));
        all = all == null ? box : all.union(box);
      }
    }
    return all;
  }

  /** An OCR word as Tesseract might report it for something drawn (a box read as 口). */
  MarkedPages word(String text, Rectangle box, float confidence) {
    words.add(new OcrWord(text, confidence, box));
    return this;
  }

  /** Replaces words by one word spanning them, as Tesseract reads 口有 when a box touches text. */
  MarkedPages merge(Rectangle area, String text) {
    words.removeIf(w -> area.contains(w.box()));
    words.add(new OcrWord(text, 90f, area));
    return this;
  }

  /** Drops the words inside an area, as Tesseract skips a word with a pen's circle round it. */
  MarkedPages unread(Rectangle area) {
    words.removeIf(w -> area.contains(w.box()));
    return this;
  }

  /**
   * A square box of a side (points) whose bottom sits a little under the baseline, marked.
   *
   * @return the box's pixels
   */
  Rectangle box(double xMm, double baselineMm, double sidePoints, Mark mark) {
    double side = pointsToPx(sidePoints);
    double x = xMm / 25.4 * dpi;
    double bottom = baselineMm / 25.4 * dpi + side * 0.12;
    Rectangle2D.Double box = new Rectangle2D.Double(x, bottom - side, side, side);
    g.setColor(ink);
    g.setStroke(new BasicStroke(lineWidth()));
    switch (mark) {
      case EMPTY -> g.draw(box);
      case FILLED -> {
        g.draw(box);
        g.fill(box);
      }
      case GLYPH -> glyph(box);
      case TICK -> {
        g.draw(box);
        tick(box, pen(side), 0, new Random(1));
      }
      case CROSS -> {
        g.draw(box);
        cross(box, pen(side), new Random(1));
      }
    }
    return box.getBounds();
  }

  private float pen(double side) {
    return (float) Math.max(1.5, side / 11);
  }

  private void glyph(Rectangle2D.Double box) {
    // DejaVu's ☑ is about 0.8 em wide: size the font so the glyph fills the box
    Font font = new Font("DejaVu Sans", Font.PLAIN, 1).deriveFont((float) (box.width / 0.8));
    GlyphVector gv = font.createGlyphVector(g.getFontRenderContext(), "☑");
    Rectangle2D bounds = gv.getVisualBounds();
    double scale = box.width / bounds.getWidth();
    AffineTransform at = new AffineTransform();
    at.translate(box.x - bounds.getX() * scale, box.y - bounds.getY() * scale);
    at.scale(scale, scale);
    g.fill(at.createTransformedShape(gv.getOutline()));
  }

  /** A pen tick over a box; jitter (0-1) varies its shape. */
  void tick(Rectangle2D box, float pen, double jitter, Random random) {
    double s = box.getWidth();
    double j = jitter * s;
    Path2D.Double path = new Path2D.Double();
    path.moveTo(
        box.getX() + 0.15 * s + j * (random.nextDouble() - 0.5) * 0.2, box.getY() + 0.5 * s);
    path.lineTo(
        box.getX() + 0.42 * s, box.getY() + 0.85 * s + j * (random.nextDouble() - 0.5) * 0.2);
    path.lineTo(
        box.getX() + 1.1 * s + j * random.nextDouble() * 0.3,
        box.getY() - 0.25 * s - j * random.nextDouble() * 0.3);
    g.setColor(ink);
    g.setStroke(new BasicStroke(pen, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(path);
  }

  void cross(Rectangle2D box, float pen, Random random) {
    double s = box.getWidth();
    double over = s * (0.05 + 0.15 * random.nextDouble());
    g.setColor(ink);
    g.setStroke(new BasicStroke(pen, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(
        new Line2D.Double(
            box.getX() - over, box.getY() - over, box.getMaxX() + over, box.getMaxY() + over));
    g.draw(
        new Line2D.Double(
            box.getMaxX() + over, box.getY() - over, box.getX() - over, box.getMaxY() + over));
  }

  /** A pen's ellipse round a word, a margin (pixels) away from it. */
  MarkedPages circle(Rectangle word, double margin, float pen) {
    g.setColor(ink);
    g.setStroke(new BasicStroke(pen, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(
        new Ellipse2D.Double(
            word.getCenterX() - word.width / 2.0 * 1.25 - margin,
            word.getCenterY() - word.height / 2.0 * 1.25 - margin,
            word.width * 1.25 + 2 * margin,
            word.height * 1.25 + 2 * margin));
    return this;
  }

  /** A ruled table cell around a row (ruling lines cross near boxes). */
  MarkedPages rule(Rectangle cell) {
    g.setColor(ink);
    g.setStroke(new BasicStroke(Math.max(1f, dpi / 100f)));
    g.draw(cell);
    return this;
  }

  Graphics2D graphics() {
    return g;
  }

  /** Turns the page (clockwise degrees) about its centre; word boxes turn with it. */
  MarkedPages skew(double degrees) {
    BufferedImage turned =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D t = turned.createGraphics();
    t.setColor(Color.WHITE);
    t.fillRect(0, 0, turned.getWidth(), turned.getHeight());
    t.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    AffineTransform rotation =
        AffineTransform.getRotateInstance(
            Math.toRadians(degrees), image.getWidth() / 2.0, image.getHeight() / 2.0);
    t.drawImage(image, rotation, null);
    t.dispose();
    image = turned;
    List<OcrWord> moved = new ArrayList<>();
    for (OcrWord w : words) {
      moved.add(
          new OcrWord(
              w.text(), w.confidence(), rotation.createTransformedShape(w.box()).getBounds()));
    }
    words.clear();
    words.addAll(moved);
    return this;
  }

  /** Grey sensor noise and dark dust specks, as {@code ScanLikeDocuments} adds them. */
  MarkedPages noise(double sigma, long seed) {
    Random random = new Random(seed);
    byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < data.length; i++) {
      int value = (data[i] & 0xFF) + (int) Math.round(random.nextGaussian() * sigma);
      data[i] = (byte) Math.max(0, Math.min(255, value));
    }
    int width = image.getWidth();
    int specks = width * image.getHeight() / 14_000;
    for (int i = 0; i < specks; i++) {
      int x = random.nextInt(width - 2);
      int y = random.nextInt(image.getHeight() - 2);
      int speck = 1 + random.nextInt(2);
      for (int dy = 0; dy < speck; dy++) {
        for (int dx = 0; dx < speck; dx++) {
          data[(y + dy) * width + x + dx] = (byte) random.nextInt(80);
        }
      }
    }
    return this;
  }

  MarkedPages blur(int radius) {
    int size = 2 * radius + 1;
    float[] weights = new float[size * size];
    java.util.Arrays.fill(weights, 1f / (size * size));
    image =
        new ConvolveOp(new Kernel(size, size, weights), ConvolveOp.EDGE_NO_OP, null)
            .filter(image, null);
    return this;
  }

  MarkedPages jpeg(float quality) {
    BufferedImage read = Jpeg.roundTrip(image, quality);
    BufferedImage grey =
        new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    grey.getGraphics().drawImage(read, 0, 0, null);
    image = grey;
    return this;
  }

  BufferedImage image() {
    return image;
  }

  PageText text() {
    return new PageText(
        String.join(" ", words.stream().map(OcrWord::text).toList()),
        List.copyOf(words),
        93f,
        image.getWidth(),
        image.getHeight(),
        dpi,
        0,
        0,
        "jpn");
  }

  FieldPage page() {
    return FieldPage.of(text(), image);
  }
}
