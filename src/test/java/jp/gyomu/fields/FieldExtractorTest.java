package jp.gyomu.fields;

import static jp.gyomu.fields.ExtractedField.Status.INVALID;
import static jp.gyomu.fields.ExtractedField.Status.LOW_CONFIDENCE;
import static jp.gyomu.fields.ExtractedField.Status.MISSING;
import static jp.gyomu.fields.ExtractedField.Status.OK;
import static jp.gyomu.fields.TestPages.CHAR;
import static jp.gyomu.fields.TestPages.at;
import static jp.gyomu.fields.TestPages.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.gyomu.ocr.PageText;
import org.junit.jupiter.api.Test;

class FieldExtractorTest {

  private static final FieldTemplate TRAVEL =
      FieldTemplateLoader.load(Path.of("processes/travel-expense.fields.yaml"));
  private static final FieldTemplate INVOICE =
      FieldTemplateLoader.load(Path.of("processes/invoice.fields.yaml"));
  private static final FieldTemplate SUBSIDY =
      FieldTemplateLoader.load(Path.of("processes/subsidy-application.fields.yaml"));

  /** A clean 旅費精算書 with every label and value on one line. */
  private static TestPages travelForm() {
    return page()
        .row(100, at(700, "旅費精算書"))
        .row(200, at(1100, "申請日"), at(1220, "令和2年9月30日"))
        .row(300, at(100, "所属"), at(200, "総務部総務課"), at(800, "氏名"), at(900, "山田 太郎"))
        .row(400, at(100, "出張先"), at(250, "東京都千代田区霞が関"))
        .row(500, at(100, "用務"), at(250, "全国自治体DX会議への出席"))
        .row(600, at(100, "金額"), at(250, "¥12,345"), at(1300, "備考"));
  }

  private static ExtractedField field(FieldExtraction extraction, String name) {
    return extraction.field(name).orElseThrow();
  }

  @Test
  void readsEveryFieldOfACleanFormWithTheValueRightOfTheLabel() {
    FieldExtraction extraction = FieldExtractor.extract(travelForm().build(), TRAVEL);

    assertThat(extraction.documentType()).isEqualTo("travel-expense");
    assertThat(extraction.values())
        .containsEntry("applicationDate", LocalDate.of(2020, 9, 30))
        .containsEntry("department", "総務部総務課")
        .containsEntry("applicantName", "山田太郎")
        .containsEntry("destination", "東京都千代田区霞が関")
        .containsEntry("purpose", "全国自治体DX会議への出席")
        .containsEntry("totalAmount", 12345L);
    assertThat(extraction.fields()).allSatisfy(f -> assertThat(f.status()).isEqualTo(OK));
    assertThat(extraction.needsReview()).isFalse();
  }

  @Test
  void keepsTheRawTextAndTheUnionOfTheValuesWordBoxes() {
    ExtractedField date =
        field(FieldExtractor.extract(travelForm().build(), TRAVEL), "applicationDate");

    assertThat(date.rawText()).isEqualTo("令和2年9月30日");
    // 令 和 2 年 9 月 30 日: nine characters wide
    assertThat(date.box()).isEqualTo(new Rectangle(1220, 200, 9 * CHAR, CHAR));
    assertThat(date.page()).isZero();
    assertThat(date.confidence()).isEqualTo(TestPages.GOOD);
  }

  @Test
  void stopsAValueAtTheNextLabelOnTheSameLine() {
    ExtractedField department =
        field(FieldExtractor.extract(travelForm().build(), TRAVEL), "department");

    assertThat(department.rawText()).isEqualTo("総務部総務課");
  }

  @Test
  void stopsAValueAtAGapWideEnoughToBeACellBorder() {
    ExtractedField amount =
        field(FieldExtractor.extract(travelForm().build(), TRAVEL), "totalAmount");

    assertThat(amount.rawText()).isEqualTo("¥12,345");
  }

