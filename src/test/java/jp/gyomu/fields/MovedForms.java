package jp.gyomu.fields;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import jp.gyomu.testdocs.Jpeg;
import jp.gyomu.testdocs.NotoCjkFont;

/**
 * A ruled A4 application form (申請者 and 代理人 blocks with the same labels, an unlabelled receipt
 * number box at the top right) drawn with Java2D, as a sample (blank) or filled in, and fed through
 * an imaginary scanner: moved by a known transform, with noise and JPEG. The value cells are where
 * a template's zones go.
 */
final class MovedForms {

  static final int DPI = 300;
  static final int WIDTH = mm(210);
  static final int HEIGHT = mm(297);

  // before CELLS, which is built from them
  private static final int LEFT = mm(20);
  private static final int RIGHT = mm(190);
  private static final int LABEL_COLUMN = mm(40);
  private static final int ROW = mm(11);

  /** The cells values are written in, in pixels of the unmoved page at {@link #DPI}. */
  static final Map<String, Rectangle> CELLS = cells();

  static final Map<String, String> VALUES =
      Map.of(
          "receiptNumber", "4711",
          "applicantName", "山田太郎",
          "applicantAddress", "東京都千代田区霞が関1-1",
          "applicantPhone", "03-1234-5678",
          "agentAddress", "大阪市北区中之島2-3",
          "agentName", "佐藤花子",
          "agentPhone", "06-9876-5432");

  private MovedForms() {}

  static int mm(double millimetres) {
    return (int) Math.round(millimetres / 25.4 * DPI);
  }

  /** The blank form, scanned straight: what an analyst saves as {@code <id>.sample.png}. */
  static BufferedImage sample() {
    return draw(Map.of(), new AffineTransform(), DPI);
  }

  /**
   * The filled form as a scanner delivers it.
   *
   * @param move where the paper lies, in pixels of the unmoved page at {@link #DPI}
   * @param dpi the scan's resolution
   */
  static BufferedImage scan(AffineTransform move, int dpi, long seed) {
    BufferedImage page = draw(VALUES, move, dpi);
    return Jpeg.roundTrip(noise(page, 12, new Random(seed)), 0.75f);
  }

  /** A random feed: shift up to 1 cm, scale 97-102%, rotation up to the given degrees. */
  static AffineTransform randomMove(Random random, double maxDegrees) {
    AffineTransform move =
        AffineTransform.getTranslateInstance(
            (random.nextDouble() * 2 - 1) * mm(10), (random.nextDouble() * 2 - 1) * mm(10));
    move.rotate(
        Math.toRadians((random.nextDouble() * 2 - 1) * maxDegrees), WIDTH / 2.0, HEIGHT / 2.0);
    double scale = 0.97 + random.nextDouble() * 0.05;
    move.scale(scale, scale);
    return move;
  }

  static BufferedImage draw(Map<String, String> values, AffineTransform move, int dpi) {
    int width = (int) Math.round(WIDTH * dpi / (double) DPI);
    int height = (int) Math.round(HEIGHT * dpi / (double) DPI);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.scale(dpi / (double) DPI, dpi / (double) DPI);
    g.transform(move);
    g.setStroke(new BasicStroke(3));

    g.setFont(NotoCjkFont.sized(points(18)));
    centred(g, "代理申請届出書", mm(32));
    g.setFont(NotoCjkFont.sized(points(10.5)));
    Rectangle receipt = CELLS.get("receiptNumber");
    g.drawRect(receipt.x, receipt.y, receipt.width, receipt.height);
    block(g, "申請者", mm(60), "applicant", values);
    block(g, "代理人", mm(110), "agent", values);
    g.drawString("上記の者を代理人と定め、届出に関する一切の権限を委任します。", LEFT, mm(165));
    g.drawString("記入上の注意：太枠内を記入してください。", LEFT, mm(175));
    if (values.containsKey("receiptNumber")) {
      value(g, values.get("receiptNumber"), receipt);
    }
    g.dispose();
    return image;
  }

  private static void block(
      Graphics2D g, String heading, int top, String who, Map<String, String> values) {
    g.drawString(heading, LEFT, top - mm(2));
    String[] labels = {"氏名", "住所", "電話番号"};
    String[] keys = {who + "Name", who + "Address", who + "Phone"};
    for (int row = 0; row < labels.length; row++) {
      int rowTop = top + row * ROW;
      g.drawRect(LEFT, rowTop, RIGHT - LEFT, ROW);
      g.drawLine(LEFT + LABEL_COLUMN, rowTop, LEFT + LABEL_COLUMN, rowTop + ROW);
      g.drawString(labels[row], LEFT + mm(3), baseline(g, rowTop, ROW));
      String value = values.get(keys[row]);
      if (value != null) {
        value(g, value, CELLS.get(keys[row]));
      }
    }
  }

  private static void value(Graphics2D g, String value, Rectangle cell) {
    g.drawString(value, cell.x + mm(3), baseline(g, cell.y, cell.height));
  }

  private static int baseline(Graphics2D g, int top, int height) {
    var metrics = g.getFontMetrics();
    return top + (height + metrics.getAscent() - metrics.getDescent()) / 2;
  }

  private static void centred(Graphics2D g, String text, int baseline) {
    g.drawString(text, (WIDTH - g.getFontMetrics().stringWidth(text)) / 2, baseline);
  }

  private static float points(double points) {
    return (float) (points / 72 * DPI);
  }

  private static Map<String, Rectangle> cells() {
    Map<String, Rectangle> cells = new LinkedHashMap<>();
    cells.put("receiptNumber", new Rectangle(mm(150), mm(42), mm(40), mm(11)));
    for (String who : new String[] {"applicant", "agent"}) {
      int top = mm(who.equals("applicant") ? 60 : 110);
      String[] keys = {who + "Name", who + "Address", who + "Phone"};
      for (int row = 0; row < keys.length; row++) {
        cells.put(
            keys[row],
            new Rectangle(LEFT + LABEL_COLUMN, top + row * ROW, RIGHT - LEFT - LABEL_COLUMN, ROW));
      }
    }
    return Map.copyOf(cells);
  }

  /** Grey sensor noise and dust specks. */
  private static BufferedImage noise(BufferedImage image, double sigma, Random random) {
    byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < pixels.length; i++) {
      int v = (pixels[i] & 0xFF) + (int) Math.round(random.nextGaussian() * sigma);
      pixels[i] = (byte) Math.max(0, Math.min(255, v));
    }
    int specks = pixels.length / 14_000;
    for (int i = 0; i < specks; i++) {
      pixels[random.nextInt(pixels.length)] = (byte) random.nextInt(80);
    }
    return image;
  }
}
