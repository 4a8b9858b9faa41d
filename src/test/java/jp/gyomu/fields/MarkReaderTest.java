package jp.gyomu.fields;

import static jp.gyomu.fields.ExtractedField.Status.INVALID;
import static jp.gyomu.fields.ExtractedField.Status.MISSING;
import static jp.gyomu.fields.ExtractedField.Status.OK;
import static jp.gyomu.fields.MarkFields.checkbox;
import static jp.gyomu.fields.MarkFields.choice;
import static jp.gyomu.fields.MarkFields.read;
import static jp.gyomu.fields.MarkFields.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Rectangle;
import java.util.List;
import jp.gyomu.fields.MarkedPages.Mark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkReaderTest {

  private static final double LABEL_X = 40;
  private static final double BASELINE = 30;
  private static final double POINTS = 10.5;

  /** A box 5 mm before the label 郵送を希望する. */
  private static MarkedPages boxBeforeLabel(int dpi, Mark mark) {
    MarkedPages page = MarkedPages.strip(dpi, 180, 50);
    page.box(LABEL_X - 6, BASELINE, 11, mark);
    page.text("郵送を希望する", LABEL_X, BASELINE, POINTS);
    return page;
  }

  @ParameterizedTest
  @CsvSource({
    "200, EMPTY, false",
    "200, FILLED, true",
    "200, GLYPH, true",
    "200, TICK, true",
    "200, CROSS, true",
    "300, EMPTY, false",
    "300, FILLED, true",
    "300, GLYPH, true",
    "300, TICK, true",
    "300, CROSS, true"
  })
  void decidesACheckBoxBeforeItsLabelFromThePixelsOfTheBox(int dpi, Mark mark, boolean marked) {
    MarkedPages page = boxBeforeLabel(dpi, mark);

    ExtractedField read = read(page, checkbox("byPost", "郵送を希望する"));

    assertThat(read.value()).isEqualTo(marked);
    assertThat(read.status()).isEqualTo(OK);
    assertThat(read.confidence()).isGreaterThanOrEqualTo(90f);
    assertThat(read.rawText()).isEqualTo(marked ? "☑" : "□");
    // the box, not the label
    assertThat(read.box().getCenterX()).isLessThan(page.px(LABEL_X));
    assertThat(read.box().width)
        .isBetween((int) (page.pointsToPx(11) - 3), (int) (page.pointsToPx(11) + 4));
  }

  @ParameterizedTest
  @CsvSource({"EMPTY, false", "TICK, true", "CROSS, true"})
  void findsABoxAfterItsLabel(Mark mark, boolean marked) {
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    Rectangle label = page.text("同意する", LABEL_X, BASELINE, POINTS);
    page.box(LABEL_X + 22, BASELINE, 11, mark);

    ExtractedField read = read(page, checkbox("agreed", "同意する"));

    assertThat(read.value()).isEqualTo(marked);
    assertThat(read.box().x).isGreaterThan(label.x + label.width);
  }

  @Test
  void aBoxOcrReadAsTheLabelsFirstCharactersIsTheLabelsBox() {
    // OCR read □国民 as one word whose box covers the □ alone; 国民 itself has no box of its own
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    Rectangle box = page.box(LABEL_X - 6, BASELINE, 11, Mark.EMPTY);
    Rectangle first = page.text("国民", LABEL_X, BASELINE, POINTS);
    page.text("健康保険の手続きを希望する", LABEL_X + 9, BASELINE, POINTS);
    page.unread(first).word("[国民", box, 29f);

    ExtractedField read = read(page, checkbox("insurance", "国民健康保険の手続きを希望する"));

    assertThat(read.value()).isEqualTo(false);
    assertThat(read.status()).isEqualTo(OK);
    assertThat(read.box().getCenterX()).isBetween(box.getMinX(), box.getMaxX());
  }

  @Test
  void takesTheBoxNearestTheLabelWhenTheNextItemsBoxFollowsIt() {
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.box(LABEL_X - 6, BASELINE, 11, Mark.EMPTY);
    page.text("有", LABEL_X, BASELINE, POINTS);
    page.box(LABEL_X + 10, BASELINE, 11, Mark.FILLED);
    page.text("無", LABEL_X + 16, BASELINE, POINTS);

    ExtractedField read = read(page, checkbox("has", "有"));

    assertThat(read.value()).isEqualTo(false);
  }

  @Test
  void theNextItemsBoxIsNotTakenForALabelWithoutOne() {
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("その他", LABEL_X, BASELINE, POINTS);
    page.box(LABEL_X + 16, BASELINE, 11, Mark.FILLED);
    page.text("無", LABEL_X + 22, BASELINE, POINTS);

    ExtractedField read = read(page, checkbox("other", "その他"));

    assertThat(read.status()).isEqualTo(MISSING);
  }

  @Test
  void aCircledLabelCountsAsMarkedWithOrWithoutABox() {
    MarkedPages page = MarkedPages.strip(300, 180, 60);
    page.box(LABEL_X - 7, BASELINE, 11, Mark.EMPTY);
    Rectangle boxed = page.text("郵送", LABEL_X, BASELINE, POINTS);
    page.circle(boxed, page.px(0.5), 3f);
    Rectangle bare = page.text("窓口で受け取る", LABEL_X, BASELINE + 15, POINTS);
    page.circle(bare, page.px(1.5), 3f);

    List<ExtractedField> read =
        readAll(page, checkbox("byPost", "郵送"), checkbox("atCounter", "窓口で受け取る"));

    assertThat(read).extracting(ExtractedField::value).containsExactly(true, true);
    assertThat(read.get(0).reason()).contains("circled");
  }

  @Test
  void anUncircledLabelInARuledCellIsNotTakenForCircled() {
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    Rectangle label = page.text("窓口で受け取る", LABEL_X, BASELINE, POINTS);
    page.rule(
        new Rectangle(
            label.x - page.px(2),
            label.y - page.px(2),
            label.width + page.px(40),
            label.height + page.px(4)));

    ExtractedField read = read(page, checkbox("atCounter", "窓口で受け取る"));

    assertThat(read.status()).isEqualTo(MISSING);
    assertThat(read.reason()).contains("no check box found beside the label 窓口で受け取る");
  }

  @Test
  void findsTheBoxInsideARuledTableCellWithoutTakingTheCellForABox() {
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.box(LABEL_X - 6, BASELINE, 11, Mark.TICK);
    Rectangle label = page.text("郵送を希望する", LABEL_X, BASELINE, POINTS);
    page.rule(
        new Rectangle(
            page.px(LABEL_X - 8), label.y - page.px(2.5), page.px(60), label.height + page.px(5)));

    ExtractedField read = read(page, checkbox("byPost", "郵送を希望する"));

    assertThat(read.value()).isEqualTo(true);
    assertThat(read.box().width).isLessThan(page.px(6));
  }

  @Test
  void doesNotTakeTheSquareCharacterOfALabelForItsBox() {
    // 口 of 窓口 is a square the size of a box: the label's own characters are never boxes
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("窓口", LABEL_X, BASELINE, POINTS);
    page.box(LABEL_X + 10, BASELINE, 11, Mark.FILLED);

    ExtractedField read = read(page, checkbox("atCounter", "窓口"));

    assertThat(read.value()).isEqualTo(true);
    assertThat(read.box().x).isGreaterThan(page.px(LABEL_X + 9));
  }

  @Test
  void readsABoxThatOcrMergedWithItsLabelIntoOneWord() {
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    Rectangle box = page.box(LABEL_X - 5, BASELINE, 10.5, Mark.TICK);
    Rectangle label = page.text("有", LABEL_X, BASELINE, POINTS);
    page.merge(box.union(label), "口有");

    ExtractedField read = read(page, checkbox("has", "有"));

    assertThat(read.value()).isEqualTo(true);
  }

  @Test
  void aTickedBoxOcrMergedWithTheLabelsFirstWordIsFoundEvenWhenTheTickMadeTheWordTall() {
    // the tick's stroke above the box makes OCR's word taller than the text, so the word is not
    // much wider than its characters for its height: the box is found in its pixels
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    Rectangle box = page.box(LABEL_X - 5, BASELINE, 11, Mark.TICK);
    Rectangle first = page.text("現在", LABEL_X, BASELINE, POINTS);
    page.text("入院している", LABEL_X + 2 * POINTS * 25.4 / 72 + 1, BASELINE, POINTS);
    Rectangle merged = box.union(first);
    int tick = merged.height * 2 / 5;
    page.merge(new Rectangle(merged.x, merged.y - tick, merged.width, merged.height + tick), "現在");

    ExtractedField read = read(page, checkbox("inHospital", "現在入院している"));

    assertThat(read.value()).isEqualTo(true);
    assertThat(read.status()).isEqualTo(OK);
    assertThat(read.box().getCenterX()).isLessThan(page.px(LABEL_X));
  }

  @ParameterizedTest
  @CsvSource({"較扶養, EMPTY, false", "較扶養, CROSS, true", "[扶養, TICK, true", "扶養, EMPTY, false"})
  void readsABoxThatOcrMergedWithTheFirstCharactersOfALongerLabel(
      String merged, Mark mark, boolean marked) {
    // OCR reads the box as a character of the label's first word, or only widens the word by it;
    // the word's even share per character would cover the box with the label's own characters
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    Rectangle box = page.box(LABEL_X - 7, BASELINE, 11, mark);
    Rectangle first = page.text("扶養", LABEL_X, BASELINE, POINTS);
    page.text("している", LABEL_X + 2 * POINTS * 25.4 / 72, BASELINE, POINTS);
    page.merge(box.union(first), merged);

    ExtractedField read = read(page, checkbox("dependant", "扶養している"));

    assertThat(read.value()).isEqualTo(marked);
    assertThat(read.status()).isEqualTo(OK);
    assertThat(read.box().getCenterX()).isLessThan(first.x);
  }

  @ParameterizedTest
  @CsvSource({"EMPTY, false", "CROSS, true"})
  void aLabelWordOcrRanOverTheNextCharacterHasNoBoxInItWhenOcrReadTheBoxBeforeIt(
      Mark mark, boolean marked) {
    // OCR read the box as its own word 口 and the label's 世帯主 (printed spaced out, in 明朝) as one
    // wide word 世帯: the box is not in that word, so the square inside 世's glyph is not taken for a
    // box nearer the label
    MarkedPages page = MarkedPages.strip(300, 180, 50).serif();
    Rectangle box = page.box(LABEL_X - 7, BASELINE, 11, mark);
    double pitch = 1.3 * POINTS * 25.4 / 72;
    Rectangle first = page.text("世", LABEL_X, BASELINE, POINTS);
    first = first.union(page.text("帯", LABEL_X + pitch, BASELINE, POINTS));
    first = first.union(page.text("主", LABEL_X + 2 * pitch, BASELINE, POINTS));
    Rectangle rest = page.text("との続柄の記載", LABEL_X + 3 * pitch, BASELINE, POINTS);
    page.merge(first, "世帯").merge(rest, "主との続柄の記載").word("口", box, 0f);

    ExtractedField read = read(page, checkbox("withRelationship", "世帯主との続柄の記載"));

    assertThat(read.value()).isEqualTo(marked);
    assertThat(read.box().x).isLessThan(box.x + box.width / 2);
  }

  @ParameterizedTest
  @CsvSource({"EMPTY, false", "CROSS, true"})
  void aMergedLabelWordThatOcrRanOverTheNextWordsKeepsItsCharactersOverItsGlyphs(
      Mark mark, boolean marked) {
    // OCR read the box and 所 as one word [所 running on over 得の申告: the label's character is
    // before the next word, so parts of 所 are not taken for a box nearer than the real one
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    Rectangle box = page.box(LABEL_X - 7, BASELINE, 11, mark);
    Rectangle first = page.text("所", LABEL_X, BASELINE, POINTS);
    Rectangle rest = page.text("得の申告をしている", LABEL_X + POINTS * 25.4 / 72, BASELINE, POINTS);
    Rectangle merged = box.union(first);
    page.unread(merged)
        .word("[所", merged.union(new Rectangle(rest.x, rest.y, rest.width / 3, rest.height)), 0f);

    ExtractedField read = read(page, checkbox("declared", "所得の申告をしている"));

    assertThat(read.value()).isEqualTo(marked);
    assertThat(read.box().x).isLessThan(box.x + box.width / 2);
  }

  @ParameterizedTest
  @CsvSource({"EMPTY, false", "TICK, true", "FILLED, true"})
  void readsFaintThinBoxesAndMarks(Mark mark, boolean marked) {
    MarkedPages page = MarkedPages.strip(300, 180, 50).ink(new Color(170, 170, 170)).line(1.2f);
    page.box(LABEL_X - 6, BASELINE, 11, mark);
    page.ink(Color.BLACK).text("郵送を希望する", LABEL_X, BASELINE, POINTS);

    ExtractedField read = read(page, checkbox("byPost", "郵送を希望する"));

    assertThat(read.value()).isEqualTo(marked);
    assertThat(read.status()).isEqualTo(OK);
  }

  @ParameterizedTest
  @CsvSource({"EMPTY, false", "TICK, true", "CROSS, true", "FILLED, true"})
  void readsNoisyScansWithDust(Mark mark, boolean marked) {
    MarkedPages page = boxBeforeLabel(300, mark).noise(25, 7);

    ExtractedField read = read(page, checkbox("byPost", "郵送を希望する"));

    assertThat(read.value()).isEqualTo(marked);
    assertThat(read.status()).isEqualTo(OK);
  }

  @ParameterizedTest
  @CsvSource({
    "2, EMPTY, false",
    "-2, EMPTY, false",
    "2, TICK, true",
    "-2, CROSS, true",
    "2, FILLED, true",
    "-2, GLYPH, true"
  })
  void readsPagesSkewedByTwoDegrees(double degrees, Mark mark, boolean marked) {
    MarkedPages page = boxBeforeLabel(200, mark).skew(degrees);

    ExtractedField read = read(page, checkbox("byPost", "郵送を希望する"));

    assertThat(read.value()).isEqualTo(marked);
    assertThat(read.status()).isEqualTo(OK);
  }

  @Test
  void aLabelWithoutABoxIsMissingAndAPageWithoutPixelsToo() {
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("郵送を希望する", LABEL_X, BASELINE, POINTS);
    FieldDefinition field = checkbox("byPost", "郵送を希望する");

    assertThat(read(page, field).status()).isEqualTo(MISSING);
    FieldTemplate template =
        new FieldTemplate("marks", "テスト", "Test", "jpn", List.of(), List.of(), List.of(field));
    ExtractedField textOnly =
        FieldExtractor.extract(page.text(), template).field("byPost").orElseThrow();
    assertThat(textOnly.status()).isEqualTo(MISSING);
    assertThat(textOnly.reason()).contains("no page image");
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 300})
  void aChoiceIsTheOptionWhoseBoxIsMarked(int dpi) {
    MarkedPages page = MarkedPages.strip(dpi, 180, 50);
    page.text("配偶者の有無", 20, BASELINE, POINTS);
    page.box(60, BASELINE, 11, Mark.EMPTY);
    page.text("有", 66, BASELINE, POINTS);
    page.box(76, BASELINE, 11, Mark.TICK);
    page.text("無", 82, BASELINE, POINTS);

    ExtractedField read = read(page, choice("spouse", "配偶者の有無", "有", "無"));

    assertThat(read.value()).isEqualTo("無");
    assertThat(read.status()).isEqualTo(OK);
    assertThat(read.rawText()).isEqualTo("□有 ☑無");
    assertThat(read.box().x).isBetween(page.px(75), page.px(77));
  }

  @ParameterizedTest
  @CsvSource({"ォス, オス", "オス, メス"})
  void aKatakanaOptionOcrReadWithASmallKanaIsStillThatOption(String readAs, String marked) {
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("性別", 20, BASELINE, POINTS);
    Rectangle male = page.text("オス", 47, BASELINE, POINTS);
    page.box(41, BASELINE, 11, marked.equals("オス") ? Mark.CROSS : Mark.EMPTY);
    page.merge(male, readAs);
    page.box(60, BASELINE, 11, marked.equals("メス") ? Mark.CROSS : Mark.EMPTY);
    page.text("メス", 66, BASELINE, POINTS);

    ExtractedField read = read(page, choice("sex", "性別", "オス", "メス"));

    assertThat(read.value()).isEqualTo(marked);
    assertThat(read.status()).isEqualTo(OK);
    // both options were read, none inferred
    assertThat(read.reasons()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"世帯変更, true", "転入, false"})
  void aBoxOcrMergedIntoTheFirstWordOfAnOptionOfTwoWordsIsNotTakenForText(
      String marked, boolean mergedBoxMarked) {
    // OCR reads ☒世帯変更 as 世帯 over the box's right half and the text, then 変更: neither the option
    // nor its first word is much wider than its characters, but the box reaches out of the word
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("異動の種別", 10, BASELINE, POINTS);
    page.box(41, BASELINE, 11, marked.equals("転入") ? Mark.CROSS : Mark.EMPTY);
    page.text("転入", 47, BASELINE, POINTS);
    page.box(62, BASELINE, 11, marked.equals("転居") ? Mark.CROSS : Mark.EMPTY);
    page.text("転居", 68, BASELINE, POINTS);
    Rectangle box = page.box(83, BASELINE, 11, mergedBoxMarked ? Mark.CROSS : Mark.EMPTY);
    Rectangle household = page.text("世帯", 89, BASELINE, POINTS);
    Rectangle change = page.text("変更", 89 + 2 * POINTS * 25.4 / 72, BASELINE, POINTS);
    // OCR's word starts in the box's middle and takes in its cross's height, unsure of itself
    Rectangle merged = box.union(household);
    int half = box.width / 2;
    page.unread(merged);
    page.word(
        "世帯", new Rectangle(merged.x + half, merged.y, merged.width - half, merged.height), 5f);
    page.merge(change, "変更");

    ExtractedField read = read(page, choice("moveKind", "異動の種別", "転入", "転居", "世帯変更"));

    assertThat(read.value()).isEqualTo(marked);
    assertThat(read.status()).isEqualTo(OK);
  }

  @Test
  void aChoiceFindsBoxesPrintedAfterTheirOptions() {
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("配偶者の有無", 20, BASELINE, POINTS);
    page.text("有", 60, BASELINE, POINTS);
    page.box(65, BASELINE, 11, Mark.FILLED);
    page.text("無", 76, BASELINE, POINTS);
    page.box(81, BASELINE, 11, Mark.EMPTY);

    ExtractedField read = read(page, choice("spouse", "配偶者の有無", "有", "無"));

    assertThat(read.value()).isEqualTo("有");
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 300})
  void aCircledOptionIsTheChoice(int dpi) {
    MarkedPages page = MarkedPages.strip(dpi, 180, 50);
    page.text("扶養の有無", 20, BASELINE, POINTS);
    page.text("有", 60, BASELINE, POINTS);
    page.text("・", 66, BASELINE, POINTS);
    Rectangle none = page.text("無", 72, BASELINE, POINTS);
    page.circle(none, page.px(0.8), (float) Math.max(2, dpi / 100.0));

    ExtractedField read = read(page, choice("dependants", "扶養の有無", "有", "無"));

    assertThat(read.value()).isEqualTo("無");
    assertThat(read.status()).isEqualTo(OK);
    assertThat(read.rawText()).isEqualTo("有 ◯無");
  }

  @Test
  void aCircledOneCharacterOptionWhoseOcrBoxTookInTheCircleIsTheChoice() {
    // OCR read the circled 女 alone, with a box from the circle's top to its bottom and no
    // brackets for its sides
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("性別", 20, BASELINE, POINTS);
    page.text("男", 50, BASELINE, POINTS);
    Rectangle female = page.text("女", 70, BASELINE, POINTS);
    int margin = page.px(1.2);
    page.circle(female, margin, 3f);
    int reach = (int) Math.round(female.height * 0.125) + margin + 4;
    page.unread(female)
        .word(
            "女",
            new Rectangle(female.x, female.y - reach, female.width, female.height + 2 * reach),
            90f);

    ExtractedField read = read(page, choice("sex", "性別", "男", "女"));

    assertThat(read.value()).isEqualTo("女");
    assertThat(read.rawText()).isEqualTo("男 ◯女");
  }

  @Test
  void aSmallerSquareBetweenAnOptionAndItsBoxIsPartOfAGlyphNotTheBox() {
    // the options' boxes are alike; a crossed square nearer 区分変更 (the 匚 and ㄨ of 区, as the
    // pixels show it) is smaller, and the option's own box stands beyond it
    MarkedPages page = MarkedPages.strip(300, 200, 50);
    page.text("申請区分", 10, BASELINE, POINTS);
    page.box(40, BASELINE, 11, Mark.FILLED);
    page.text("新規", 46, BASELINE, POINTS);
    page.box(70, BASELINE, 11, Mark.EMPTY);
    page.text("更新", 76, BASELINE, POINTS);
    page.box(100, BASELINE, 11, Mark.EMPTY);
    page.box(106.5, BASELINE, 8, Mark.CROSS);
    page.text("区分変更", 111, BASELINE, POINTS);

    ExtractedField read = read(page, choice("kind", "申請区分", "新規", "更新", "区分変更"));

    assertThat(read.value()).isEqualTo("新規");
    assertThat(read.rawText()).isEqualTo("☑新規 □更新 □区分変更");
  }

  @Test
  void aCircledOptionOcrDidNotReadIsPlacedByTheOrderOfTheOptions() {
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("扶養の有無", 20, BASELINE, POINTS);
    Rectangle yes = page.text("有", 60, BASELINE, POINTS);
    page.text("・", 66, BASELINE, POINTS);
    page.text("無", 72, BASELINE, POINTS);
    page.circle(yes, page.px(0.8), 3f).unread(yes);

    ExtractedField read = read(page, choice("dependants", "扶養の有無", "有", "無"));

    assertThat(read.value()).isEqualTo("有");
    assertThat(read.confidence()).isEqualTo(80f);
    assertThat(read.reason())
        .isEqualTo("有 not read by OCR; its place was inferred from the order of the options");
  }

  @Test
  void anOptionOcrDidNotReadAndNothingMarkedIsStillNoChoice() {
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("扶養の有無", 20, BASELINE, POINTS);
    Rectangle yes = page.text("有", 60, BASELINE, POINTS);
    page.text("・", 66, BASELINE, POINTS);
    page.text("無", 72, BASELINE, POINTS);
    page.unread(yes);

    ExtractedField read = read(page, choice("dependants", "扶養の有無", "有", "無"));

    assertThat(read.status()).isEqualTo(INVALID);
    assertThat(read.reason()).isEqualTo("いずれも選択されていません");
  }

  @Test
  void aChoiceWithNothingMarkedGoesToReview() {
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("配偶者の有無", 20, BASELINE, POINTS);
    page.box(60, BASELINE, 11, Mark.EMPTY);
    page.text("有", 66, BASELINE, POINTS);
    page.box(76, BASELINE, 11, Mark.EMPTY);
    page.text("無", 82, BASELINE, POINTS);

    ExtractedField read = read(page, choice("spouse", "配偶者の有無", "有", "無"));

    assertThat(read.value()).isNull();
    assertThat(read.status()).isEqualTo(INVALID);
    assertThat(read.reason()).isEqualTo("いずれも選択されていません");
    assertThat(read.needsReview()).isTrue();
  }

  @Test
  void aChoiceWithTwoOptionsMarkedGoesToReviewNamingThem() {
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("連絡方法", 20, BASELINE, POINTS);
    page.box(50, BASELINE, 11, Mark.TICK);
    page.text("電話", 56, BASELINE, POINTS);
    page.box(76, BASELINE, 11, Mark.EMPTY);
    page.text("郵便", 82, BASELINE, POINTS);
    page.box(102, BASELINE, 11, Mark.CROSS);
    page.text("メール", 108, BASELINE, POINTS);

    ExtractedField read = read(page, choice("contact", "連絡方法", "電話", "郵便", "メール"));

    assertThat(read.value()).isNull();
    assertThat(read.status()).isEqualTo(INVALID);
    assertThat(read.reason()).isEqualTo("複数選択されています: 電話, メール");
  }

  @Test
  void twoChoicesOnOneLineEachReadTheirOwnOptions() {
    MarkedPages page = MarkedPages.strip(300, 200, 50);
    page.text("配偶者の有無", 10, BASELINE, POINTS);
    page.box(40, BASELINE, 11, Mark.EMPTY);
    page.text("有", 46, BASELINE, POINTS);
    page.box(54, BASELINE, 11, Mark.FILLED);
    page.text("無", 60, BASELINE, POINTS);
    page.text("扶養の有無", 80, BASELINE, POINTS);
    page.box(106, BASELINE, 11, Mark.TICK);
    page.text("有", 112, BASELINE, POINTS);
    page.box(120, BASELINE, 11, Mark.EMPTY);
    page.text("無", 126, BASELINE, POINTS);

    List<ExtractedField> read =
        readAll(
            page, choice("spouse", "配偶者の有無", "有", "無"), choice("dependants", "扶養の有無", "有", "無"));

    assertThat(read).extracting(ExtractedField::value).containsExactly("無", "有");
  }

  @Test
  void readsOptionsOnTheLineBelowTheLabel() {
    MarkedPages page = MarkedPages.strip(300, 180, 60);
    page.text("希望する受け取り方法", 20, 20, POINTS);
    page.box(20, 32, 11, Mark.EMPTY);
    page.text("郵送", 26, 32, POINTS);
    page.box(50, 32, 11, Mark.GLYPH);
    page.text("窓口", 56, 32, POINTS);

    ExtractedField read = read(page, choice("pickup", "希望する受け取り方法", "郵送", "窓口"));

    assertThat(read.value()).isEqualTo("窓口");
  }

  @Test
  void optionsOnTheNextFieldsLineAreNotTakenForAChoiceWhoseCircledOptionOcrMissed() {
    MarkedPages page = MarkedPages.strip(300, 180, 60);
    page.text("公的年金の受給", 20, 20, POINTS);
    Rectangle yes = page.text("有", 70, 20, POINTS);
    page.text("・", 78, 20, POINTS);
    page.text("無", 84, 20, POINTS);
    page.circle(yes, page.px(0.8), 3f).unread(yes);
    page.text("配偶者", 20, 29, POINTS);
    page.box(66, 29, 11, Mark.EMPTY);
    page.text("有", 72, 29, POINTS);
    page.box(82, 29, 11, Mark.TICK);
    page.text("無", 88, 29, POINTS);

    List<ExtractedField> read =
        readAll(
            page, choice("publicPension", "公的年金の受給", "有", "無"), choice("spouse", "配偶者", "有", "無"));

    assertThat(read).extracting(ExtractedField::value).containsExactly("有", "無");
  }

  @ParameterizedTest
  @CsvSource({"CROSS, 有", "EMPTY, 無"})
  void anOptionsBoxOcrMergedIntoTheOptionAsOneWideWordIsStillItsBox(Mark mark, String chosen) {
    // Tesseract reads □有 as one 有 two characters wide: the box is cut off the word by its pixels
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("配偶者", 20, BASELINE, POINTS);
    Rectangle box = page.box(60, BASELINE, 11, mark);
    Rectangle yes = page.text("有", 65, BASELINE, POINTS);
    page.box(76, BASELINE, 11, mark == Mark.EMPTY ? Mark.TICK : Mark.EMPTY);
    page.text("無", 82, BASELINE, POINTS);
    page.merge(box.union(yes), "有");

    ExtractedField read = read(page, choice("spouse", "配偶者", "有", "無"));

    assertThat(read.value()).isEqualTo(chosen);
    assertThat(read.status()).isEqualTo(OK);
  }

  @Test
  void aBoxOcrMergedIntoTheFirstWordOfALongOptionIsStillItsBox() {
    MarkedPages page = MarkedPages.strip(300, 200, 50);
    page.text("申請理由", 10, BASELINE, POINTS);
    Rectangle box = page.box(40, BASELINE, 11, Mark.TICK);
    Rectangle first = page.text("児童", 45, BASELINE, POINTS);
    page.text("扶養手当", 45 + 2 * POINTS * 25.4 / 72, BASELINE, POINTS);
    page.box(90, BASELINE, 11, Mark.EMPTY);
    page.text("市民税非課税", 95, BASELINE, POINTS);
    page.merge(box.union(first), "児童");

    ExtractedField read = read(page, choice("reason", "申請理由", "児童扶養手当", "市民税非課税"));

    assertThat(read.value()).isEqualTo("児童扶養手当");
  }

  @Test
  void aCrossedBoxOcrReadAsAConfidentCharacterIsFoundLikeTheOtherOptionsBox() {
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("公的年金の受給", 20, BASELINE, POINTS);
    Rectangle crossed = page.box(60, BASELINE, 11, Mark.CROSS);
    page.word("凶", crossed, 85f);
    page.text("有", 66, BASELINE, POINTS);
    page.box(76, BASELINE, 11, Mark.EMPTY);
    page.text("無", 82, BASELINE, POINTS);

    ExtractedField read = read(page, choice("pension", "公的年金の受給", "有", "無"));

    assertThat(read.value()).isEqualTo("有");
    assertThat(read.rawText()).isEqualTo("☑有 □無");
  }

  @Test
  void anOptionsFirstCharacterWithASquareOutlineIsNotCutOffAsABoxWhenOcrReadItAsItsOwnWord() {
    // 自 is drawn as a square with strokes in it; the option, spaced wide, looks wide enough to
    // hold a box OCR merged into it, but its first word is 自 alone, with no text beside the square
    MarkedPages page = MarkedPages.strip(300, 200, 50);
    page.text("使用目的", 10, BASELINE, POINTS);
    page.box(40, BASELINE, 11, Mark.EMPTY);
    page.text("年金", 45, BASELINE, POINTS);
    page.box(70, BASELINE, 11, Mark.TICK);
    double em = POINTS * 25.4 / 72;
    for (int i = 0; i < 3; i++) {
      page.text(String.valueOf("自動車".charAt(i)), 75 + 1.6 * em * i, BASELINE, POINTS);
    }

    ExtractedField read = read(page, choice("purpose", "使用目的", "年金", "自動車"));

    assertThat(read.value()).isEqualTo("自動車");
    assertThat(read.rawText()).isEqualTo("□年金 ☑自動車");
  }

  @Test
  void aBoxNearTheEndOfThePreviousOptionsOcrBoxIsStillTheOptionsOwnOnTheSideOfTheOthers() {
    // OCR's box of 自動車 runs on over the gap to the crossed box before その他, which OCR read as
    // a confident character: the boxes stand before their options, so it is その他's
    MarkedPages page = MarkedPages.strip(300, 200, 50);
    page.text("使用目的", 10, BASELINE, POINTS);
    page.box(40, BASELINE, 11, Mark.EMPTY);
    page.text("年金", 45, BASELINE, POINTS);
    page.box(65, BASELINE, 11, Mark.EMPTY);
    Rectangle car = page.text("自動車", 70, BASELINE, POINTS);
    Rectangle crossed = page.box(88, BASELINE, 11, Mark.CROSS);
    page.word("凶", crossed, 85f);
    page.text("その他", 93, BASELINE, POINTS);
    page.unread(car)
        .word("自動車", new Rectangle(car.x, car.y, crossed.x - 3 - car.x, car.height), 90f);

    ExtractedField read = read(page, choice("purpose", "使用目的", "年金", "自動車", "その他"));

    assertThat(read.value()).isEqualTo("その他");
  }

  @Test
  void optionsOcrReadNoneOfArePlacedByTheWordsOfInkAfterTheLabel() {
    // a circle round 無 made OCR skip the whole line after the label
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("配偶者", 20, BASELINE, POINTS);
    Rectangle yes = page.text("有", 66, BASELINE, POINTS);
    Rectangle none = page.text("無", 82, BASELINE, POINTS);
    page.circle(none, page.px(1.2), 3f).unread(yes).unread(none);

    ExtractedField read = read(page, choice("spouse", "配偶者", "有", "無"));

    assertThat(read.value()).isEqualTo("無");
    assertThat(read.confidence()).isEqualTo(80f);
    assertThat(read.reason()).contains("有, 無 not read by OCR");
  }

  @Test
  void optionsOcrReadNoneOfLeaveTheirBoxesOutOfTheirInk() {
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("配偶者", 20, BASELINE, POINTS);
    page.box(60, BASELINE, 11, Mark.EMPTY);
    Rectangle yes = page.text("有", 65, BASELINE, POINTS);
    page.box(76, BASELINE, 11, Mark.FILLED);
    Rectangle none = page.text("無", 81, BASELINE, POINTS);
    page.unread(yes).unread(none);

    ExtractedField read = read(page, choice("spouse", "配偶者", "有", "無"));

    assertThat(read.value()).isEqualTo("無");
    assertThat(read.rawText()).isEqualTo("□有 ☑無");
  }

  @Test
  void moreWordsOfInkThanOptionsAfterTheLabelAreNoChoice() {
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("配偶者", 20, BASELINE, POINTS);
    Rectangle yes = page.text("有", 66, BASELINE, POINTS);
    Rectangle none = page.text("無", 82, BASELINE, POINTS);
    Rectangle note = page.text("（別居）", 98, BASELINE, POINTS);
    page.circle(none, page.px(1.2), 3f).unread(yes).unread(none).unread(note);

    ExtractedField read = read(page, choice("spouse", "配偶者", "有", "無"));

    assertThat(read.status()).isEqualTo(MISSING);
  }

  @ParameterizedTest
  @CsvSource({"FILLED, EMPTY, 有", "EMPTY, TICK, 無"})
  void anUnreadOptionIsPlacedByItsTextNotByItsBox(Mark first, Mark second, String chosen) {
    // OCR read 有 but not 無: 無's place is the ink after 有 without the box printed before it
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("配偶者", 20, BASELINE, POINTS);
    page.box(60, BASELINE, 11, first);
    page.text("有", 65, BASELINE, POINTS);
    page.box(76, BASELINE, 11, second);
    Rectangle none = page.text("無", 81, BASELINE, POINTS);
    page.unread(none);

    ExtractedField read = read(page, choice("spouse", "配偶者", "有", "無"));

    assertThat(read.value()).isEqualTo(chosen);
  }

  @Test
  void anUnreadOptionBesideAFilledBoxIsFoundInTheInkBetweenItsNeighbours() {
    // in the gap between 転入 and 世帯変更, one text height tall, the filled box and 転居 are over a
    // quarter of the pixels: ink is told from paper with the paper above and below the line
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.text("異動の種別", 10, BASELINE, POINTS);
    page.box(50, BASELINE, 11, Mark.EMPTY);
    page.text("転入", 55, BASELINE, POINTS);
    page.box(64, BASELINE, 11, Mark.FILLED);
    Rectangle moved = page.text("転居", 69, BASELINE, POINTS);
    page.box(78, BASELINE, 11, Mark.EMPTY);
    page.text("世帯変更", 83, BASELINE, POINTS);
    page.unread(moved);

    ExtractedField read = read(page, choice("kind", "異動の種別", "転入", "転居", "世帯変更"));

    assertThat(read.value()).isEqualTo("転居");
    assertThat(read.rawText()).isEqualTo("□転入 ☑転居 □世帯変更");
  }

  @Test
  void aChoicesTextHeightIsMeasuredOnItsOptionsAsWellAsItsLabel() {
    // OCR's box of the label 異動 reaches half a line above its glyphs: taken for the text's height,
    // the place inferred for 世帯変更 (OCR did not read it) would be far wider than its text and cover
    // its crossed box
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    Rectangle label = page.text("異動", 10, BASELINE, POINTS);
    page.unread(label)
        .word(
            "異動",
            new Rectangle(label.x, label.y - label.height / 2, label.width, 3 * label.height / 2),
            95f);
    page.box(50, BASELINE, 11, Mark.EMPTY);
    page.text("転入", 55, BASELINE, POINTS);
    page.box(70, BASELINE, 11, Mark.EMPTY);
    page.text("転居", 75, BASELINE, POINTS);
    page.box(90, BASELINE, 11, Mark.CROSS);
    page.unread(page.text("世帯変更", 95, BASELINE, POINTS));

    ExtractedField read = read(page, choice("kind", "異動", "転入", "転居", "世帯変更"));

    assertThat(read.value()).isEqualTo("世帯変更");
    assertThat(read.rawText()).isEqualTo("□転入 □転居 ☑世帯変更");
  }

  @Test
  void readsTheFirstBoxOfAZoneWhenItsLabelIsNowhere() {
    MarkedPages page = MarkedPages.strip(300, 180, 50);
    page.box(150, BASELINE, 11, Mark.TICK);
    page.text("確認", 20, BASELINE, POINTS);
    FieldDefinition field =
        new FieldDefinition(
            "checked",
            "担当者確認",
            List.of("担当者確認"),
            FieldType.CHECKBOX,
            false,
            50,
            new Zone(0.7, 0, 0.3, 1));

    ExtractedField read = read(page, field);

    assertThat(read.value()).isEqualTo(true);
    assertThat(read.reason()).contains("first box in the zone");
  }
}