  @Test
  void groupsWordsIntoRowsByTheirBoxesWhateverTheReadingOrder() {
    FieldExtraction extraction = FieldExtractor.extract(travelForm().shuffled(), TRAVEL);

    assertThat(extraction.values())
        .containsEntry("applicantName", "山田太郎")
        .containsEntry("totalAmount", 12345L);
  }

  @Test
  void readsTheValueBelowALabelThatEndsItsLine() {
    PageText page = page().row(200, at(1100, "申請日")).row(240, at(1080, "令和2年9月30日")).build();

    ExtractedField date = field(FieldExtractor.extract(page, TRAVEL), "applicationDate");

    assertThat(date.value()).isEqualTo(LocalDate.of(2020, 9, 30));
    assertThat(date.box().y).isEqualTo(240);
  }

  @Test
  void readsValuesBelowAHeaderRowColumnByColumn() {
    PageText page =
        page()
            .row(200, at(100, "申請日"), at(700, "氏名"), at(1100, "所属"))
            .row(240, at(100, "令和2年9月30日"), at(700, "山田太郎"), at(1100, "総務課"))
            .build();

    FieldExtraction extraction = FieldExtractor.extract(page, TRAVEL);

    assertThat(extraction.values())
        .containsEntry("applicationDate", LocalDate.of(2020, 9, 30))
        .containsEntry("applicantName", "山田太郎")
        .containsEntry("department", "総務課");
  }

  @Test
  void doesNotTakeAValueFromALineFarBelowTheLabel() {
    PageText page = page().row(200, at(100, "申請日")).row(600, at(100, "令和2年9月30日")).build();

    assertThat(field(FieldExtractor.extract(page, TRAVEL), "applicationDate").status())
        .isEqualTo(MISSING);
  }

  @Test
  void findsALabelWithOneMisreadCharacter() {
    PageText page = page().row(200, at(100, "申請目"), at(220, "令和2年9月30日")).build();

    ExtractedField date = field(FieldExtractor.extract(page, TRAVEL), "applicationDate");

    assertThat(date.value()).isEqualTo(LocalDate.of(2020, 9, 30));
    assertThat(date.status()).isEqualTo(OK);
  }

  @Test
  void ignoresSpacesInsideLabelsAndAFullWidthColon() {
    PageText page = page().row(200, at(100, "氏 名："), at(300, "山田太郎")).build();

    assertThat(FieldExtractor.extract(page, TRAVEL).values())
        .containsEntry("applicantName", "山田太郎");
  }

  @Test
  void normalisesFullWidthDigits() {
    PageText page = page().row(600, at(100, "金額"), at(250, "１２，３４５円")).build();

    assertThat(FieldExtractor.extract(page, TRAVEL).values()).containsEntry("totalAmount", 12345L);
  }

  @Test
  void givesALongerLabelItsOwnCharacters() {
    PageText page = page().row(400, at(100, "用務先"), at(250, "大阪府庁")).build();

    FieldExtraction extraction = FieldExtractor.extract(page, TRAVEL);

    assertThat(extraction.values()).containsEntry("destination", "大阪府庁");
    assertThat(field(extraction, "purpose").status()).isEqualTo(MISSING);
  }

  @Test
  void reportsAMissingRequiredFieldAndAsksForReview() {
    PageText page = travelForm().build();
    PageText withoutPurpose =
        page()
            .row(200, at(1100, "申請日"), at(1220, "令和2年9月30日"))
            .row(600, at(100, "金額"), at(250, "¥12,345"))
            .build();

    ExtractedField purpose = field(FieldExtractor.extract(withoutPurpose, TRAVEL), "purpose");

    assertThat(purpose.status()).isEqualTo(MISSING);
    assertThat(purpose.value()).isNull();
    assertThat(purpose.reason()).startsWith("none of the labels [用務, 出張目的, ").endsWith("] found");
    assertThat(purpose.needsReview()).isTrue();
    assertThat(FieldExtractor.extract(withoutPurpose, TRAVEL).needsReview()).isTrue();
    assertThat(FieldExtractor.extract(page, TRAVEL).needsReview()).isFalse();
  }

