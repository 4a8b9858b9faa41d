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
  private static final FieldDefinition PURPOSE = choice("purpose", "使用目的", "年金手続", "自動車登録", "その他");

  @Test
  void aBoxIsMeasuredFromTheOptionsInkWhereOcrsBoxRunsOnOverTheGap() {
    // OCR boxed 登録 up to a few pixels before the next option's box: measured from OCR's box, the
    // boxes looked as near to the options before them as after, and the filled box of 自動車登録
    // was given to 年金手続 (a silent wrong answer)
    MarkedPages page = MarkedPages.strip(300, 160, 50).serif();
    Purpose drawn = purpose(page, 2.4, Mark.FILLED, Mark.EMPTY);
    Rectangle overrun = new Rectangle(drawn.registration());
    overrun.add(drawn.lastBox().x - 3, drawn.registration().y);
    page.unread(drawn.registration()).word("登録", overrun, 93f);

    ExtractedField read = read(page, PURPOSE);

    assertThat(read.value()).isEqualTo("自動車登録");
  }

  @Test
  void theSquareInsideAnOptionsFirstGlyphIsNotCutOffAsItsBoxWhenItsBoxStandsBeforeIt() {
    // OCR read the empty box of 自動車登録 as 口 and boxed 自動 over 車 and half of 登, and 登録 past
    // its ink: the word looked wider than its characters, so the 目 of the 明朝 自 at its start was
    // cut off as a box merged in, and taken for the option's box (ticked: its strokes fill it)
    MarkedPages page = MarkedPages.strip(300, 160, 50).serif();
    Purpose drawn = purpose(page, 7.0, Mark.EMPTY, Mark.FILLED);
    Rectangle empty = drawn.carBox();
    Rectangle car = drawn.car();
    Rectangle registration = drawn.registration();
    Rectangle filled = drawn.lastBox();
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

    ExtractedField read = read(page, PURPOSE);

    assertThat(read.value()).isEqualTo("その他");
  }

  /** Where {@link #purpose} drew the second option, its box, and the last option's box. */
  private record Purpose(
      Rectangle carBox, Rectangle car, Rectangle registration, Rectangle lastBox) {}

  /**
   * 使用目的 and its options 年金手続, 自動車登録 (drawn as 自動車 and 登録) and その他, each after its box; what OCR
   * reported of them is each test's own.
   *
   * @param apart millimetres from an option's text to the next option's box
   */
  private static Purpose purpose(MarkedPages page, double apart, Mark second, Mark last) {
    double gap = 2.0; // box to its text
    page.text("使用目的", 5, BASELINE, POINTS);
    double x = 30;
    page.box(x, BASELINE, BOX, Mark.EMPTY);
    page.text("年金手続", x + SIDE + gap, BASELINE, POINTS);
    x += SIDE + gap + 4 * EM + apart;
    Rectangle carBox = page.box(x, BASELINE, BOX, second);
    Rectangle car = page.text("自動車", x + SIDE + gap, BASELINE, POINTS);
    Rectangle registration = page.text("登録", x + SIDE + gap + 3 * EM, BASELINE, POINTS);
    x += SIDE + gap + 5 * EM + apart;
    Rectangle lastBox = page.box(x, BASELINE, BOX, last);
    page.text("その他", x + SIDE + gap, BASELINE, POINTS);
    return new Purpose(carBox, car, registration, lastBox);
  }
}
