package jp.gyomu.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/** A short travel expense claim (旅費精算書) typeset with Noto Sans CJK at 300 dpi. */
final class JapaneseFormPage {

  static final int DPI = 300;

  static final List<String> LINES =
      List.of(
          "旅費精算書",
          "申請日　令和6年4月1日",
          "所属　総務課",
          "氏名　山田太郎",
          "用務　県庁での研修会出席",
          "交通費　3,240円",
          "宿泊費　9,105円",
          "金額　12,345円",
          "上記のとおり請求します。");

  private JapaneseFormPage() {}

  static String groundTruth() {
    return String.join("\n", LINES);
  }

  /** An A5 landscape page (2480 x 1748 pixels): a 24 pt bold title centred over 14 pt lines. */
  static BufferedImage render() {
    BufferedImage page = new BufferedImage(2480, 1748, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, page.getWidth(), page.getHeight());
      g.setColor(Color.BLACK);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(font(Font.BOLD, 100));
      g.drawString(LINES.get(0), 350, 250);
      g.setFont(font(Font.PLAIN, 58));
      int y = 450;
      for (String line : LINES.subList(1, LINES.size())) {
        g.drawString(line, 250, y);
        y += 100;
      }
    } finally {
      g.dispose();
    }
    return page;
  }

  private static Font font(int style, int pixels) {
    Font font = new Font("Noto Sans CJK JP", style, pixels);
    if (!font.getFamily().startsWith("Noto Sans CJK")) {
      throw new IllegalStateException("font Noto Sans CJK JP missing (package fonts-noto-cjk)");
    }
    return font;
  }

  /** The page turned clockwise by a small angle, as a sheet fed slightly askew. */
  static BufferedImage askew(BufferedImage page, double clockwiseDegrees) {
    return PageStraightener.prepare(page, DPI, clockwiseDegrees, 1).image();
  }
}