  @Test
  void reportsALabelWithoutAValueAsMissing() {
    PageText page = page().row(500, at(100, "用務")).build();

    ExtractedField purpose = field(FieldExtractor.extract(page, TRAVEL), "purpose");

    assertThat(purpose.status()).isEqualTo(MISSING);
    assertThat(purpose.reason()).contains("no value beside or below it");
  }

  @Test
  void keepsALowConfidenceValueButMarksItForReview() {
    PageText page = page().row(600, at(100, "金額"), at(250, "¥12,345", 41f)).build();

    ExtractedField amount = field(FieldExtractor.extract(page, TRAVEL), "totalAmount");

    assertThat(amount.status()).isEqualTo(LOW_CONFIDENCE);
    assertThat(amount.value()).isEqualTo(12345L);
    assertThat(amount.confidence()).isEqualTo(41f);
    assertThat(amount.reason()).isEqualTo("OCR confidence 41 is below 50");
    assertThat(amount.needsReview()).isTrue();
  }

  @Test
  void judgesConfidenceByTheWeakestWordAndAlsoGivesTheMean() {
    PageText page =
        page()
            .row(600, at(100, "金額"), at(250, "¥12,", 90f), at(250 + 4 * CHAR, "345", 60f))
            .build();

    ExtractedField amount = field(FieldExtractor.extract(page, TRAVEL), "totalAmount");

    assertThat(amount.confidence()).isEqualTo(60f);
    assertThat(amount.meanConfidence()).isEqualTo(75f);
  }

  @Test
  void reportsAnImpossibleDateAsInvalidWithTheReason() {
    PageText page = page().row(200, at(100, "申請日"), at(220, "令和2年2月30日")).build();

    ExtractedField date = field(FieldExtractor.extract(page, TRAVEL), "applicationDate");

    assertThat(date.status()).isEqualTo(INVALID);
    assertThat(date.rawText()).isEqualTo("令和2年2月30日");
    assertThat(date.reason()).isEqualTo("day 30 does not exist in 2020-02");
    assertThat(date.needsReview()).isTrue();
  }

  @Test
  void passesANormalisersCaveatOnWithAnOkValue() {
    PageText page = page().row(200, at(100, "申請日"), at(220, "平成31年5月1日")).build();

    ExtractedField date = field(FieldExtractor.extract(page, TRAVEL), "applicationDate");

    assertThat(date.status()).isEqualTo(OK);
    assertThat(date.reason()).contains("after 平成 ended");
  }

  @Test
  void prefersTheFirstLabelVariantOfTheTemplate() {
    PageText page =
        page()
            .row(100, at(700, "請求書"))
            .row(300, at(100, "ご請求金額"), at(300, "¥110,000-"))
            .row(500, at(100, "品名"), at(700, "数量"), at(1000, "金額"))
            .row(540, at(100, "保守作業一式"), at(700, "1"), at(1000, "100,000"))
            .build();

    ExtractedField amount = field(FieldExtractor.extract(page, INVOICE), "totalAmount");

    assertThat(amount.value()).isEqualTo(110_000L);
  }

  @Test
  void triesTheNextLabelWhenTheFirstHasNoValidValue() {
    PageText page =
        page()
            .row(300, at(100, "金額"), at(250, "別紙のとおり"))
            .row(600, at(100, "金額"), at(250, "12,345円"))
            .build();

    assertThat(FieldExtractor.extract(page, TRAVEL).values()).containsEntry("totalAmount", 12345L);
  }

