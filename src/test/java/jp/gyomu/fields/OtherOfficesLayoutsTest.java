package jp.gyomu.fields;

import static jp.gyomu.fields.ExtractedField.Status.MISSING;
import static jp.gyomu.fields.TestPages.CHAR;
import static jp.gyomu.fields.TestPages.at;
import static jp.gyomu.fields.TestPages.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.ocr.PageText;
import org.junit.jupiter.api.Test;

/** The shipped templates read other offices' versions of the same documents. */
class OtherOfficesLayoutsTest {

  private static final FieldTemplate TRAVEL =
      FieldTemplateLoader.load(Path.of("processes/travel-expense.fields.yaml"));
  private static final FieldTemplate INVOICE =
      FieldTemplateLoader.load(Path.of("processes/invoice.fields.yaml"));
  private static final FieldTemplate SUBSIDY =
      FieldTemplateLoader.load(Path.of("processes/subsidy-application.fields.yaml"));
  private static final FieldTemplate STATUS_REPORT =
      FieldTemplateLoader.load(Path.of("bench/forms/benefit-status-report.fields.yaml"));

  private static ExtractedField field(PageText page, FieldTemplate template, String name) {
    return FieldExtractor.extract(page, template).field(name).orElseThrow();
  }

  @Test
  void readsThePurposeUnderTheLabelsOtherOfficesPrint() {
    for (String label : List.of("件名", "目的", "出張目的", "用務")) {
      PageText page = page().row(500, at(100, label), at(300, "県道改良工事の現地確認")).build();

      assertThat(field(page, TRAVEL, "purpose").value()).as(label).isEqualTo("県道改良工事の現地確認");
    }
  }

  @Test
  void readsTheTravellerAndTheInvoiceDateUnderTheirOtherNames() {
    PageText travel = page().row(300, at(100, "出張者"), at(300, "佐藤 一郎")).build();
    PageText invoice = page().row(200, at(1000, "発行日"), at(1150, "令和6年6月10日")).build();

    assertThat(field(travel, TRAVEL, "applicantName").value()).isEqualTo("佐藤一郎");
    assertThat(field(invoice, INVOICE, "invoiceDate").value()).isEqualTo(LocalDate.of(2024, 6, 10));
  }

  @Test
  void readsTheOrganisationUnderLabelsOtherOfficesPrint() {
    for (String label : List.of("法人名", "事業者名", "団体の名称", "申請者")) {
      PageText page = page().row(260, at(800, label), at(1100, "一般社団法人みどりの森")).build();

      assertThat(field(page, SUBSIDY, "organisationName").value())
          .as(label)
          .isEqualTo("一般社団法人みどりの森");
    }
  }

  @Test
  void readsADateFarRightOfItsLabelAcrossAnEmptyStretch() {
    PageText page =
        page()
            .row(200, at(100, "申請日"), at(1250, "令和6年6月10日"))
            .row(300, at(100, "氏名"), at(300, "佐藤一郎"))
            .build();

    assertThat(field(page, TRAVEL, "applicationDate").value()).isEqualTo(LocalDate.of(2024, 6, 10));
  }

  @Test
  void readsAValueAcrossARuledCellThatOcrReadAsABar() {
    // 申請日 | (empty label-cell padding) ... | 令和6年6月10日: the rule before the gap is noise
    PageText page = page().row(200, at(100, "申請日"), at(300, "|"), at(1250, "令和6年6月10日")).build();

    assertThat(field(page, TRAVEL, "applicationDate").value()).isEqualTo(LocalDate.of(2024, 6, 10));
  }

  @Test
  void takesTheTotalUnderThreeLineAmountsNotTheFirstOfThem() {
    PageText page =
        page()
            .row(100, at(700, "旅費精算書"))
            .row(600, at(100, "区分"), at(700, "金額"))
            .row(650, at(100, "交通費"), at(700, "12,340"))
            .row(700, at(100, "宿泊費"), at(700, "9,800"))
            .row(750, at(100, "日当"), at(700, "2,200"))
            .row(800, at(100, "合計"), at(700, "24,340円"))
            .build();

    assertThat(field(page, TRAVEL, "totalAmount").value()).isEqualTo(24_340L);
  }

