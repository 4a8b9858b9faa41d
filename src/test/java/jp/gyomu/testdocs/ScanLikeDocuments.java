package jp.gyomu.testdocs;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.gyomu.testdocs.TestDocument.DrawnText;

/**
 * Draws A4 office forms with Java2D in Noto Sans CJK JP and degrades them like scans, so that OCR
 * tests know exactly what the page says. Deterministic: the same form, variant and seed give the
 * same pixels (on the same JDK and font version).
 *
 * <p>Layout, in millimetres: 20 mm margins, the title centred (18 pt), a two-column table of fields
 * with ruled cells (10.5 pt), then the paragraphs (10.5 pt, 1.6 line spacing) wrapped at the
 * margin: Japanese between any two characters, Latin text at spaces.
 */
public final class ScanLikeDocuments {

  private static final double MARGIN_MM = 20;
  private static final double LABEL_COLUMN_MM = 40;
  private static final double ROW_HEIGHT_MM = 11;
  private static final double TITLE_POINTS = 18;
  private static final double BODY_POINTS = 10.5;

  private ScanLikeDocuments() {}

  public static TestDocument render(FormSpec form, ScanVariant variant, long seed) {
    Page page = new Page(variant.dpi());
    List<DrawnText> lines = page.draw(form);
    page.g.dispose();
    return new TestDocument(degrade(page.image, variant, seed), variant.dpi(), lines);
  }

  /** Degrades a clean page drawn at the variant's resolution like a scan (deterministic). */
  public static BufferedImage degrade(BufferedImage clean, ScanVariant variant, long seed) {
    return ScanDegradation.apply(clean, variant, new Random(seed));
  }

  /** A white A4 page at a resolution, with a pen that measures in millimetres and points. */
  private static final class Page {
    final int dpi;
    final BufferedImage image;
    final Graphics2D g;

    Page(int dpi) {
      this.dpi = dpi;
      image = TestPaper.a4(dpi);
      g = TestPaper.blackPen(image);
    }

    int px(double millimetres) {
      return (int) Math.round(millimetres / 25.4 * dpi);
    }

    Font font(double points) {
      return NotoCjkFont.sized((float) (points / 72 * dpi));
    }

    List<DrawnText> draw(FormSpec form) {
      List<DrawnText> lines = new ArrayList<>();
      int left = px(MARGIN_MM);
      int right = image.getWidth() - px(MARGIN_MM);

      g.setFont(font(TITLE_POINTS));
      FontMetrics title = g.getFontMetrics();
      int titleX = (image.getWidth() - title.stringWidth(form.title())) / 2;
      int y = px(MARGIN_MM + 10);
      lines.add(text(form.title(), titleX, y));

      g.setFont(font(BODY_POINTS));
      FontMetrics body = g.getFontMetrics();
      int rowHeight = px(ROW_HEIGHT_MM);
      int labelRight = left + px(LABEL_COLUMN_MM);
      int top = y + px(12);
      g.setStroke(new BasicStroke(Math.max(1, dpi / 100f)));
      for (int row = 0; row < form.fields().size(); row++) {
        FormSpec.Field field = form.fields().get(row);
        int rowTop = top + row * rowHeight;
        g.drawRect(left, rowTop, right - left, rowHeight);
        g.drawLine(labelRight, rowTop, labelRight, rowTop + rowHeight);
        int baseline = rowTop + (rowHeight + body.getAscent() - body.getDescent()) / 2;
        Rectangle label = draw(field.label(), left + px(3), baseline);
        Rectangle value = draw(field.value(), labelRight + px(3), baseline);
        lines.add(new DrawnText(field.label() + " " + field.value(), label.union(value)));
      }

      y = top + form.fields().size() * rowHeight + px(12);
      int lineHeight = (int) Math.round(body.getHeight() * 1.6);
      int bottom = image.getHeight() - px(MARGIN_MM);
      for (String paragraph : form.paragraphs()) {
        for (String line : wrap(paragraph, body, right - left)) {
          if (y + body.getDescent() > bottom) {
            // the page is full: what does not fit is neither drawn nor in the ground truth
            return lines;
          }
          lines.add(text(line, left, y));
          y += lineHeight;
        }
        y += lineHeight / 2;
      }
      return lines;
    }

    private DrawnText text(String text, int x, int baseline) {
      return new DrawnText(text, draw(text, x, baseline));
    }

    private Rectangle draw(String text, int x, int baseline) {
      g.drawString(text, x, baseline);
      return g.getFont()
          .createGlyphVector(g.getFontRenderContext(), text)
          .getPixelBounds(g.getFontRenderContext(), x, baseline);
    }
  }

  /** Breaks Japanese between any two characters and Latin text at spaces. */
  public static List<String> wrap(String paragraph, FontMetrics metrics, int width) {
    List<String> lines = new ArrayList<>();
    String rest = paragraph;
    while (!rest.isEmpty()) {
      int end = rest.length();
      while (metrics.stringWidth(rest.substring(0, end)) > width) {
        end--;
      }
      if (end < rest.length()) {
        int space = rest.lastIndexOf(' ', end);
        boolean latinBreak =
            space > 0 && rest.charAt(end) < 0x3000 && rest.charAt(end - 1) < 0x3000;
        if (latinBreak) {
          end = space;
        }
      }
      lines.add(rest.substring(0, end).strip());
      rest = rest.substring(end).strip();
    }
    return lines;
  }
}
