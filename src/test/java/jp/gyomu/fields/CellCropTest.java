package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import jp.gyomu.ocr.OcrWord;
import org.junit.jupiter.api.Test;

/** A table cell's crop as the second look gets it: the cell's text alone on white paper. */
class CellCropTest {

  @Test
  void theRulesRoundTheCellAndTheNextRowsInkBeyondThemArePaintedOut() {
    MarkedPages page = MarkedPages.strip(300, 100, 30);
    page.text("3年", 20, 8, 10.5); // the row above, cut by the crop
    for (int row = 0; row < 3; row++) {
      page.rule(new Rectangle(page.px(10), page.px(3 + 7 * row), page.px(30), page.px(7)));
    }
    Rectangle text = page.text("5年", 20, 15.5, 10.5);
    // the crop reaches past the cell's rules on every side
    Rectangle region = new Rectangle(page.px(9), page.px(6), page.px(32), page.px(19) - page.px(6));
    List<BufferedImage> crops = new ArrayList<>();
    SecondLook look =
        (image, dpi, r) -> {
          crops.add(image);
          return List.of(new OcrWord("5年", 95f, r));
        };

    List<OcrWord> words = CellCrop.read(page.page().image().orElseThrow(), 300, region, look);

    BufferedImage crop = crops.get(0);
    int top = Integer.MAX_VALUE;
    int bottom = -1;
    int left = Integer.MAX_VALUE;
    int right = -1;
    for (int y = 0; y < crop.getHeight(); y++) {
      for (int x = 0; x < crop.getWidth(); x++) {
        if ((crop.getRGB(x, y) & 0xFF) < 128) {
          top = Math.min(top, y);
          bottom = Math.max(bottom, y);
          left = Math.min(left, x);
          right = Math.max(right, x);
        }
      }
    }
    // the words come back in the page's pixels: the crop's white margin taken off
    int margin = region.x - words.get(0).box().x;
    assertThat(margin).isPositive().isEqualTo(region.y - words.get(0).box().y);
    // what ink is left is the cell's text: within a few pixels of its box
    Rectangle ink = new Rectangle(left, top, right - left + 1, bottom - top + 1);
    ink.translate(region.x - margin, region.y - margin);
    Rectangle near = new Rectangle(text);
    near.grow(4, 4);
    assertThat(near.contains(ink)).as("ink %s within %s", ink, near).isTrue();
  }
}