  @Test
  void readsAPdfTextLayerWithoutBoxesAtItsFullConfidence() {
    PageText page = travelForm().textLayer();

    FieldExtraction extraction = FieldExtractor.extract(page, TRAVEL);

    assertThat(extraction.values())
        .containsEntry("applicationDate", LocalDate.of(2020, 9, 30))
        .containsEntry("applicantName", "山田太郎")
        .containsEntry("totalAmount", 12345L);
    assertThat(field(extraction, "totalAmount").box()).isNull();
    assertThat(field(extraction, "totalAmount").confidence()).isEqualTo(100f);
  }

  @Test
  void readsAFieldFromALaterPageAndSaysWhichPage() {
    PageText first = page().row(200, at(1000, "申請日"), at(1120, "令和2年9月30日")).build();
    PageText second = page().row(200, at(100, "交付申請額"), at(300, "金1,500,000円")).build();

    FieldExtraction extraction =
        FieldExtractor.extract(
            List.of(FieldPage.textOnly(first), FieldPage.textOnly(second)), SUBSIDY);

    assertThat(field(extraction, "applicationDate").page()).isZero();
    assertThat(field(extraction, "requestedAmount").page()).isEqualTo(1);
    assertThat(field(extraction, "requestedAmount").value()).isEqualTo(1_500_000L);
    assertThat(field(extraction, "representative").page()).isEqualTo(-1);
  }

  @Test
  void doesNotReadTheApplicationAmountAsTheApplicationDate() {
    PageText page =
        page()
            .row(200, at(1000, "申請日"), at(1120, "令和2年9月30日"))
            .row(300, at(1000, "申請額"), at(1120, "500,000円"))
            .build();

    FieldExtraction extraction = FieldExtractor.extract(page, SUBSIDY);

    assertThat(extraction.values())
        .containsEntry("applicationDate", LocalDate.of(2020, 9, 30))
        .containsEntry("requestedAmount", 500_000L);
  }

  @Test
  void looksOnlyInsideAFieldsZone() {
    FieldDefinition amountAtTheBottom =
        new FieldDefinition(
            "total", "金額", List.of("金額"), FieldType.AMOUNT, true, 60, new Zone(0, 0.5, 1, 0.5));
    FieldTemplate template =
        new FieldTemplate(
            "zoned", "領収書", "Receipt", "jpn", List.of(), List.of(), List.of(amountAtTheBottom));
    PageText page =
        page()
            .row(300, at(100, "金額"), at(250, "100円"))
            .row(1800, at(100, "金額"), at(250, "2,000円"))
            .build();

    assertThat(FieldExtractor.extract(page, template).values()).containsEntry("total", 2000L);
  }

  @Test
  void findsALabelledValueOutsideTheZoneWhenTheZoneHasNone() {
    FieldDefinition dateTopRight =
        new FieldDefinition(
            "applicationDate",
            "申請日",
            List.of("申請日"),
            FieldType.DATE,
            true,
            60,
            new Zone(0.5, 0, 0.5, 0.3));
    FieldTemplate template =
        new FieldTemplate(
            "zoned", "申請書", "Application", "jpn", List.of(), List.of(), List.of(dateTopRight));
    PageText page = page().row(1200, at(100, "申請日"), at(400, "令和6年6月10日")).build();

    assertThat(FieldExtractor.extract(page, template).values())
        .containsEntry("applicationDate", LocalDate.of(2024, 6, 10));
  }