  @Test
  void takesTheInvoicesTotalNotItsSubtotalNorALineAmount() {
    PageText page =
        page()
            .row(100, at(700, "請求書"))
            .row(500, at(100, "品名"), at(700, "数量"), at(900, "単価"), at(1200, "金額"))
            .row(550, at(100, "保守作業"), at(700, "1"), at(900, "100,000"), at(1200, "100,000"))
            .row(600, at(100, "消耗品"), at(700, "2"), at(900, "5,000"), at(1200, "10,000"))
            .row(650, at(900, "小計"), at(1200, "110,000"))
            .row(700, at(900, "消費税(10%)"), at(1200, "11,000"))
            .row(750, at(900, "合計"), at(1200, "121,000"))
            .build();

    assertThat(field(page, INVOICE, "totalAmount").value()).isEqualTo(121_000L);
  }

  @Test
  void readsTheTaxAcrossTheRatePrintedInBracketsAfterItsLabel() {
    PageText page =
        page()
            .row(900, at(1200, "小計"), at(1800, "802,480"))
            .row(1000, at(1200, "消費税"), at(1350, "(10%)"), at(1800, "80,248"))
            .row(1100, at(1200, "合計"), at(1800, "882,728"))
            .build();

    assertThat(field(page, INVOICE, "tax").value()).isEqualTo(80248L);
    assertThat(field(page, INVOICE, "totalAmount").value()).isEqualTo(882728L);
  }

  @Test
  void readsTheProjectUnderItsHeaderCellNotTheContactHeaderBesideIt() {
    PageText page =
        page()
            .row(900, at(100, "補助事業名"), at(1200, "連絡先"))
            .row(1000, at(100, "地域公共交通利用促進事業"), at(1200, "藤田浩二（電話 05-4510-3057）"))
            .build();

    assertThat(field(page, SUBSIDY, "projectName").value()).isEqualTo("地域公共交通利用促進事業");
  }

  @Test
  void takesTheTotalBesideAMisreadTotalLabelNotUnderTheAmountColumnsHeader() {
    PageText page =
        page()
            .row(700, at(100, "区分"), at(600, "金額"))
            .row(800, at(100, "交通費"), at(600, "44,950"))
            .row(900, at(100, "宿泊費"), at(600, "9,800"))
            .row(1000, at(100, "旅費合語"), at(600, "54,750円"))
            .build();

    assertThat(field(page, TRAVEL, "totalAmount").value()).isEqualTo(54750L);
  }

  @Test
  void readsTheInvoicesHeadlineTotalUnderItsOtherNames() {
    for (String label : List.of("総額", "合計金額", "ご請求額", "請求金額")) {
      PageText page =
          page()
              .row(400, at(100, label), at(400, "¥121,000-"))
              .row(500, at(100, "品名"), at(1200, "金額"))
              .row(550, at(100, "保守作業"), at(1200, "100,000"))
              .build();

      assertThat(field(page, INVOICE, "totalAmount").value()).as(label).isEqualTo(121_000L);
    }
  }

  @Test
  void findsTheInvoicesIssuerInTheUnlabelledBlockAtTheTopRight() {
    PageText page =
        page()
            .row(80, at(700, "請求書"))
            .row(160, at(100, "みどり市役所 御中"), at(1050, "有限会社みどり商事"))
            .row(200, at(1050, "〒100-0001"))
            .row(240, at(1050, "東京都千代田区千代田1-1"))
            .row(280, at(1050, "TEL 03-1234-5678"))
            .row(320, at(1050, "登録番号 T1234567890123"))
            .row(420, at(100, "ご請求金額"), at(400, "¥121,000-"))
            .build();

    ExtractedField issuer = field(page, INVOICE, "issuer");

    assertThat(issuer.value()).isEqualTo("有限会社みどり商事");
    assertThat(issuer.box().y).isEqualTo(160);
  }

