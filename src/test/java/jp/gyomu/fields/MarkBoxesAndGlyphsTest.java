package jp.gyomu.fields;

import static jp.gyomu.fields.ExtractedField.Status.OK;
import static jp.gyomu.fields.MarkFields.checkbox;
import static jp.gyomu.fields.MarkFields.choice;
import static jp.gyomu.fields.MarkFields.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import jp.gyomu.fields.MarkedPages.Mark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Check boxes and choices whose labels OCR boxed or read wrong, as Tesseract reported them on
 * generated forms of tuning seeds 1200-1499.
 */
class MarkBoxesAndGlyphsTest {

  private static final double BASELINE = 30;
  private static final double POINTS = 10.5;

  @ParameterizedTest
  @CsvSource({"EMPTY, false", "GLYPH, true"})
  void aCheckBoxIsFoundWhenOcrBoxedItsLabelsCharactersIntoTheLinesAround(
      Mark mark, boolean marked) {
    // Tesseract gave 者 は 公務 員 で ある boxes 82 px tall in a label 35 px tall: the box is
    // expected at the text's real height, not twice it
    MarkedPages page = MarkedPages.strip(300, 180, 60);
    page.box(20, BASELINE, 8, mark);
    publicServantLabelBoxedTall(page, 1.3);

    ExtractedField read = read(page, checkbox("publicServant", "請求者は公務員である"));

    assertThat(read.value()).isEqualTo(marked);
    assertThat(read.status()).isEqualTo(OK);
  }

  @Test
  void aFilledBoxOcrReadAsAConfident画IsStillTheBox() {
    // tuning seed 1457 of child-allowance-claim: ■ read as 画 at 81% beside a label OCR boxed into
    // the lines around; a box OCR reads as 画 is not text that hides a box
    MarkedPages page = MarkedPages.strip(300, 180, 60);
    Rectangle box = page.box(20, BASELINE, 8, Mark.FILLED);
    page.word("画", box, 81f);
    publicServantLabelBoxedTall(page, 0.5);

    ExtractedField read = read(page, checkbox("publicServant", "請求者は公務員である"));

    assertThat(read.value()).isEqualTo(true);
    assertThat(read.status()).isEqualTo(OK);
  }

  @ParameterizedTest
  @CsvSource({
    "false, [], EMPTY, false",
    "false, [|, EMPTY, false",
    "true, 画, FILLED, true",
    "false, 図, CROSS, true"
  })
  void aBoxOcrReadAsItsOwnWordIsNotLookedForInTheLabelsFirstWordThatRanOverTheNext(
      boolean serif, String reading, Mark mark, boolean marked) {
    // tuning seeds 1400-1499: OCR read the box alone (■ as a confident 画, □ as [] or [|), the
    // label's first word 扶養 with a box running over して and the next words' boxes one character
    // late; the word's extra width is no box fused in front of it, so its characters stay over
    // their
    // glyphs, whose squares are no box
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    if (serif) {
      page.serif();
    }
    Rectangle box = page.box(20, BASELINE, 11, mark);
    String label = "扶養している";
    Rectangle[] glyph = new Rectangle[label.length()];
    for (int k = 0; k < label.length(); k++) {
      glyph[k] =
          page.text(String.valueOf(label.charAt(k)), 27 + k * POINTS * 25.4 / 72, BASELINE, POINTS);
    }
    page.unread(glyph[0].union(glyph[5]))
        .word(reading, box, reading.equals("画") ? 85f : 50f)
        .word("扶養", glyph[0].union(glyph[3]), 90f)
        .word("し", glyph[3], 96f)
        .word("て", glyph[4], 96f)
        .word("いる", glyph[4].union(glyph[5]), 96f);

    ExtractedField read = read(page, checkbox("dependant", label));

    assertThat(read.value()).isEqualTo(marked);
    assertThat(read.box().x).isLessThan(box.x + box.width / 2);
  }

  @Test
  void aChoiceLabelWithHalfItsCharactersWrongIsTakenWhenItsOptionsAllStandAfterIt() {
    // 配偶者の有無 read as 個者の有無, 有 read, the circled 無 skipped: 無 is the one word of ink
    // after 有, so both options are accounted for and confirm the label
    MarkedPages page = MarkedPages.strip(300, 200, 50);
    Rectangle label = page.text("配偶者の有無", 10, BASELINE, POINTS);
    page.text("有", 60, BASELINE, POINTS);
    page.text("・", 68, BASELINE, POINTS);
    Rectangle no = page.text("無", 75, BASELINE, POINTS);
    page.circle(no, page.px(1.0), 3f).unread(no);
    Rectangle spouse = new Rectangle(label.x, label.y, 2 * label.width / 6, label.height);
    page.unread(spouse).word("個", spouse, 80f);

    ExtractedField read = read(page, choice("spouse", "配偶者の有無", "有", "無"));

    assertThat(read.value()).isEqualTo("無");
  }

  /**
   * Prints the label 請求者は公務員である and has OCR box its characters from the third on taller than the
   * text by {@code extra} text heights (as Tesseract did on tuning pages), its first two unread.
   */
  private static void publicServantLabelBoxedTall(MarkedPages page, double extra) {
    String text = "請求者は公務員である";
    Rectangle label = page.text(text, 27, BASELINE, POINTS);
    page.unread(new Rectangle(label.x + 2 * label.width / 10, label.y, label.width, label.height));
    int tall = (int) (extra * label.height);
    for (int k = 2; k < 10; k++) {
      int x = label.x + k * label.width / 10;
      page.word(
          String.valueOf(text.charAt(k)),
          new Rectangle(x, label.y - tall / 2, label.width / 10, label.height + tall),
          93f);
    }
  }
}
