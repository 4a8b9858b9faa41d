package jp.gyomu.fields;

import static jp.gyomu.fields.ExtractedField.Status.OK;
import static jp.gyomu.fields.MarkFields.checkbox;
import static jp.gyomu.fields.MarkFields.choice;
import static jp.gyomu.fields.MarkFields.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.List;
import jp.gyomu.fields.MarkedPages.Mark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Check boxes and choices whose labels, options or boxes OCR misread, as Tesseract does. */
class MarkMisreadsTest {

  private static final double BASELINE = 30;
  private static final double POINTS = 10.5;
  // one character's advance at POINTS, in millimetres
  private static final double EM = POINTS * 25.4 / 72;

  @ParameterizedTest
  @CsvSource({"EMPTY, false", "TICK, true"})
  void aCheckBoxsLongLabelOcrReadWithAWordTwiceIsStillFound(Mark mark, boolean marked) {
    // Tesseract reads 生活保護を受給していません as 生活保護を受給 | 受給していません: three characters too many
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.box(34, BASELINE, 11, mark);
    page.text("生活保護を", 40, BASELINE, POINTS);
    Rectangle received = page.text("受給", 40 + 5 * EM, BASELINE, POINTS);
    page.text("していません", 40 + 7 * EM, BASELINE, POINTS);
    page.unread(received)
        .word("受給|", received, 90f)
        .word(
            "受給", new Rectangle(received.x + received.width, received.y, 2, received.height), 90f);

    ExtractedField read = read(page, checkbox("welfare", "生活保護を受給していません"));

    assertThat(read.value()).isEqualTo(marked);
    assertThat(read.status()).isEqualTo(OK);
  }

  @Test
  void aShortCheckBoxLabelIsNotTakenWithSeveralCharactersWrong() {
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.box(34, BASELINE, 11, Mark.TICK);
    page.text("扶養をしない", 40, BASELINE, POINTS);

    ExtractedField read = read(page, checkbox("dependant", "扶養している"));

    assertThat(read.value()).isNull();
  }

  @ParameterizedTest
  @CsvSource({"区, CROSS, true", "口, EMPTY, false", "凶, TICK, true"})
  void aCheckBoxOcrReadAsAConfidentCharacterBeforeItsLabelIsStillItsBox(
      String glyph, Mark mark, boolean marked) {
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    Rectangle box = page.box(34, BASELINE, 11, mark);
    page.word(glyph, box, 85f);
    page.text("冷暖房を使用する", 40, BASELINE, POINTS);

    ExtractedField read = read(page, checkbox("airConditioning", "冷暖房を使用する"));

    assertThat(read.value()).isEqualTo(marked);
    assertThat(Math.abs(read.box().getCenterX() - box.getCenterX())).isLessThan(3);
  }

  @Test
  void anOptionWhoseFirstCharacterOcrFusedWithItsBoxIsFoundByItsOtherCharacters() {
    // ■児童扶養手当 read as 田上 童扶養手当: the option is found with one character wrong, and the
    // fused character is left out of its box, so the filled box before it is its box
    MarkedPages page = MarkedPages.strip(300, 220, 50);
    page.text("申請理由", 10, BASELINE, POINTS);
    Rectangle filled = page.box(40, BASELINE, 11, Mark.FILLED);
    Rectangle child = page.text("児", 45, BASELINE, POINTS);
    page.text("童扶養手当", 45 + EM, BASELINE, POINTS);
    page.box(95, BASELINE, 11, Mark.EMPTY);
    page.text("市民税非課税", 100, BASELINE, POINTS);
    page.box(150, BASELINE, 11, Mark.EMPTY);
    page.text("その他", 155, BASELINE, POINTS);
    // as Tesseract reported it: one unsure word over the box and 児
    page.unread(filled.union(child)).word("田上", filled.union(child), 0f);

    ExtractedField read = read(page, choice("reason", "申請理由", "児童扶養手当", "市民税非課税", "その他"));

    assertThat(read.value()).isEqualTo("児童扶養手当");
    assertThat(read.rawText()).isEqualTo("☑児童扶養手当 □市民税非課税 □その他");
  }

  @Test
  void aMisreadOptionIsNotTakenForAnotherOptionItIsAsNearTo() {
    // 午俊 is one character from 午後 and from 午前 alike: neither is read into it
    assertThat(OptionText.find(List.of("午前午", "午後午"), line("午俊午"), 0, 3, Integer.MIN_VALUE))
        .isEmpty();
    assertThat(
            OptionText.find(List.of("児童扶養手当", "市民税非課税"), line("児童扶養于当"), 0, 6, Integer.MIN_VALUE))
        .extracting(OptionText.Found::text)
        .containsExactly("児童扶養手当");
  }

