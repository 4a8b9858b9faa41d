package jp.gyomu.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTextAssemblerTest {

  @Test
  void dropsSpacesTesseractPutsBetweenJapaneseWords() {
    List<RecognisedWord> words =
        List.of(word("申請日", 0, 0), word("令和", 190, 0), word("6", 310, 0), word("年", 350, 0));

    assertThat(PageTextAssembler.text(words, false)).isEqualTo("申請日令和6年");
  }

  @Test
  void keepsSpacesBetweenLatinWords() {
    List<RecognisedWord> words = List.of(word("quick", 0, 0), word("fox", 320, 0));

    assertThat(PageTextAssembler.text(words, false)).isEqualTo("quick fox");
  }

  @Test
  void keepsAWideGapBetweenLabelAndValue() {
    List<RecognisedWord> words = List.of(word("氏名", 0, 0), word("山田太郎", 200, 0));

    assertThat(PageTextAssembler.text(words, false)).isEqualTo("氏名 山田太郎");
  }

  @Test
  void putsEachTextLineOnItsOwnLine() {
    List<RecognisedWord> words = List.of(word("所属", 0, 0), word("総務課", 0, 1));

    assertThat(PageTextAssembler.text(words, false)).isEqualTo("所属\n総務課");
  }

  @Test
  void measuresGapsDownTheColumnForVerticalText() {
    RecognisedWord first = new RecognisedWord("わたくし", 90, new Rectangle(0, 0, 60, 240), 0, 0);
    RecognisedWord close = new RecognisedWord("といふ", 90, new Rectangle(0, 250, 60, 180), 0, 0);

    assertThat(PageTextAssembler.text(List.of(first, close), true)).isEqualTo("わたくしといふ");
  }

  @Test
  void leavesATableRuleReadAsABarOutOfTheText() {
    List<RecognisedWord> words =
        List.of(word("申請日", 0, 0), word("|", 200, 0), word("令和6年", 260, 0), word("|", 0, 1));

    assertThat(PageTextAssembler.text(words, false)).isEqualTo("申請日 令和6年");
  }

  @Test
  void keepsABarInsideAWord() {
    List<RecognisedWord> words = List.of(word("A|B", 0, 0));

    assertThat(PageTextAssembler.text(words, false)).isEqualTo("A|B");
  }

  @Test
  void leavesAShortLineTesseractIsUnsureOfOutOfTheText() {
    List<RecognisedWord> words =
        List.of(
            word("申請します", 0, 0),
            unsure("oO", 0, 1),
            unsure("山", 0, 2),
            unsure("CH", 100, 2),
            word("記", 0, 3));

    assertThat(PageTextAssembler.text(words, false)).isEqualTo("申請します\n記");
  }

  @Test
  void keepsAShortTableRowWithAWordTesseractIsSureOf() {
    List<RecognisedWord> words =
        List.of(
            unsure("宿泊旨", 0, 0), new RecognisedWord("0", 81, new Rectangle(900, 0, 30, 60), 0, 0));

    assertThat(PageTextAssembler.text(words, false)).isEqualTo("宿泊旨 0");
  }

  @Test
  void keepsALongLineTesseractIsUnsureOf() {
    List<RecognisedWord> words = List.of(unsure("代表取締役伊藤", 0, 0));

    assertThat(PageTextAssembler.text(words, false)).isEqualTo("代表取締役伊藤");
  }

  @Test
  void keepsShortUnsureLinesOfVerticalText() {
    RecognisedWord column = new RecognisedWord("燈", 30, new Rectangle(0, 0, 60, 60), 0, 0);

    assertThat(PageTextAssembler.text(List.of(column), true)).isEqualTo("燈");
  }

  private static RecognisedWord unsure(String text, int x, int line) {
    return new RecognisedWord(
        text, 40, new Rectangle(x, line * 100, 60 * text.length(), 60), 0, line);
  }

  /** A word of 60-pixel characters starting at {@code x}, 60 pixels wide per character. */
  private static RecognisedWord word(String text, int x, int line) {
    return new RecognisedWord(
        text, 90, new Rectangle(x, line * 100, 60 * text.length(), 60), 0, line);
  }
}