  @Test
  void readsAWholeInvoice() {
    PageText page =
        page()
            .row(80, at(700, "御請求書"))
            .row(160, at(100, "霞が関市役所 御中"), at(1000, "請求日"), at(1120, "令和2年9月30日"))
            .row(200, at(1000, "請求書番号"), at(1180, "No.2020-0456"))
            .row(260, at(100, "下記のとおりご請求申し上げます。"), at(1000, "発行者"), at(1120, "株式会社サンプル商事"))
            .row(300, at(1000, "〒100-0001 東京都千代田区千代田1-1"))
            .row(420, at(100, "ご請求金額"), at(260, "¥110,000-"), at(560, "（税込）"))
            .row(480, at(100, "お支払期限"), at(260, "令和2年10月31日"))
            .row(560, at(100, "品名"), at(700, "数量"), at(1000, "金額"))
            .row(600, at(100, "保守作業一式"), at(700, "1"), at(1000, "100,000"))
            .build();

    FieldExtraction extraction = FieldExtractor.extract(page, INVOICE);

    assertThat(extraction.values())
        .containsEntry("invoiceDate", LocalDate.of(2020, 9, 30))
        .containsEntry("invoiceNumber", "No.2020-0456")
        .containsEntry("issuer", "株式会社サンプル商事")
        .containsEntry("totalAmount", 110_000L)
        .containsEntry("dueDate", LocalDate.of(2020, 10, 31));
    assertThat(extraction.needsReview()).isFalse();
  }

  @Test
  void readsAWholeSubsidyApplicationWithItsUnlabelledDate() {
    PageText page =
        page()
            .row(80, at(100, "様式第1号（第4条関係）"))
            .row(120, at(1300, "令和2年9月30日"))
            .row(160, at(100, "○○市長 様"))
            .row(220, at(800, "申請者"), at(1000, "所在地"), at(1120, "東京都千代田区霞が関1-2-3"))
            .row(260, at(1000, "団体名"), at(1120, "NPO法人さくら"))
            .row(300, at(1000, "代表者"), at(1120, "理事長 山田 花子"))
            .row(380, at(400, "令和2年度地域振興補助金交付申請書"))
            .row(440, at(100, "標記の補助金の交付を受けたいので、下記のとおり申請します。"))
            .row(500, at(100, "1 事業名"), at(400, "地域の見守り活動"))
            .row(540, at(100, "2 交付申請額"), at(400, "金500,000円"))
            .build();

    FieldExtraction extraction = FieldExtractor.extract(page, SUBSIDY);

    assertThat(extraction.values())
        .containsEntry("applicationDate", LocalDate.of(2020, 9, 30))
        .containsEntry("organisationName", "NPO法人さくら")
        .containsEntry("representative", "理事長山田花子")
        .containsEntry("address", "東京都千代田区霞が関1-2-3")
        .containsEntry("projectName", "地域の見守り活動")
        .containsEntry("requestedAmount", 500_000L);
    assertThat(extraction.needsReview()).isFalse();
  }

  @Test
  void doesNotTakeALabelWithAMisreadCharacterFromInsideASentence() {
    PageText page = page().row(440, at(100, "下記のとおり申請します。令和2年9月30日")).build();

    assertThat(field(FieldExtractor.extract(page, TRAVEL), "applicationDate").status())
        .isEqualTo(MISSING);
  }

  @Test
  void doesNotAskForReviewOfAnOptionalFieldThatIsInvalid() {
    PageText page =
        page()
            .row(160, at(1000, "請求日"), at(1120, "令和2年9月30日"))
            .row(200, at(1000, "請求書番号"), at(1180, "12345"))
            .row(260, at(1000, "発行者"), at(1120, "株式会社サンプル商事"))
            .row(420, at(100, "ご請求金額"), at(260, "¥110,000"))
            .row(480, at(100, "お支払期限"), at(260, "別途ご相談"))
            .build();

    FieldExtraction extraction = FieldExtractor.extract(page, INVOICE);

    assertThat(field(extraction, "dueDate").status()).isEqualTo(INVALID);
    assertThat(field(extraction, "dueDate").needsReview()).isFalse();
    assertThat(extraction.needsReview()).isFalse();
  }

  @Test
  void findsNoValueBelowWhenNothingStandsInTheLabelsColumn() {
    PageText page = page().row(200, at(1100, "申請日")).row(240, at(100, "令和2年9月30日")).build();

    assertThat(field(FieldExtractor.extract(page, TRAVEL), "applicationDate").status())
        .isEqualTo(MISSING);
  }
}