  @Test
  void aCharacterOcrReadOverAnOptionsBoxIsTheBoxNotTextBetweenItAndItsOption() {
    // Tesseract read the ticked box before 有 as 以, one word reaching over 有
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("公的年金の受給", 20, BASELINE, POINTS);
    Rectangle ticked = page.box(60, BASELINE, 11, Mark.TICK);
    Rectangle yes = page.text("有", 66, BASELINE, POINTS);
    page.box(76, BASELINE, 11, Mark.EMPTY);
    page.text("無", 82, BASELINE, POINTS);
    page.word(
        "以", new Rectangle(ticked.x, ticked.y, yes.x + yes.width - ticked.x, ticked.height), 75f);

    ExtractedField read = read(page, choice("pension", "公的年金の受給", "有", "無"));

    assertThat(read.value()).isEqualTo("有");
  }

  @Test
  void optionsAfterTheLastOneReadArePlacedByTheirWordsOfInk() {
    // OCR read 児童扶養手当 only; 市民税非課税 and the circled その他 are the two words of ink after it
    MarkedPages page = MarkedPages.strip(300, 220, 50);
    page.text("申請理由", 10, BASELINE, POINTS);
    Rectangle first = page.text("児童扶養手当", 45, BASELINE, POINTS);
    Rectangle dot = page.text("・", 45 + 6 * EM + 6, BASELINE, POINTS);
    Rectangle second = page.text("市民税非課税", 45 + 7 * EM + 8, BASELINE, POINTS);
    Rectangle dot2 = page.text("・", 45 + 13 * EM + 14, BASELINE, POINTS);
    Rectangle other = page.text("その他", 45 + 14 * EM + 16, BASELINE, POINTS);
    page.circle(other, page.px(1.0), 3f).unread(dot).unread(second).unread(dot2).unread(other);

    ExtractedField read = read(page, choice("reason", "申請理由", "児童扶養手当", "市民税非課税", "その他"));

    assertThat(first).isNotNull();
    assertThat(read.value()).isEqualTo("その他");
  }

  @ParameterizedTest
  @CsvSource({"300, 1.0", "200, 0.6"})
  void anOptionOcrReadTogetherWithThePensCircleRoundItIsStillCircled(int dpi, double marginMm) {
    // Tesseract reads a circled オス as the word (オス, whose box reaches the circle's top and
    // bottom, and the circle's right side as ")": the option is the ink inside, and it is circled,
    // also when the circle runs close above and below the word, as on a 200 dpi scan
    MarkedPages page = MarkedPages.strip(dpi, 180, 50);
    page.text("性別", 10, BASELINE, POINTS);
    Rectangle male = page.text("オス", 60, BASELINE, POINTS);
    page.text("・", 60 + 3 * EM, BASELINE, POINTS);
    page.text("メス", 60 + 4 * EM, BASELINE, POINTS);
    int margin = page.px(marginMm);
    page.circle(male, margin, 3f);
    int rx = (int) Math.ceil(male.width / 2.0 * 1.25) + margin + 2;
    int ry = (int) Math.ceil(male.height / 2.0 * 1.25) + margin + 2;
    Rectangle circle =
        new Rectangle((int) male.getCenterX() - rx, (int) male.getCenterY() - ry, 2 * rx, 2 * ry);
    page.merge(
            new Rectangle(circle.x, circle.y, male.x + male.width - circle.x, circle.height), "(オス")
        .word(
            ")",
            new Rectangle(
                male.x + male.width + 1,
                circle.y,
                circle.x + circle.width - male.x - male.width - 1,
                circle.height),
            60f);

    ExtractedField read = read(page, choice("sex", "性別", "オス", "メス"));

    assertThat(read.value()).isEqualTo("オス");
    assertThat(read.rawText()).startsWith("◯オス");
  }

  @Test
  void aChoicesTwoCharacterLabelReadWithOneCharacterWrongIsFoundBeforeItsOptions() {
    // Tesseract read 性別 as 性史; its options follow it on the line, after a gap
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("性", 10, BASELINE, POINTS);
    Rectangle second = page.text("別", 10 + EM, BASELINE, POINTS);
    page.unread(second).word("史", second, 67f);
    page.box(60, BASELINE, 11, Mark.EMPTY);
    page.text("オス", 66, BASELINE, POINTS);
    page.box(80, BASELINE, 11, Mark.FILLED);
    page.text("メス", 86, BASELINE, POINTS);

    ExtractedField read = read(page, choice("sex", "性別", "オス", "メス"));

    assertThat(read.value()).isEqualTo("メス");
  }

