package jp.gyomu.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingOrderTest {

  @Test
  void readsATitleListedAfterTheTextBeneathItFirst() {
    RecognisedWord body = word("本文", 0, new Rectangle(100, 400, 800, 60));
    RecognisedWord title = word("旅費精算書", 1, new Rectangle(300, 100, 500, 100));

    assertThat(ReadingOrder.headingsFirst(List.of(body, title))).containsExactly(title, body);
  }

  @Test
  void keepsSideBySideColumnsInTesseractsOrder() {
    RecognisedWord leftBottom = word("左下", 0, new Rectangle(100, 800, 400, 60));
    RecognisedWord rightTop = word("右上", 1, new Rectangle(700, 100, 400, 60));

    assertThat(ReadingOrder.headingsFirst(List.of(leftBottom, rightTop)))
        .containsExactly(leftBottom, rightTop);
  }

  private static RecognisedWord word(String text, int block, Rectangle box) {
    return new RecognisedWord(text, 90, box, block, block);
  }
}