  @Test
  void prefersALabelledIssuerAnywhereToTheBlockAtTheTopRight() {
    PageText page =
        page()
            .row(160, at(1050, "株式会社ひかり物産"))
            .row(1500, at(100, "発行者"), at(300, "合同会社みどり商事"))
            .build();

    assertThat(field(page, INVOICE, "issuer").value()).isEqualTo("合同会社みどり商事");
  }

  @Test
  void doesNotTakeTheAddresseeForTheIssuer() {
    PageText page = page().row(160, at(1000, "株式会社みどり 御中")).build();

    ExtractedField issuer = field(page, INVOICE, "issuer");

    assertThat(issuer.status()).isEqualTo(MISSING);
    assertThat(issuer.reason()).contains("nor a name in its zone");
  }

  @Test
  void readsAValueInTheCellUnderItsHeaderCellRowsApart() {
    // ruled cells: the label in a strip on top, the value in a tall cell below it
    PageText page =
        page()
            .row(300, at(100, "出張先"), at(800, "目的"))
            .row(390, at(110, "大阪府庁"), at(810, "広域連携会議への出席"))
            .build();

    FieldExtraction extraction = FieldExtractor.extract(page, TRAVEL);

    assertThat(extraction.values())
        .containsEntry("destination", "大阪府庁")
        .containsEntry("purpose", "広域連携会議への出席");
  }

  @Test
  void continuesAnAddressOnTheNextLineWhereTheTemplateSaysTwoLines() {
    PageText page =
        page()
            .row(220, at(800, "所在地"), at(1000, "東京都千代田区霞が関"))
            .row(255, at(1000, "一丁目2番3号 みどりビル4階"))
            .row(300, at(800, "団体名"), at(1000, "NPO法人さくら"))
            .build();

    FieldExtraction extraction = FieldExtractor.extract(page, SUBSIDY);

    assertThat(extraction.values())
        .containsEntry("address", "東京都千代田区霞が関一丁目2番3号みどりビル4階")
        .containsEntry("organisationName", "NPO法人さくら");
    assertThat(extraction.field("address").orElseThrow().box())
        .isEqualTo(new Rectangle(1000, 220, 15 * CHAR, 255 + CHAR - 220));
  }

  @Test
  void doesNotContinueAValueIntoTheNextFieldsRow() {
    PageText page =
        page()
            .row(220, at(800, "所在地"), at(1000, "東京都千代田区霞が関1-2-3"))
            .row(255, at(800, "代表者"), at(1000, "理事長 山田花子"))
            .build();

    assertThat(FieldExtractor.extract(page, SUBSIDY).values())
        .containsEntry("address", "東京都千代田区霞が関1-2-3")
        .containsEntry("representative", "理事長山田花子");
  }

  @Test
  void readsOneLineOnlyWhereTheTemplateSaysNothingOfLines() {
    PageText page =
        page().row(400, at(100, "出張先"), at(300, "大阪府庁")).row(435, at(300, "別館会議室")).build();

    assertThat(field(page, TRAVEL, "destination").value()).isEqualTo("大阪府庁");
  }

  @Test
  void keepsALabelAndItsFarValueOnOneRowOfASkewedScan() {
    // a page scanned 1.5° clockwise; OCR deskewed it to read it but reports boxes on the scan
    PageText straight =
        page()
            .row(200, at(100, "申請日"), at(1300, "令和6年6月10日"))
            .row(240, at(100, "氏名"), at(1300, "佐藤一郎"))
            .build();
    PageText scanned = skewed(straight, 1.5);

    FieldExtraction extraction = FieldExtractor.extract(scanned, TRAVEL);

    assertThat(extraction.values())
        .containsEntry("applicationDate", LocalDate.of(2024, 6, 10))
        .containsEntry("applicantName", "佐藤一郎");
  }