  @ParameterizedTest
  @CsvSource({"TICK, メス", "FILLED, オス"})
  void optionsOcrMisreadAllOfAreStillPlacedByTheirInkFarAfterTheLabelsColon(
      Mark mark, String chosen) {
    // OCR read □オス ☑メス as オ く Mx メ ぇ: neither option; they stand at a tab stop far after 性別:,
    // whose colon is no word of ink
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("性別:", 10, BASELINE, POINTS);
    page.box(70, BASELINE, 11, chosen.equals("オス") ? mark : Mark.EMPTY);
    Rectangle male = page.text("オス", 76, BASELINE, POINTS);
    page.box(95, BASELINE, 11, chosen.equals("メス") ? mark : Mark.EMPTY);
    Rectangle female = page.text("メス", 101, BASELINE, POINTS);
    page.merge(male, "オく").merge(female, "Mx");

    ExtractedField read = read(page, choice("sex", "性別", "オス", "メス"));

    assertThat(read.value()).isEqualTo(chosen);
    assertThat(read.reason()).contains("not read by OCR");
  }

  @Test
  void aCircledOneCharacterOptionOcrReadBetweenTheCirclesSidesAsWordsOfTheirOwnIsCircled() {
    // Tesseract reads a circled 女 as ( 女 ): three words, 女's box from the circle's top to its
    // bottom but narrower than the glyph, so its text part looks too narrow for a character
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("性別", 10, BASELINE, POINTS);
    page.text("男", 60, BASELINE, POINTS);
    Rectangle female = page.text("女", 75, BASELINE, POINTS);
    int margin = page.px(1.0);
    page.circle(female, margin, 3f);
    int rx = (int) Math.ceil(female.width / 2.0 * 1.25) + margin + 2;
    int ry = (int) Math.ceil(female.height / 2.0 * 1.25) + margin + 2;
    Rectangle circle =
        new Rectangle(
            (int) female.getCenterX() - rx, (int) female.getCenterY() - ry, 2 * rx, 2 * ry);
    int clipped = female.width * 2 / 5;
    page.unread(female)
        .word(
            "(",
            new Rectangle(circle.x, circle.y, female.x + clipped - circle.x, circle.height),
            79f)
        .word(
            "女",
            new Rectangle(female.x + clipped, circle.y, female.width - clipped, circle.height),
            12f)
        .word(
            ")",
            new Rectangle(
                female.x + female.width,
                circle.y,
                circle.x + circle.width - female.x - female.width,
                circle.height),
            91f);

    ExtractedField read = read(page, choice("sex", "性別", "男", "女"));

    assertThat(read.value()).isEqualTo("女");
    assertThat(read.rawText()).isEqualTo("男 ◯女");
  }

  @Test
  void anEmptyBoxOcrReadAsTheKatakanaRoIsStillABoxWhenTheOptionsArePlacedByTheirInk() {
    // OCR read □オス ☑メス as ロ ォ ぇ 慰 メ ぇ: neither option, and the empty box as a confident ロ;
    // both boxes are left out of the options' ink, so each option's box is found beside it
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("性別", 10, BASELINE, POINTS);
    Rectangle empty = page.box(60, BASELINE, 11, Mark.EMPTY);
    Rectangle male = page.text("オス", 66, BASELINE, POINTS);
    page.box(80, BASELINE, 11, Mark.TICK);
    Rectangle female = page.text("メス", 86, BASELINE, POINTS);
    page.word("ロ", empty, 86f).merge(male, "ォぇ").merge(female, "メぇ");

    ExtractedField read = read(page, choice("sex", "性別", "オス", "メス"));

    assertThat(read.value()).isEqualTo("メス");
    assertThat(read.rawText()).isEqualTo("□オス ☑メス");
  }

  @Test
  void boxesOcrReadWithTheGapAfterThemAsOneConfidentCharacterAreStillTheOptionsBoxes() {
    // OCR read □男 ☑女 as 品 男 以 女: 品 and 以, each over a box and the gap after it, are far wider
    // than any character, so they do not hide the boxes as text
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("性別", 10, BASELINE, POINTS);
    Rectangle empty = page.box(60, BASELINE, 11, Mark.EMPTY);
    Rectangle male = page.text("男", 66, BASELINE, POINTS);
    Rectangle ticked = page.box(76, BASELINE, 11, Mark.TICK);
    Rectangle female = page.text("女", 82, BASELINE, POINTS);
    page.word("品", over(empty, male), 90f).word("以", over(ticked, female), 87f);

    ExtractedField read = read(page, choice("sex", "性別", "男", "女"));

    assertThat(read.value()).isEqualTo("女");
    assertThat(read.rawText()).isEqualTo("□男 ☑女");
  }

