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

  /**
   * A look that reads the crop as {@code second} by the second model, as {@code asPage} by the
   * page's model and as {@code larger} by the second model at twice the size (each with its
   * confidence).
   */
  private SecondLook readings(
      String second, float c2, String asPage, float c3, String larger, float c4) {
    return new SecondLook() {
      @Override
      public List<OcrWord> readLine(BufferedImage image, int dpi, Rectangle region) {
        asked.add(region);
        return image == IMAGE ? words(second, c2, region) : words(larger, c4, region);
      }

      @Override
      public List<OcrWord> readLineAsPage(
          BufferedImage image, int dpi, Rectangle region, String languages) {
        asked.add(region);
        return words(asPage, c3, region);
      }
    };
  }

  private static List<OcrWord> words(String text, float confidence, Rectangle region) {
    return List.of(
        new OcrWord(text, confidence, new Rectangle(region.x, region.y, CHAR * 4, CHAR)));
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
  void takesTheCharactersTheCropsAgreeOnOverTheFirstReadingsUnsureOne() {
    ExtractedField name = name(nameRead("朋田聡", 60f), readings("藤田聡", 88f, "藤田聡", 80f, "藤田聡", 85f));

    assertThat(name.value()).isEqualTo("藤田聡");
    // 藤 has 88 + 80 + 85 of the four readings' votes behind it
    assertThat(name.confidence()).isEqualTo(253f / 4);
    // only the value's box, with a margin, was read again (and that crop at twice the size)
    assertThat(asked).hasSize(3);
    assertThat(asked.get(0).contains(new Rectangle(250, 300, 3 * CHAR, CHAR))).isTrue();
    assertThat(asked.get(0).width).isLessThan(6 * CHAR);
    assertThat(asked.get(1)).isEqualTo(asked.get(0));
    assertThat(asked.get(2).width).isEqualTo(2 * asked.get(0).width);
  }

  @Test
  void readsNoLargerCropWhenBothModelsReadTheFirstReadingAgain() {
    // three readings agree: a fourth alone could not outvote them, so it is not paid for
    assertThat(name(nameRead("藤田聡", 70f), readings("藤田聡", 80f, "藤田聡", 75f, "朋田聡", 99f)).value())
        .isEqualTo("藤田聡");
    assertThat(asked).hasSize(2);
  }

  @Test
  void keepsTheFirstReadingWhenTheOtherReadingsDisagree() {
    assertThat(name(nameRead("朋田聡", 60f), readings("藤田聡", 55f, "朋田聡", 60f, "崩田聡", 50f)).value())
        .isEqualTo("朋田聡");
  }

  @Test
  void outvotesTheSecondModelsConfidentMisreadingOfAStroke() {
    // the second model reads 也 as 世 with more confidence than the first reading had
    assertThat(name(nameRead("森拓也", 68f), readings("森拓世", 85f, "森拓也", 67f, "森拓世", 40f)).value())
        .isEqualTo("森拓也");
  }

  @Test
  void hearsTheLargerReadingThatMisreadTheSurnameButSawTheGivenNameRight() {
    // both crops at the page's size read 郎 as 朗; only twice the size sees it, yet misreads 遠藤
    assertThat(name(nameRead("遠藤一郎", 79f), readings("遠藤一朗", 79f, "遠藤一朗", 65f, "吉腰一郎", 92f)).value())
        .isEqualTo("遠藤一郎");
  }

  @Test
  void takesBackTheStrokesOfALoneGlyphThatTheFirstReadingCutOff() {
    // 黒 drawn 30 high; the first reading kept only its top (里, 20 high): the dots were specks
    Rectangle glyph = new Rectangle(250, 300, CHAR, CHAR);
    PageText page =
        new PageText(
            "氏名 里",
            List.of(
                new OcrWord("氏名", 93f, new Rectangle(100, 300, 2 * CHAR, CHAR)),
                new OcrWord("里", 70f, new Rectangle(250, 300, CHAR, 20))),
            93f,
            1654,
            2339,
            200,
            0,
            0,
            "jpn");
    List<Boolean> whole = new ArrayList<>();
    SecondLook look =
        new SecondLook() {
          @Override
          public List<OcrWord> readLine(BufferedImage image, int dpi, Rectangle region) {
            if (image == IMAGE) {
              whole.add(region.contains(glyph));
            }
            return read(region);
          }

          @Override
          public List<OcrWord> readLineAsPage(
              BufferedImage image, int dpi, Rectangle region, String languages) {
            return read(region);
          }

          // the whole glyph reads 黒, with its dots also read as a small ペ below; a cut one 里
          private List<OcrWord> read(Rectangle region) {
            return whole.get(0)
                ? List.of(
                    new OcrWord("黒", 90f, new Rectangle(region.x, region.y, CHAR, CHAR)),
                    new OcrWord("ペ", 40f, new Rectangle(region.x + 20, region.y + 26, 8, 4)))
                : List.of(new OcrWord("里", 80f, new Rectangle(region.x, region.y, CHAR, 20)));
          }
        };

    assertThat(name(page, look).value()).isEqualTo("黒");
  }

  @Test
  void dropsSpecksOnlyAtTheEndsOfACropsReading() {
    OcrWord dot = new OcrWord("・", 90f, new Rectangle(0, 0, 8, 8));
    OcrWord toi = new OcrWord("トイ", 90f, new Rectangle(0, 0, 60, 30));
    OcrWord poodle = new OcrWord("プードル", 90f, new Rectangle(0, 0, 120, 30));

    assertThat(ValueSecondOpinion.withoutEndSpecks(List.of(dot, toi, dot, poodle, dot), 30))
        .containsExactly(toi, dot, poodle);
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
