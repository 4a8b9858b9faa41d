package jp.gyomu.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissedInkTest {

  private static final int DPI = 300;

  @Test
  void findsTheUnreadTitleButNeitherTableRulesNorTextAlreadyRead() {
    BufferedImage page = new BufferedImage(2480, 1200, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, page.getWidth(), page.getHeight());
    g.setColor(Color.BLACK);
    // Five character-sized blobs: a solid bar an inch long would count as a rule.
    Rectangle title = new Rectangle(1000, 200, 5 * 85 - 15, 70);
    for (int c = 0; c < 5; c++) {
      g.fillRect(title.x + c * 85, title.y, 70, 70);
    }
    g.setStroke(new BasicStroke(3));
    Rectangle cellText = new Rectangle(300, 520, 40, 40);
    for (int row = 0; row < 4; row++) {
      g.drawRect(240, 450 + row * 130, 2000, 130);
    }
    g.drawLine(700, 450, 700, 970);
    g.fill(cellText);
    g.dispose();

    List<Rectangle> regions = MissedInk.regions(page, DPI, List.of(cellText));

    assertThat(regions).hasSize(1);
    assertThat(regions.get(0).contains(title)).isTrue();
    assertThat(regions.get(0).height).isLessThan(2 * title.height);
  }

  @Test
  void keepsTheLargestPatchesOfABusyPage() {
    BufferedImage page = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, page.getWidth(), page.getHeight());
    g.setColor(Color.BLACK);
    for (int i = 0; i < 30; i++) {
      g.fillRect(200 + (i % 5) * 400, 200 + (i / 5) * 400, 60, 60);
    }
    Rectangle big = new Rectangle(1200, 3000, 120, 120);
    g.fill(big);
    g.dispose();

    List<Rectangle> regions = MissedInk.regions(page, DPI, List.of());

    assertThat(regions).hasSize(MissedInk.MAX_REGIONS);
    assertThat(regions).anyMatch(r -> r.contains(big));
  }

  @Test
  void findsNothingOnBlankPaperOrWhenEverythingWasRead() {
    BufferedImage page = new BufferedImage(1000, 800, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, page.getWidth(), page.getHeight());
    assertThat(MissedInk.regions(page, DPI, List.of())).isEmpty();

    Rectangle line = new Rectangle(100, 100, 500, 45);
    g.setColor(Color.BLACK);
    g.fill(line);
    g.dispose();
    assertThat(MissedInk.regions(page, DPI, List.of(line))).isEmpty();
  }
}