  /** A box OCR gave a box and the first third of the character after it. */
  private static Rectangle over(Rectangle box, Rectangle character) {
    return new Rectangle(box.x, box.y, character.x + character.width / 3 - box.x, box.height);
  }

  private static TextLine line(String text) {
    List<jp.gyomu.ocr.OcrWord> words = new java.util.ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      words.add(
          new jp.gyomu.ocr.OcrWord(
              String.valueOf(text.charAt(i)), 90f, new Rectangle(100 + 40 * i, 100, 36, 36)));
    }
    return TextLine.ofWords(words);
  }

  @Test
  void anOptionIsNotMatchedAcrossCharactersOfDistantWords() {
    // Tesseract read 転入 as 転 alone (two characters wide) and the box before 転居 as 入口, two
    // characters further on: that 転 and 入 are not the option 転入, whose box would be sought in 転
    TextLine line =
        TextLine.ofWords(
            List.of(
                new jp.gyomu.ocr.OcrWord("転", 40f, new Rectangle(798, 617, 72, 35)),
                new jp.gyomu.ocr.OcrWord("入口", 31f, new Rectangle(941, 613, 38, 38)),
                new jp.gyomu.ocr.OcrWord("転", 92f, new Rectangle(996, 617, 35, 35)),
                new jp.gyomu.ocr.OcrWord("居", 47f, new Rectangle(1033, 617, 36, 35)),
                new jp.gyomu.ocr.OcrWord("世帯", 41f, new Rectangle(1201, 617, 64, 35)),
                new jp.gyomu.ocr.OcrWord("変更", 97f, new Rectangle(1279, 617, 61, 35))));

    List<OptionText.Found> found =
        OptionText.find(List.of("転入", "転居", "世帯変更"), line, 0, line.text().length(), 0);

    assertThat(found).extracting(OptionText.Found::text).containsExactly("転居", "世帯変更");
  }

  @Test
  void anOptionSplitIntoNearWordsIsStillFound() {
    TextLine line =
        TextLine.ofWords(
            List.of(
                new jp.gyomu.ocr.OcrWord("世帯", 41f, new Rectangle(1201, 617, 64, 35)),
                new jp.gyomu.ocr.OcrWord("変更", 97f, new Rectangle(1279, 617, 61, 35))));

    List<OptionText.Found> found =
        OptionText.find(List.of("転入", "世帯変更"), line, 0, line.text().length(), 0);

    assertThat(found).extracting(OptionText.Found::text).containsExactly("世帯変更");
  }

  @ParameterizedTest
  @CsvSource({"当座, 当座", "当, "})
  void aChoicesLabelReadWithHalfItsCharactersWrongIsFoundOnlyBeforeAllItsOptions(
      String second, String expected) {
    // Tesseract read 預金種目 as 参金種上: only the options after it, all of them, make it the label
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    Rectangle label = page.text("預金種目", 10, BASELINE, POINTS);
    page.unread(label).word("参金種上", label, 40f);
    page.box(40, BASELINE, 11, Mark.EMPTY);
    page.text("普通", 46, BASELINE, POINTS);
    page.box(70, BASELINE, 11, Mark.FILLED);
    // OCR lost 座 (the circled 当座 read as 当): one option does not confirm so loose a label
    page.text(second, 76, BASELINE, POINTS);

    ExtractedField read = read(page, choice("accountKind", "預金種目", "普通", "当座"));

    assertThat(read.value()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"16, 無", "90, "})
  void aShortChoiceLabelIsFoundOverCharactersOcrWasUnsureOfBeforeAllItsOptions(
      float confidence, String expected) {
    // Tesseract read 配偶者 as 過信者, 過信 at 16%: two of three characters wrong where it was
    // unsure, the third right and both options after it make it the label; read confidently, the
    // same characters are another text
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    Rectangle label = page.text("配偶者", 10, BASELINE, POINTS);
    Rectangle misread = new Rectangle(label.x, label.y, 2 * label.width / 3, label.height);
    page.unread(misread).word("過信", misread, confidence);
    page.box(40, BASELINE, 11, Mark.EMPTY);
    page.text("有", 46, BASELINE, POINTS);
    page.box(60, BASELINE, 11, Mark.GLYPH);
    page.text("無", 66, BASELINE, POINTS, 0f);

    ExtractedField read = read(page, choice("spouse", "配偶者", "有", "無"));

    assertThat(read.value()).isEqualTo(expected);
  }
}
