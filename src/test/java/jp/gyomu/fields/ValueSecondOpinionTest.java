package jp.gyomu.fields;

import static jp.gyomu.fields.TestPages.CHAR;
import static jp.gyomu.fields.TestPages.at;
import static jp.gyomu.fields.TestPages.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.ocr.PageText;
import org.junit.jupiter.api.Test;

class ValueSecondOpinionTest {

  private static final FieldTemplate TRAVEL =
      FieldTemplateLoader.load(Path.of("processes/travel-expense.fields.yaml"));
  private static final BufferedImage IMAGE =
      new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_GRAY);

  private final List<Rectangle> asked = new ArrayList<>();

  /** A second model that reads {@code text} with {@code confidence} wherever it is asked. */
  private SecondLook reading(String text, float confidence) {
    return (image, dpi, region) -> {
      asked.add(region);
      return List.of(
          new OcrWord(text, confidence, new Rectangle(region.x, region.y, CHAR * 4, CHAR)));
    };
  }

  private static PageText nameRead(String name, float confidence) {
    return page().row(300, at(100, "氏名"), at(250, name, confidence)).build();
  }

  private static ExtractedField name(PageText page, SecondLook look) {
    return FieldExtractor.extract(List.of(FieldPage.of(page, IMAGE)), TRAVEL, look)
        .field("applicantName")
        .orElseThrow();
  }

  @Test
  void keepsTheSecondModelsReadingOfAnUnsureNameWhenItIsSurer() {
    ExtractedField name = name(nameRead("朋田聡", 60f), reading("藤田聡", 88f));

    assertThat(name.value()).isEqualTo("藤田聡");
    assertThat(name.confidence()).isEqualTo(88f);
    // only the value's box, with a margin, was read again
    assertThat(asked).hasSize(1);
    assertThat(asked.get(0).contains(new Rectangle(250, 300, 3 * CHAR, CHAR))).isTrue();
    assertThat(asked.get(0).width).isLessThan(6 * CHAR);
  }

  @Test
  void keepsTheFirstReadingWhenTheSecondModelIsLessSure() {
    assertThat(name(nameRead("朋田聡", 60f), reading("藤田聡", 55f)).value()).isEqualTo("朋田聡");
  }

  @Test
  void neverReadsAConfidentValueAgain() {
    assertThat(name(nameRead("藤田聡", 93f), reading("朋田聡", 99f)).value()).isEqualTo("藤田聡");
    assertThat(asked).isEmpty();
  }

  @Test
  void refusesASecondReadingOfOtherInkOrWithFewerCharacters() {
    assertThat(name(nameRead("後藤一郎", 60f), reading("日程 | 期間", 95f)).value()).isEqualTo("後藤一郎");
    assertThat(name(nameRead("後藤一郎", 60f), reading("後藤一", 95f)).value()).isEqualTo("後藤一郎");
    assertThat(name(nameRead("後藤一郎", 60f), reading("後藤1郎", 95f)).value()).isEqualTo("後藤一郎");
  }

  @Test
  void readsAmountsAndDatesOnlyOnce() {
    PageText page = page().row(300, at(100, "金額"), at(250, "12,345円", 60f)).build();

    FieldExtractor.extract(List.of(FieldPage.of(page, IMAGE)), TRAVEL, reading("99,999円", 99f));

    assertThat(asked).isEmpty();
  }
}
