package jp.gyomu.testdocs;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws A4 請求書 with a ruled table of line items (品名, 数量, 単価, 金額) and its totals rows (小計, 消費税, 合計),
 * in Noto Sans CJK JP, and degrades them like scans ({@link ScanLikeDocuments#degrade}). A seed
 * decides the items (1 to 10 of them), their names, quantities and prices; the items are the ground
 * truth as the {@code lineItems} field's value.
 */
public final class LineItemInvoices {

  private static final String[] NAMES = {
    "文書管理システム保守費用",
    "サーバ移設作業",
    "出張旅費",
    "職員研修講師謝金",
    "ノートパソコン",
    "コピー用紙A4",
    "プリンタトナー",
    "ネットワーク機器設定",
    "会議室使用料",
    "封筒長形3号",
    "データ入力作業",
    "ソフトウェアライセンス",
    "印刷製本費",
    "清掃業務委託料"
  };
  // column widths in millimetres: 品名, 数量, 単価, 金額 (170 mm between the margins)
  private static final double[] COLUMNS_MM = {80, 20, 32, 38};
  private static final String[] HEADERS = {"品名", "数量", "単価", "金額"};
  private static final double ROW_MM = 9;

  /**
   * A drawn invoice.
   *
   * @param image the page, 8-bit grey, after degradation
   * @param dpi its resolution
   * @param items the line items as {@code lineItems} reads them (itemName, quantity, unitPrice,
   *     amount)
   */
  public record Invoice(BufferedImage image, int dpi, List<Map<String, Object>> items) {}

  private LineItemInvoices() {}

  /** The invoice with {@code count} items (1-10) drawn from the seed. */
  public static Invoice render(int count, ScanVariant variant, long seed) {
    Random random = new Random(seed);
    List<String> names = new ArrayList<>(List.of(NAMES));
    Collections.shuffle(names, random);
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long quantity = 1 + random.nextInt(random.nextBoolean() ? 3 : 20);
      long unitPrice = (1 + random.nextInt(random.nextBoolean() ? 50 : 2000)) * 100L;
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("itemName", names.get(i % names.size()));
      item.put("quantity", quantity);
      item.put("unitPrice", unitPrice);
      item.put("amount", quantity * unitPrice);
      items.add(item);
    }
    BufferedImage clean = draw(items, variant.dpi());
    return new Invoice(
        ScanLikeDocuments.degrade(clean, variant, seed), variant.dpi(), List.copyOf(items));
  }

  private static BufferedImage draw(List<Map<String, Object>> items, int dpi) {
    Pen pen = new Pen(dpi);
    long subtotal = items.stream().mapToLong(i -> (Long) i.get("amount")).sum();
    long tax = subtotal / 10;
    int left = pen.px(20);
    int right = pen.image.getWidth() - pen.px(20);

    pen.font(18);
    pen.centred("請求書", left, right, pen.px(30));
    pen.font(10.5);
    pen.rightAligned("請求日 令和6年4月30日", right, pen.px(45));
    pen.rightAligned("請求書番号 INV-2024-0042", right, pen.px(52));
    pen.text("みどり市役所 財政課 御中", left, pen.px(52));
    pen.text("発行者 株式会社みどり情報サービス", left, pen.px(64));
    pen.font(13);
    pen.text("ご請求金額 ¥" + "%,d".formatted(subtotal + tax) + "-", left, pen.px(80));
    pen.font(10.5);

    int[] edges = new int[COLUMNS_MM.length + 1];
    edges[0] = left;
    for (int c = 0; c < COLUMNS_MM.length; c++) {
      edges[c + 1] = edges[c] + pen.px(COLUMNS_MM[c]);
    }
    int top = pen.px(92);
    int row = pen.px(ROW_MM);
    List<String[]> cells = new ArrayList<>();
    cells.add(HEADERS);
    for (Map<String, Object> item : items) {
      cells.add(
          new String[] {
            (String) item.get("itemName"),
            item.get("quantity").toString(),
            "%,d".formatted((Long) item.get("unitPrice")),
            "%,d".formatted((Long) item.get("amount"))
          });
    }
    for (int r = 0; r < cells.size(); r++) {
      int y = top + r * row;
      pen.g.drawRect(left, y, edges[edges.length - 1] - left, row);
      for (int c = 1; c < COLUMNS_MM.length; c++) {
        pen.g.drawLine(edges[c], y, edges[c], y + row);
      }
      for (int c = 0; c < COLUMNS_MM.length; c++) {
        String text = cells.get(r)[c];
        int baseline = pen.baseline(y, row);
        if (r == 0) {
          pen.centred(text, edges[c], edges[c + 1], baseline);
        } else if (c == 0) {
          pen.text(text, edges[c] + pen.px(2), baseline);
        } else {
          pen.rightAligned(text, edges[c + 1] - pen.px(2), baseline);
        }
      }
    }
    String[][] totals = {
      {"小計", "%,d".formatted(subtotal)},
      {"消費税(10%)", "%,d".formatted(tax)},
      {"合計", "%,d".formatted(subtotal + tax)}
    };
    for (int t = 0; t < totals.length; t++) {
      int y = top + (cells.size() + t) * row;
      pen.g.drawRect(edges[2], y, edges[4] - edges[2], row);
      pen.g.drawLine(edges[3], y, edges[3], y + row);
      pen.centred(totals[t][0], edges[2], edges[3], pen.baseline(y, row));
      pen.rightAligned(totals[t][1], edges[4] - pen.px(2), pen.baseline(y, row));
    }
    int below = top + (cells.size() + totals.length) * row + pen.px(12);
    pen.text("支払期限 令和6年5月31日", left, below);
    pen.text("振込先 みどり銀行 本店営業部 普通 1234567", left, below + pen.px(7));
    pen.g.dispose();
    return pen.image;
  }

  /** A white A4 page and a pen measuring in millimetres and points. */
  private static final class Pen {
    final int dpi;
    final BufferedImage image;
    final Graphics2D g;

    Pen(int dpi) {
      this.dpi = dpi;
      image = new BufferedImage(px(210), px(297), BufferedImage.TYPE_BYTE_GRAY);
      g = image.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.setColor(Color.BLACK);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setStroke(new BasicStroke(Math.max(1, dpi / 100f)));
    }

    int px(double millimetres) {
      return (int) Math.round(millimetres / 25.4 * dpi);
    }

    void font(double points) {
      Font font = NotoCjkFont.sized((float) (points / 72 * dpi));
      g.setFont(font);
    }

    int baseline(int rowTop, int rowHeight) {
      FontMetrics m = g.getFontMetrics();
      return rowTop + (rowHeight + m.getAscent() - m.getDescent()) / 2;
    }

    void text(String text, int x, int baseline) {
      g.drawString(text, x, baseline);
    }

    void centred(String text, int from, int to, int baseline) {
      g.drawString(text, (from + to - g.getFontMetrics().stringWidth(text)) / 2, baseline);
    }

    void rightAligned(String text, int right, int baseline) {
      g.drawString(text, right - g.getFontMetrics().stringWidth(text), baseline);
    }
  }
}
