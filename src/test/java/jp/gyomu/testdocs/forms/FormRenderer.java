package jp.gyomu.testdocs.forms;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jp.gyomu.testdocs.ScanLikeDocuments;
import jp.gyomu.testdocs.TestDocument.DrawnText;
import jp.gyomu.testdocs.TestPaper;
import jp.gyomu.testdocs.forms.FormContent.CheckBox;
import jp.gyomu.testdocs.forms.FormContent.Choice;
import jp.gyomu.testdocs.forms.FormContent.CornerBlock;
import jp.gyomu.testdocs.forms.FormContent.Element;
import jp.gyomu.testdocs.forms.FormContent.Labelled;
import jp.gyomu.testdocs.forms.FormContent.Line;
import jp.gyomu.testdocs.forms.FormContent.Paragraph;
import jp.gyomu.testdocs.forms.FormContent.QrCode;
import jp.gyomu.testdocs.forms.FormContent.Table;
import jp.gyomu.testdocs.forms.LayoutStyle.Placement;

/**
 * Draws a form's content on a white A4 page in a layout style. Consecutive labelled values form a
 * block laid out together (and shuffled within it if the style says so); everything else keeps the
 * content's order, except corner blocks (top right) and QR codes (a corner).
 */
final class FormRenderer {

  private static final double SMALLEST_POINTS = 7;

  private final LayoutStyle style;
  private final int dpi;
  private final Random random;
  private final BufferedImage image;
  private final Graphics2D g;
  private final List<DrawnText> drawn = new ArrayList<>();
  private final Map<String, Rectangle> boxes = new LinkedHashMap<>();
  private final int left;
  private final int right;
  private int y;
  private int cornerBottom;

  /** The drawn page, every text drawn (before any scan degradation) and each field's box. */
  record Result(
      BufferedImage image, int dpi, List<DrawnText> texts, Map<String, Rectangle> boxes) {}

  private FormRenderer(LayoutStyle style, int dpi, Random random) {
    this.style = style;
    this.dpi = dpi;
    this.random = random;
    image = TestPaper.a4(dpi);
    g = TestPaper.blackPen(image);
    g.setStroke(new BasicStroke(Math.max(1, dpi / 100f)));
    left = px(style.marginMm());
    right = image.getWidth() - px(style.marginMm());
  }

  /**
   * @param random decides the shuffling of fields and the wobble of pen marks
   * @throws IllegalStateException when the form does not fit on the page
   */
  static Result render(FormContent content, LayoutStyle style, int dpi, Random random) {
    FormRenderer r = new FormRenderer(style, dpi, random);
    r.drawForm(content);
    r.g.dispose();
    return new Result(r.image, dpi, List.copyOf(r.drawn), Map.copyOf(r.boxes));
  }

  private int px(double millimetres) {
    return (int) Math.round(millimetres / 25.4 * dpi);
  }

  private Font font(double points, int fontStyle) {
    return new Font(style.fontFamily(), fontStyle, 1).deriveFont((float) (points / 72 * dpi));
  }

  private Font body() {
    return font(style.bodyPoints(), style.bodyStyle());
  }

  private void drawForm(FormContent content) {
    y = px(style.topMm());
    g.setFont(body());
    for (Element e : content.elements()) {
      if (e instanceof CornerBlock b && b.aboveTitle()) {
        y = drawCorner(b, y);
      }
    }
    if (style.preamble() != null) {
      FontMetrics m = g.getFontMetrics();
      boolean atRight = style.preamble().startsWith("（") || style.preamble().equals("みどり市");
      int x = atRight ? right - m.stringWidth(style.preamble()) : left;
      text(style.preamble(), x, y + m.getAscent());
      y += lineHeight(m);
    }
    drawTitle(content.title());
    cornerBottom = y;
    for (Element e : content.elements()) {
      if (e instanceof CornerBlock b && !b.aboveTitle()) {
        cornerBottom = drawCorner(b, y);
      }
    }
    List<Element> elements = content.elements();
    for (int i = 0; i < elements.size(); ) {
      Element e = elements.get(i);
      if (e instanceof Labelled) {
        int end = i;
        while (end < elements.size() && elements.get(end) instanceof Labelled) {
          end++;
        }
        clearCorner();
        drawFields(castAll(elements.subList(i, end)));
        i = end;
        continue;
      }
      if (e instanceof Line l) {
        drawLine(l.text());
      } else if (e instanceof Paragraph p) {
        clearCorner();
        drawParagraph(p.text());
      } else if (e instanceof CheckBox c) {
        clearCorner();
        drawCheckBox(c);
      } else if (e instanceof Choice c) {
        clearCorner();
        drawChoice(c);
      } else if (e instanceof Table t) {
        clearCorner();
        drawTable(t);
      }
      i++;
    }
    clearCorner();
    for (Element e : elements) {
      if (e instanceof QrCode q) {
        drawQr(q);
      }
    }
    if (y > image.getHeight() - px(10)) {
      throw new IllegalStateException("the form runs off the page at y=" + y);
    }
  }

