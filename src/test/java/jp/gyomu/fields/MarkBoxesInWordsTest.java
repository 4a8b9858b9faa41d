package jp.gyomu.fields;

import static jp.gyomu.fields.ExtractedField.Status.OK;
import static jp.gyomu.fields.MarkFields.choice;
import static jp.gyomu.fields.MarkFields.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import jp.gyomu.fields.MarkedPages.Mark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Check boxes that OCR read into an option's word as one of its characters. */
class MarkBoxesInWordsTest {

  private static final double BASELINE = 30;
  private static final double POINTS = 10.5;

  @ParameterizedTest
  @EnumSource(
      value = Mark.class,
      names = {"TICK", "CROSS"})
  void aMarkedBoxReadAsTheKanaOfItsOptionsFirstWordIsTheOptionsBox(Mark mark) {
    // OCR reads a ticked or crossed box as メ, unsure, and the glyphs of メス after it as ス: the
    // first word's whole ink is a square, which no kana is, so it is a box merged into the option
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("性別", 20, BASELINE, POINTS);
    page.box(41, BASELINE, 11, Mark.EMPTY);
    page.text("オス", 47, BASELINE, POINTS);
    Rectangle box = page.box(60, BASELINE, 11, mark);
    Rectangle female = page.text("メス", 66, BASELINE, POINTS);
    page.unread(female).word("メ", box, 0f).word("ス", female, 90f);

    ExtractedField read = read(page, choice("sex", "性別", "オス", "メス"));

    assertThat(read.value()).isEqualTo("メス");
    assertThat(read.status()).isEqualTo(OK);
    assertThat(read.rawText()).isEqualTo("□オス ☑メス");
  }

  @ParameterizedTest
  @EnumSource(
      value = Mark.class,
      names = {"TICK", "CROSS"})
  void aBoxOcrsWordTakesInOnlyTheEdgeOfIsStillTheOptionsBox(Mark mark) {
    // OCR's word for 区 starts a fifth of the box before its right side: too little of the box to
    // look merged, enough for the box to be hidden under the option's text
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("申請区分", 5, BASELINE, POINTS);
    page.box(30, BASELINE, 11, Mark.EMPTY);
    page.text("新規", 36, BASELINE, POINTS);
    page.box(52, BASELINE, 11, Mark.EMPTY);
    page.text("更新", 58, BASELINE, POINTS);
    Rectangle box = page.box(74, BASELINE, 11, mark);
    Rectangle kind = page.text("区", 80, BASELINE, POINTS);
    Rectangle rest = page.text("分変更", 80 + POINTS * 25.4 / 72, BASELINE, POINTS);
    int edge = box.x + box.width - box.width / 5;
    page.unread(kind)
        .word("区", new Rectangle(edge, kind.y, kind.x + kind.width - edge, kind.height), 5f)
        .merge(rest, "分変更");

    ExtractedField read = read(page, choice("applicationKind", "申請区分", "新規", "更新", "区分変更"));

    assertThat(read.value()).isEqualTo("区分変更");
    assertThat(read.status()).isEqualTo(OK);
  }

  @Test
  void aWordOcrWasUnsureOfDoesNotMakeTheTextTallerThanItIs() {
    // OCR read the marked box and メス as one unsure word as tall as the box's mark, skipped オス and
    // boxed 別 too narrow to count: that word alone must not set the text's height, or it is not
    // wide enough for its two characters and the box in it is never cut off
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("性", 20, BASELINE, POINTS);
    Rectangle second = page.text("別", 20 + POINTS * 25.4 / 72, BASELINE, POINTS);
    page.unread(second)
        .word("別", new Rectangle(second.x + second.width - 14, second.y, 14, second.height), 93f);
    page.box(41, BASELINE, 11, Mark.EMPTY);
    Rectangle male = page.text("オス", 47, BASELINE, POINTS);
    Rectangle box = page.box(60, BASELINE, 11, Mark.TICK);
    Rectangle female = page.text("メス", 66, BASELINE, POINTS);
    Rectangle merged = box.union(female);
    merged.add(new Rectangle(merged.x, merged.y - female.height / 3, 1, 1));
    page.unread(male).unread(merged).word("メス", merged, 55f);

    ExtractedField read = read(page, choice("sex", "性別", "オス", "メス"));

    assertThat(read.value()).isEqualTo("メス");
  }
}
