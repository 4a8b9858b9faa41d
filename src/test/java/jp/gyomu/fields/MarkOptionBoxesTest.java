package jp.gyomu.fields;

import static jp.gyomu.fields.MarkFields.choice;
import static jp.gyomu.fields.MarkFields.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import jp.gyomu.fields.MarkedPages.Mark;
import org.junit.jupiter.api.Test;

/**
 * Which box is an option's, when OCR's boxes of the options are wider than their ink, as Tesseract
 * reported them on generated forms of tuning seeds 1400-1499 (明朝 options, boxes before them).
 */
class MarkOptionBoxesTest {

  private static final double BASELINE = 30;
  private static final double POINTS = 12;
  private static final double BOX = 8;
  // one character's advance at POINTS, and a box's side, in millimetres
  private static final double EM = POINTS * 25.4 / 72;
  private static final double SIDE = BOX * 25.4 / 72;

  @Test
  void aBoxIsMeasuredFromTheOptionsInkWhereOcrsBoxRunsOnOverTheGap() {
    // OCR boxed 登録 up to a few pixels before the next option's box: measured from OCR's box, the
    // boxes looked as near to the options before them as after, and the filled box of 自動車登録
    // was given to 年金手続 (a silent wrong answer)
    MarkedPages page = MarkedPages.strip(300, 160, 50).serif();
    double gap = 2.0; // box to its text
    double apart = 2.4; // text to the next box
    page.text("使用目的", 5, BASELINE, POINTS);
    double x = 30;
    page.box(x, BASELINE, BOX, Mark.EMPTY);
    page.text("年金手続", x + SIDE + gap, BASELINE, POINTS);
    x += SIDE + gap + 4 * EM + apart;
    page.box(x, BASELINE, BOX, Mark.FILLED);
    page.text("自動車", x + SIDE + gap, BASELINE, POINTS);
    Rectangle registration = page.text("登録", x + SIDE + gap + 3 * EM, BASELINE, POINTS);
    x += SIDE + gap + 5 * EM + apart;
    Rectangle last = page.box(x, BASELINE, BOX, Mark.EMPTY);
    page.text("その他", x + SIDE + gap, BASELINE, POINTS);
    Rectangle overrun = new Rectangle(registration);
    overrun.add(last.x - 3, registration.y);
    page.unread(registration).word("登録", overrun, 93f);

    ExtractedField read = read(page, choice("purpose", "使用目的", "年金手続", "自動車登録", "その他"));

    assertThat(read.value()).isEqualTo("自動車登録");
  }

  @Test
  void theSquareInsideAnOptionsFirstGlyphIsNotCutOffAsItsBoxWhenItsBoxStandsBeforeIt() {
    // OCR read the empty box of 自動車登録 as 口 and boxed 自動 over 車 and half of 登, and 登録 past
    // its ink: the word looked wider than its characters, so the 目 of the 明朝 自 at its start was
    // cut off as a box merged in, and taken for the option's box (ticked: its strokes fill it)
    MarkedPages page = MarkedPages.strip(300, 160, 50).serif();
    double gap = 2.0; // box to its text
    double apart = 7.0; // text to the next box
    page.text("使用目的", 5, BASELINE, POINTS);
    double x = 30;
    page.box(x, BASELINE, BOX, Mark.EMPTY);
    page.text("年金手続", x + SIDE + gap, BASELINE, POINTS);
    x += SIDE + gap + 4 * EM + apart;
    Rectangle empty = page.box(x, BASELINE, BOX, Mark.EMPTY);
    Rectangle car = page.text("自動車", x + SIDE + gap, BASELINE, POINTS);
    Rectangle registration = page.text("登録", x + SIDE + gap + 3 * EM, BASELINE, POINTS);
    x += SIDE + gap + 5 * EM + apart;
    Rectangle filled = page.box(x, BASELINE, BOX, Mark.FILLED);
    page.text("その他", x + SIDE + gap, BASELINE, POINTS);
    Rectangle wide = new Rectangle(car);
    wide.add(registration.x + registration.width / 4, car.y);
    Rectangle overrun = new Rectangle(registration);
    overrun.add(filled.x - page.px(1.5), registration.y);
    page.unread(car)
        .unread(registration)
        .word("口", empty, 91f)
        .word("自動", wide, 93f)
        .word("車", new Rectangle(car.x + 2 * car.width / 3, car.y, car.width / 3, car.height), 90f)
        .word("登録", overrun, 93f);

    ExtractedField read = read(page, choice("purpose", "使用目的", "年金手続", "自動車登録", "その他"));

    assertThat(read.value()).isEqualTo("その他");
  }
}