  private static List<Labelled> castAll(List<Element> elements) {
    return elements.stream().map(Labelled.class::cast).toList();
  }

  private void clearCorner() {
    y = Math.max(y, cornerBottom);
  }

  private int lineHeight(FontMetrics m) {
    return (int) Math.round(m.getHeight() * style.lineSpacing());
  }

  private void drawTitle(String title) {
    String printed =
        title.length() <= 8 ? String.join(style.titleSpacing(), title.split("")) : title;
    g.setFont(font(style.titlePoints(), style.titleBold() ? Font.BOLD : Font.PLAIN));
    FontMetrics m = g.getFontMetrics();
    y += px(3);
    int x = style.titleCentred() ? (image.getWidth() - m.stringWidth(printed)) / 2 : left;
    text(printed, x, y + m.getAscent());
    y += m.getHeight() + px(6);
    g.setFont(body());
  }

  /** Right-aligned lines from {@code top}; returns the y below them. */
  private int drawCorner(CornerBlock block, int top) {
    g.setFont(font(style.bodyPoints() - 0.5, style.bodyStyle()));
    FontMetrics m = g.getFontMetrics();
    int widest = block.lines().stream().mapToInt(m::stringWidth).max().orElse(0);
    int x = right - widest;
    Rectangle all = null;
    int lineY = top;
    for (String line : block.lines()) {
      Rectangle box =
          text(
              line,
              block.lines().size() == 1 ? right - m.stringWidth(line) : x,
              lineY + m.getAscent());
      all = all == null ? box : all.union(box);
      lineY += (int) Math.round(m.getHeight() * 1.25);
    }
    for (String name : block.values().keySet()) {
      boxes.put(name, all);
    }
    g.setFont(body());
    return lineY + px(4);
  }

  private void drawLine(String text) {
    FontMetrics m = g.getFontMetrics();
    int x = text.length() <= 2 ? (image.getWidth() - m.stringWidth(text)) / 2 : left;
    text(text, x, y + m.getAscent());
    y += lineHeight(m);
  }

  private void drawParagraph(String paragraph) {
    FontMetrics m = g.getFontMetrics();
    y += px(2);
    for (String line : ScanLikeDocuments.wrap(paragraph, m, right - left)) {
      text(line, left, y + m.getAscent());
      y += lineHeight(m);
    }
    y += px(2);
  }

  // ---- labelled values

  private String printedLabel(String label) {
    return style.spacedLabels() && label.length() == 2
        ? label.charAt(0) + "　" + label.charAt(1)
        : label;
  }

  private void drawFields(List<Labelled> block) {
    List<Labelled> fields = new ArrayList<>(block);
    if (style.shuffleFields()) {
      for (int i = 0; i + 1 < fields.size(); i++) {
        if (random.nextInt(3) == 0) {
          Collections.swap(fields, i, i + 1);
        }
      }
    }
    y += px(2);
    switch (style.placement()) {
      case RULED_TABLE -> ruledTable(fields);
      case INLINE_COLON, INLINE_GAP -> inline(fields);
      case BELOW, TWO_COLUMNS -> grid(fields);
    }
    y += px(4);
  }

  private void ruledTable(List<Labelled> fields) {
    int rowHeight = px(style.rowHeightMm());
    int labelRight = left + px(style.labelColumnMm());
    for (Labelled f : fields) {
      String label = printedLabel(f.label());
      int labelRightHere =
          Math.max(labelRight, left + px(6) + g.getFontMetrics().stringWidth(label));
      g.drawRect(left, y, right - left, rowHeight);
      g.drawLine(labelRightHere, y, labelRightHere, y + rowHeight);
      FontMetrics m = g.getFontMetrics();
      int baseline = y + (rowHeight + m.getAscent() - m.getDescent()) / 2;
      text(label, left + px(2.5), baseline);
      value(f, labelRightHere + px(3), baseline, right - labelRightHere - px(5));
      y += rowHeight;
    }
  }

