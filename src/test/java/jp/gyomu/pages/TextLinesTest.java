package jp.gyomu.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.List;
import jp.gyomu.ocr.OcrWord;
import org.junit.jupiter.api.Test;

class TextLinesTest {

  @Test
  void keepsAWordInItsLineWhenTesseractsPreviousBoxOverlapsIt() {
    // from tesseract 5.3 jpn on a generated form: 総務 is reported 270 px wide, over 部
    List<OcrWord> words =
        List.of(
            word("所", 272, 804, 41, 40),
            word("属", 323, 805, 31, 39),
            word("総務", 744, 803, 270, 41),
            word("部", 838, 799, 37, 62),
            word("総務", 905, 803, 73, 41),
            word("件", 273, 934, 40, 40));

    List<TextLines.Line> lines = TextLines.of(words);

    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).words())
        .extracting(OcrWord::text)
        .containsExactly("所", "属", "総務", "部", "総務");
  }

  @Test
  void startsANewLineWhenTheNextWordIsBelow() {
    List<TextLines.Line> lines =
        TextLines.of(List.of(word("Total", 100, 100, 120, 40), word("due", 100, 160, 80, 40)));

    assertThat(lines).hasSize(2);
  }

  @Test
  void skipsWordsWithoutText() {
    List<TextLines.Line> lines =
        TextLines.of(List.of(word(" ", 235, 493, 2011, 7), word("申請", 276, 543, 81, 40)));

    assertThat(lines).singleElement().extracting(l -> l.words().size()).isEqualTo(1);
  }

  private static OcrWord word(String text, int x, int y, int width, int height) {
    return new OcrWord(text, 90, new Rectangle(x, y, width, height));
  }
}
