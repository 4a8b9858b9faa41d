package jp.gyomu.fields;

import static jp.gyomu.fields.ExtractedField.Status.MISSING;
import static jp.gyomu.fields.TestPages.at;
import static jp.gyomu.fields.TestPages.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import jp.gyomu.ocr.PageText;
import org.junit.jupiter.api.Test;

/** Labels OCR read with a character wrong or lost, on the shipped templates. */
class MisreadLabelsTest {

  private static final FieldTemplate TRAVEL =
      FieldTemplateLoader.load(Path.of("processes/travel-expense.fields.yaml"));
  private static final FieldTemplate INVOICE =
      FieldTemplateLoader.load(Path.of("processes/invoice.fields.yaml"));
  private static final FieldTemplate SUBSIDY =
      FieldTemplateLoader.load(Path.of("processes/subsidy-application.fields.yaml"));

  private static ExtractedField field(PageText page, FieldTemplate template, String name) {
    return FieldExtractor.extract(page, template).field(name).orElseThrow();
  }

  @Test
  void takesALabelWithItsLastCharacterLostRatherThanTheValuesFirstCharacter() {
    // 申請者 read as 申請: 申請青 is one edit from 申請者 too, but a label ends before a gap
    PageText page = page().row(300, at(100, "申請"), at(300, "青葉システム株式会社")).build();

    assertThat(field(page, SUBSIDY, "organisationName").value()).isEqualTo("青葉システム株式会社");
  }

  @Test
  void doesNotReadAMisreadLabelFromASentenceCutByTheZonesEdge() {
    // the issuer's zone starts at 45% of the page width (744 px): it cuts the sentence after ご
    PageText page =
        page()
            .row(100, at(1100, "株式会社サンプル商事"))
            .row(400, at(540, "下記のとおりご"), at(750, "請求"), at(820, "いたします。"))
            .build();

    assertThat(field(page, INVOICE, "issuer").value()).isEqualTo("株式会社サンプル商事");
  }

  @Test
  void readsATwoCharacterLabelWithOneMisreadCharacterWhenItStandsAloneInItsCell() {
    PageText page = page().row(500, at(100, "用聞"), at(250, "防災担当者連絡会議への出席")).build();

    assertThat(field(page, TRAVEL, "purpose").value()).isEqualTo("防災担当者連絡会議への出席");
  }

  @Test
  void readsTheValueBelowALongLabelReadWithOneCharacterWrongInAGridOfTwoColumns() {
    FieldTemplate care =
        FieldTemplateLoader.load(Path.of("bench/forms/care-needs-application.fields.yaml"));
    PageText page =
        page()
            .row(500, at(100, "かかりつげ医"), at(900, "主治医の医療機関"))
            .row(560, at(100, "青木恵子"), at(900, "中央歯科医院"))
            .build();

    assertThat(field(page, care, "doctorName").value()).isEqualTo("青木恵子");
    assertThat(field(page, care, "clinic").value()).isEqualTo("中央歯科医院");
  }

  @Test
  void takesNoValueFromTheNextLineForAMisreadLabelWhoseOwnValueIsBlank() {
    // the demo's claim with 用務 left blank: 期間 below is a label the template does not know
    PageText page =
        page()
            .row(500, at(100, "用聞"))
            .row(560, at(100, "期間"), at(250, "令和6年7月28日から2024年7月28日"))
            .build();

    assertThat(field(page, TRAVEL, "purpose").status()).isEqualTo(MISSING);
  }

  @Test
  void doesNotTakeTwoCharactersInsideAValueForAMisreadTwoCharacterLabel() {
    // 事務 is one character from 用務, but only a space OCR put inside the value follows it
    PageText page = page().row(300, at(100, "所属"), at(200, "教育委員会事務"), at(420, "局道路課")).build();

    assertThat(field(page, TRAVEL, "purpose").status()).isEqualTo(MISSING);
    assertThat(field(page, TRAVEL, "department").value()).isEqualTo("教育委員会事務局道路課");
  }

  @Test
  void doesNotTakeAnotherLabelOfTheSameFieldForAMisreadOne() {
    // 金額 heads the line items' amounts; it is one character from 総額, also a label of the total
    PageText page =
        page()
            .row(700, at(100, "品名"), at(700, "数量"), at(900, "単価"), at(1200, "金額"))
            .row(740, at(100, "事務用椅子"), at(700, "2"), at(900, "52,450"), at(1200, "104,900"))
            .row(780, at(100, "会議用テーブル"), at(700, "3"), at(900, "52,390"), at(1200, "157,170"))
            .row(860, at(900, "合き"), at(1200, "262,070"))
            .build();

    assertThat(field(page, INVOICE, "totalAmount").value()).isEqualTo(262070L);
  }

  @Test
  void skipsTheMisreadRestOfALabelBeforeItsColon() {
    PageText page = page().row(300, at(100, "所属部 賭:"), at(300, "市民生活部財政課")).build();

    assertThat(field(page, TRAVEL, "department").value()).isEqualTo("市民生活部財政課");
  }
}