  private void inline(List<Labelled> fields) {
    FontMetrics m = g.getFontMetrics();
    for (Labelled f : fields) {
      int baseline = y + m.getAscent();
      int valueX;
      if (style.placement() == Placement.INLINE_COLON) {
        Rectangle label = text(f.label() + style.colon(), left, baseline);
        valueX = label.x + label.width + px(2);
      } else {
        String label = printedLabel(f.label());
        text(label, left, baseline);
        valueX = Math.max(left + px(style.gapMm()), left + m.stringWidth(label) + px(8));
      }
      Rectangle value = value(f, valueX, baseline, right - valueX);
      if (style.underlineValues()) {
        int lineY = baseline + m.getDescent() + px(0.8);
        g.drawLine(
            valueX - px(1),
            lineY,
            Math.max(value.x + value.width + px(10), valueX + px(60)),
            lineY);
      }
      y += lineHeight(m);
    }
  }

  /** Ruled cells, one or two per row; a value too wide for half the row takes the whole row. */
  private void grid(List<Labelled> fields) {
    int half = (right - left) / 2;
    List<List<Labelled>> rows = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      Labelled f = fields.get(i);
      boolean pair =
          style.gridColumns() == 2
              && i + 1 < fields.size()
              && fitsHalf(f, half)
              && fitsHalf(fields.get(i + 1), half);
      rows.add(pair ? List.of(f, fields.get(++i)) : List.of(f));
    }
    for (List<Labelled> row : rows) {
      int width = (right - left) / row.size();
      int height = 0;
      for (int c = 0; c < row.size(); c++) {
        int x = left + c * width;
        height =
            style.placement() == Placement.BELOW
                ? labelOnTop(row.get(c), x, width)
                : labelBeside(row.get(c), x, width);
      }
      y += height;
    }
  }

  private boolean fitsHalf(Labelled f, int half) {
    FontMetrics m = g.getFontMetrics();
    int need =
        style.placement() == Placement.BELOW
            ? Math.max(m.stringWidth(f.printed()), m.stringWidth(f.label()))
            : m.stringWidth(printedLabel(f.label())) + m.stringWidth(f.printed()) + px(12);
    return need + px(6) < half;
  }

  private int labelOnTop(Labelled f, int x, int width) {
    Font small = font(Math.max(SMALLEST_POINTS, style.bodyPoints() - 2), Font.PLAIN);
    g.setFont(small);
    FontMetrics sm = g.getFontMetrics();
    int strip = (int) Math.round(sm.getHeight() * 1.4);
    g.drawRect(x, y, width, strip);
    text(printedLabel(f.label()), x + px(2), y + (strip + sm.getAscent() - sm.getDescent()) / 2);
    g.setFont(body());
    FontMetrics m = g.getFontMetrics();
    int cell = px(style.rowHeightMm());
    g.drawRect(x, y + strip, width, cell);
    value(f, x + px(3), y + strip + (cell + m.getAscent() - m.getDescent()) / 2, width - px(5));
    return strip + cell;
  }

  private int labelBeside(Labelled f, int x, int width) {
    FontMetrics m = g.getFontMetrics();
    String label = printedLabel(f.label());
    int labelWidth = Math.max(px(22), m.stringWidth(label) + px(5));
    int cell = px(style.rowHeightMm());
    g.drawRect(x, y, width, cell);
    g.drawLine(x + labelWidth, y, x + labelWidth, y + cell);
    int baseline = y + (cell + m.getAscent() - m.getDescent()) / 2;
    text(label, x + px(2), baseline);
    value(f, x + labelWidth + px(3), baseline, width - labelWidth - px(5));
    return cell;
  }

  /** Draws a value, smaller if it does not fit its width, and notes its box. */
  private Rectangle value(Labelled f, int x, int baseline, int width) {
    Rectangle box = fitted(f.printed(), x, baseline, width);
    if (f.field() != null) {
      boxes.put(f.field(), box);
    }
    return box;
  }

  private Rectangle fitted(String text, int x, int baseline, int width) {
    Font before = g.getFont();
    double points = style.bodyPoints();
    while (g.getFontMetrics().stringWidth(text) > width && points > SMALLEST_POINTS) {
      points -= 0.5;
      g.setFont(font(points, style.bodyStyle()));
    }
    Rectangle box = text(text, x, baseline);
    g.setFont(before);
    return box;
  }

  // ---- check boxes and choices

  private void drawCheckBox(CheckBox c) {
    FontMetrics m = g.getFontMetrics();
    int baseline = y + m.getAscent();
    Rectangle box = mark(left + px(2), baseline, c.mark());
    text(c.label(), box.x + box.width + px(2), baseline);
    boxes.put(c.field(), box);
    y += lineHeight(m);
  }

  private void drawChoice(Choice c) {
    FontMetrics m = g.getFontMetrics();
    int baseline = y + m.getAscent();
    Rectangle label =
        text(
            c.label() + (style.placement() == Placement.INLINE_COLON ? style.colon() : ""),
            left,
            baseline);
    int x = Math.max(label.x + label.width + px(6), left + px(style.labelColumnMm()));
    Rectangle all = null;
    for (int i = 0; i < c.options().size(); i++) {
      String option = c.options().get(i);
      MarkStyle mark = i == c.chosen() ? c.mark() : MarkStyle.EMPTY;
      Rectangle box;
      if (c.mark() == MarkStyle.CIRCLE) {
        if (i > 0) {
          Rectangle dot = text("・", x, baseline);
          x = dot.x + dot.width + px(2);
        }
        box = text(option, x, baseline);
        if (i == c.chosen()) {
          circle(box);
        }
      } else {
        Rectangle square = mark(x, baseline, mark);
        Rectangle word = text(option, square.x + square.width + px(1.5), baseline);
        box = square.union(word);
      }
      all = all == null ? box : all.union(box);
      x = box.x + box.width + px(6);
    }
    boxes.put(c.field(), all);
    y += lineHeight(m);
  }

  /** A box (empty, filled, ☑, ticked or crossed) standing on the baseline; returns its square. */
  private Rectangle mark(int x, int baseline, MarkStyle mark) {
    FontMetrics m = g.getFontMetrics();
    int side = (int) Math.round(m.getAscent() * 0.8);
    Rectangle square = new Rectangle(x, baseline - side, side, side);
    switch (mark) {
      case GLYPH -> {
        Font before = g.getFont();
        g.setFont(glyphFont(before));
        text("☑", x, baseline);
        g.setFont(before);
      }
      case FILLED -> g.fillRect(square.x, square.y, side, side);
      default -> g.drawRect(square.x, square.y, side, side);
    }
    if (mark == MarkStyle.TICK) {
      pen(square, new double[][] {{0.1, 0.45}, {0.4, 0.9}, {1.15, -0.25}});
    } else if (mark == MarkStyle.CROSS) {
      pen(square, new double[][] {{-0.05, -0.05}, {1.05, 1.05}});
      pen(square, new double[][] {{1.05, -0.05}, {-0.05, 1.05}});
    }
    return square;
  }

  private Font glyphFont(Font current) {
    if (current.canDisplay('☑')) {
      return current;
    }
    for (String family : List.of("Noto Sans CJK JP", "DejaVu Sans")) {
      Font f = new Font(family, Font.PLAIN, 1).deriveFont(current.getSize2D());
      if (f.canDisplay('☑')) {
        return f;
      }
    }
    return current;
  }

  /** A hand-drawn stroke through points given as fractions of the square, slightly wobbly. */
  private void pen(Rectangle square, double[][] points) {
    Path2D.Double path = new Path2D.Double();
    for (int i = 0; i < points.length; i++) {
      double px = square.x + (points[i][0] + (random.nextDouble() - 0.5) * 0.12) * square.width;
      double py = square.y + (points[i][1] + (random.nextDouble() - 0.5) * 0.12) * square.height;
      if (i == 0) {
        path.moveTo(px, py);
      } else {
        path.lineTo(px, py);
      }
    }
    var before = g.getStroke();
    g.setStroke(new BasicStroke(px(0.45), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(path);
    g.setStroke(before);
  }

  private void circle(Rectangle word) {
    var before = g.getStroke();
    g.setStroke(new BasicStroke(px(0.35)));
    int pad = px(1.5);
    g.draw(
        new Ellipse2D.Double(
            word.x - pad * 1.5, word.y - pad, word.width + pad * 3, word.height + pad * 2));
    g.setStroke(before);
  }

  // ---- tables

  private void drawTable(Table t) {
    y += px(3);
    FontMetrics m = g.getFontMetrics();
    int n = t.columns().size();
    int[] widths = new int[n];
    int numericWidth = px(n > 3 ? 26 : 40);
    int fixed = 0;
    for (int c = 1; c < n; c++) {
      widths[c] = t.columns().get(c).numeric() ? numericWidth : (right - left) / n;
      fixed += widths[c];
    }
    widths[0] = right - left - fixed;
    int rowHeight = Math.min(px(style.rowHeightMm()), (int) Math.round(m.getHeight() * 1.7));
    int top = y;
    // header
    if (style.headerShaded()) {
      g.setColor(new Color(225, 225, 225));
      g.fillRect(left, y, right - left, rowHeight);
      g.setColor(Color.BLACK);
    }
    int x = left;
    for (int c = 0; c < n; c++) {
      g.drawRect(x, y, widths[c], rowHeight);
      String header = t.columns().get(c).header();
      text(header, x + (widths[c] - m.stringWidth(header)) / 2, baseline(rowHeight, m));
      x += widths[c];
    }
    y += rowHeight;
    for (List<String> row : t.rows()) {
      x = left;
      for (int c = 0; c < n; c++) {
        g.drawRect(x, y, widths[c], rowHeight);
        String cell = row.get(c);
        if (!cell.isEmpty()) {
          boolean numeric = t.columns().get(c).numeric();
          int cx = numeric ? x + widths[c] - px(2) - m.stringWidth(cell) : x + px(2);
          fitted(cell, cx, baseline(rowHeight, m), widths[c] - px(3));
        }
        x += widths[c];
      }
      y += rowHeight;
    }
    if (!t.totals().isEmpty()) {
      for (int blank = 0; blank < style.blankTableRows(); blank++) {
        x = left;
        for (int c = 0; c < n; c++) {
          g.drawRect(x, y, widths[c], rowHeight);
          x += widths[c];
        }
        y += rowHeight;
      }
    }
    if (t.field() != null) {
      boxes.put(t.field(), new Rectangle(left, top, right - left, y - top));
    }
    int valueLeft = right - widths[n - 1];
    int labelLeft = style.totalsUnderPrice() && n > 2 ? valueLeft - widths[n - 2] : left;
    for (Labelled total : t.totals()) {
      g.drawRect(labelLeft, y, valueLeft - labelLeft, rowHeight);
      g.drawRect(valueLeft, y, right - valueLeft, rowHeight);
      int b = baseline(rowHeight, m);
      text(total.label(), valueLeft - px(3) - m.stringWidth(total.label()), b);
      value(total, right - px(2) - m.stringWidth(total.printed()), b, widths[n - 1] - px(3));
      y += rowHeight;
    }
    y += px(4);
  }

  private int baseline(int rowHeight, FontMetrics m) {
    return y + (rowHeight + m.getAscent() - m.getDescent()) / 2;
  }

  // ---- QR code

  private void drawQr(QrCode q) {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(q.text(), BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 0));
    } catch (WriterException e) {
      throw new IllegalStateException(e);
    }
    int size = px(18 + (q.text().length() % 5));
    int module = Math.max(1, size / matrix.getWidth());
    size = module * matrix.getWidth();
    int qx = style.qrAtRight() ? right - size : left;
    int qy = image.getHeight() - px(style.topMm()) - size;
    if (qy < y) {
      throw new IllegalStateException("no room for the QR code below y=" + y);
    }
    for (int my = 0; my < matrix.getHeight(); my++) {
      for (int mx = 0; mx < matrix.getWidth(); mx++) {
        if (matrix.get(mx, my)) {
          g.fillRect(qx + mx * module, qy + my * module, module, module);
        }
      }
    }
    boxes.put(q.field(), new Rectangle(qx, qy, size, size));
  }

  // ---- text

  private Rectangle text(String text, int x, int baseline) {
    g.drawString(text, x, baseline);
    Rectangle box =
        g.getFont()
            .createGlyphVector(g.getFontRenderContext(), text)
            .getPixelBounds(g.getFontRenderContext(), x, baseline);
    drawn.add(new DrawnText(text, box));
    return box;
  }
}