  @Test
  void takesALabelWithAMisreadLastCharacterWholeNotAsLabelAndValue() {
    PageText page = page().row(300, at(100, "所属部暫"), at(400, "健康福祉部環境政策課")).build();

    assertThat(field(page, TRAVEL, "department").value()).isEqualTo("健康福祉部環境政策課");
  }

  @Test
  void keepsAValueThatStartsLikeTheLabelsLongerVariant() {
    // 代表者 followed by 代表理事: not a misread 代表者名 followed by 表理事
    PageText page = page().row(300, at(800, "代表者"), at(900, "代表理事 山田花子")).build();

    assertThat(field(page, SUBSIDY, "representative").value()).isEqualTo("代表理事山田花子");
  }

  @Test
  void neverTakesTheTitleForAMisreadLabel() {
    // 請求書 is one character from the issuer's label 請求元
    PageText page = page().row(100, at(700, "請求書（適格請求書）")).row(160, at(1050, "株式会社みどり商事")).build();

    assertThat(field(page, INVOICE, "issuer").value()).isEqualTo("株式会社みどり商事");
  }

  @Test
  void findsTheIssuerWhoseNameOcrSpacedUnevenly() {
    PageText page =
        page()
            .row(160, at(1050, "合同"), at(1130, "会"), at(1180, "社みどり商事"))
            .row(200, at(1050, "〒100-0001"))
            .build();

    assertThat(field(page, INVOICE, "issuer").value()).isEqualTo("合同会社みどり商事");
  }

  /** The page as scanned turned clockwise by {@code degrees}, with the deskew OCR applied. */
  private static PageText skewed(PageText page, double degrees) {
    AffineTransform turn =
        AffineTransform.getRotateInstance(
            Math.toRadians(degrees), page.width() / 2.0, page.height() / 2.0);
    List<OcrWord> words =
        page.words().stream()
            .map(
                w -> {
                  Point2D centre =
                      turn.transform(
                          new Point2D.Double(w.box().getCenterX(), w.box().getCenterY()), null);
                  Rectangle box =
                      new Rectangle(
                          (int) (centre.getX() - w.box().width / 2.0),
                          (int) (centre.getY() - w.box().height / 2.0),
                          w.box().width,
                          w.box().height);
                  return new OcrWord(w.text(), w.confidence(), box);
                })
            .toList();
    return new PageText(
        page.text(),
        words,
        page.meanConfidence(),
        page.width(),
        page.height(),
        page.dpi(),
        0,
        -degrees,
        page.languages());
  }

  @Test
  void aFieldLabelAmongATablesColumnHeadersIsNotTheFieldsLabel() {
    // 氏名 labels the applicant and heads the children table's name column
    for (String label : List.of("受給者氏名", "氏名")) {
      PageText page =
          page()
              .row(300, at(100, label), at(400, "山田 太郎"))
              .row(600, at(100, "氏名"), at(500, "生年月日"), at(900, "続柄"))
              .row(660, at(100, "山田 花子"), at(500, "令和2年4月1日"), at(900, "長女"))
              .build();

      assertThat(field(page, STATUS_REPORT, "applicantName").value()).as(label).isEqualTo("山田太郎");
    }
  }

  @Test
  void aLineOfLabelledValuesIsNoTableHeaderEvenWithTheColumnsLabels() {
    PageText page =
        page()
            .row(300, at(100, "氏名"), at(250, "山田 太郎"), at(600, "生年月日"), at(800, "昭和60年1月2日"))
            .row(360, at(100, "続柄"), at(250, "本人"))
            .build();

    assertThat(field(page, STATUS_REPORT, "applicantName").value()).isEqualTo("山田太郎");
  }
}
