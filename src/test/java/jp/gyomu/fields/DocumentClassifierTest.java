package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jp.gyomu.ocr.PageText;
import org.junit.jupiter.api.Test;

class DocumentClassifierTest {

  private static final List<FieldTemplate> TEMPLATES =
      FieldTemplateLoader.loadAll(Path.of("processes"));

  private static Optional<String> classify(String firstPage) {
    return DocumentClassifier.classify(firstPage, TEMPLATES).type();
  }

  @Test
  void recognisesEachDocumentTypeByItsTitle() {
    assertThat(classify("様式第1号\n旅費精算書\n申請日 令和2年9月30日")).contains("travel-expense");
    assertThat(classify("株式会社サンプル商事\n御請求書\n請求書番号 INV-0001")).contains("invoice");
    assertThat(classify("○○市長 様\n令和2年度地域振興補助金交付申請書\n団体名 NPO法人さくら")).contains("subsidy-application");
  }

  @Test
  void ignoresSpacesAndFullWidthInTheTitle() {
    assertThat(classify("旅 費 精 算 書")).contains("travel-expense");
    assertThat(classify("請　求　書")).contains("invoice");
  }

  @Test
  void toleratesOneMisreadCharacterInALongTitle() {
    assertThat(classify("旅費精箅書\n申請日")).contains("travel-expense");
  }

  @Test
  void toleratesTwoMisreadCharactersInATitleOfTenCharactersOrMoreButNotInAShortOne() {
    List<FieldTemplate> withResidence = new java.util.ArrayList<>(TEMPLATES);
    withResidence.add(
        FieldTemplateLoader.load(Path.of("bench/forms/residence-certificate-request.fields.yaml")));
    // 住民票の写し等交付請求書 with 上 read into it and 等 lost: not the invoice's 請求書 inside
    assertThat(
            DocumentClassifier.classify("住民上票の写し交付請求書\nみどり市長様\n請求日 R7.9.12", withResidence).type())
        .contains("residence-certificate-request");
    assertThat(classify("旅行精箅書")).isEmpty();
  }

  @Test
  void letsTheEarliestTitleWinOverWordsFurtherDown() {
    assertThat(classify("旅費精算書\n添付: 宿泊費の請求書")).contains("travel-expense");
    assertThat(classify("旅費請求書\n氏名 山田太郎")).contains("travel-expense");
  }

  @Test
  void letsAnExactTitleWinOverAMisreadOneEarlierOnThePage() {
    assertThat(classify("旅費精箅書の控え\n請求書")).contains("invoice");
  }

  @Test
  void matchesATitlePatternOfTheTemplate() {
    assertThat(classify("地域活動補助金の交付申請について")).contains("subsidy-application");
  }

  @Test
  void findsNothingForAnUnknownDocument() {
    assertThat(classify("休暇届\n氏名 山田太郎")).isEmpty();
    assertThat(classify("")).isEmpty();
    assertThat(DocumentClassifier.classify("旅費精算書", List.of()).type()).isEmpty();
    assertThat(DocumentClassifier.classify("休暇届", TEMPLATES).summary())
        .isEqualTo("no type's rules match");
  }

  @Test
  void recognisesAPlainInvoiceWhoseTitleIsNotTheFirstLine() {
    assertThat(
            classify(
                "みどり市役所 御中\n令和6年6月10日\n株式会社サンプル商事\n〒100-0001\n"
                    + "TEL 03-1234-5678\n請求書\n請求日 令和6年6月10日\n合計 110,000円"))
        .contains("invoice");
  }

  @Test
  void recognisesATitleWhoseSpacedCharactersOcrReadAsSeparateLines() {
    assertThat(classify("請\n求\n書\nみどり市役所 御中")).contains("invoice");
  }

  @Test
  void recognisesATitleWhoseSpacedCharactersAreSeparateWordsFarApart() {
    // OCR blocks give 請, 求 and 書 in any order; their boxes put them on one row
    PageText page =
        TestPages.page()
            .row(400, TestPages.at(100, "みどり市役所 御中"))
            .row(100, TestPages.at(600, "請"), TestPages.at(760, "求"), TestPages.at(920, "書"))
            .shuffled();

    assertThat(DocumentClassifier.classify(page, TEMPLATES).type()).contains("invoice");
  }

  @Test
  void toleratesOneMisreadCharacterInAShortTitleThatStandsAlone() {
    assertThat(classify("講求書\n請求日 令和6年6月10日")).contains("invoice");
  }

  @Test
  void doesNotTakeALabelOneCharacterAwayFromAShortTitleForTheTitle() {
    // 請求日 is one character from 請求書, but it is a label inside a line, not a title
    assertThat(classify("休暇届\n請求日 令和6年6月10日")).isEmpty();
  }

  @Test
  void givesEachMatchingTypeAScoreBestFirst() {
    DocumentClassifier.Classification result =
        DocumentClassifier.classify("請求書\n添付: 旅費精算書の写し", TEMPLATES);

    assertThat(result.type()).contains("invoice");
    // a whole title on the first line, no field labels: 0.7 of the title's full weight
    assertThat(result.best().orElseThrow().score()).isEqualTo(0.7);
    assertThat(result.runnerUp().orElseThrow().documentType()).isEqualTo("travel-expense");
    assertThat(result.runnerUp().orElseThrow().score()).isBetween(0.3, 0.5);
  }

  @Test
  void leavesTheTypeOpenWhenNoTypeIsClearlyAheadAndNamesTheBestTwo() {
    DocumentClassifier.Classification result = DocumentClassifier.classify("旅費精算書\n請求書", TEMPLATES);

    assertThat(result.type()).isEmpty();
    assertThat(result.summary()).isEqualTo("travel-expense 0.70, invoice 0.68");
  }

  @Test
  void leavesTheTypeOpenWhenTheOnlyMatchIsWeak() {
    // one misread character, in a sentence, far down the page
    String page = "休暇届\n".repeat(15) + "なお、別添の旅費精箅書の写しのとおり";

    assertThat(DocumentClassifier.classify(page, TEMPLATES).best()).isPresent();
    assertThat(classify(page)).isEmpty();
  }

  @Test
  void takesATitleFollowedByANoteInBracketsForATitle() {
    DocumentClassifier.Classification result =
        DocumentClassifier.classify("請求書（適格請求書）\nみどり市役所 御中", TEMPLATES);

    assertThat(result.type()).contains("invoice");
    assertThat(result.best().orElseThrow().score()).isEqualTo(0.7);
  }

  @Test
  void recognisesAnInvoiceWhoseTitleOcrGarbledByItsFieldLabels() {
    // the spaced title came out as two stray characters; the labels still say invoice
    String page =
        "沈\n中\nみどり市役所 御中 有限会社ひかり印刷\n適格請求書発行事業者登録番号 T8697684993617\n"
            + "発行日 令和3年5月25日\n請求番号 A-0001\nご請求金額 金110,000円\n支払期限 令和3年6月30日";

    assertThat(classify(page)).contains("invoice");
  }

  @Test
  void readsATitleMissingOneSpacedCharacterAsTheLongerTitleNotTheShorterInside() {
    // 旅 費 請 求 書 with 費 lost: four of 旅費請求書, not the invoice's 請求書
    assertThat(classify("様式第6号（第8条関係）\n旅 請求書\nみどり市長 様")).contains("travel-expense");
  }

  @Test
  void recognisesAnInvoiceWithNoTitleLeftByNearlyAllOfItsFieldLabels() {
    // 請 求 書 spaced wide in a large font came out as stray characters, no keyword anywhere
    String page =
        "ER\n叶\n遇\nみどり市会計管理者様 株式会社東西商事\n登録番号 T8667917157737\n"
            + "発行日 2023年4月25日 請求番号 A-76671\n支払期限 2023/05/09\n内容 数量 単価 金額\n"
            + "小計 100,000\n消費税 10,000\n合計 110,000";

    assertThat(classify(page)).contains("invoice");
  }

  @Test
  void doesNotTakeAQuoteWithSomeOfTheInvoicesLabelsForAnInvoice() {
    String page =
        "御見積書\nみどり市会計管理者様 株式会社東西商事\n登録番号 T8667917157737\n"
            + "見積日 2023年4月25日 見積No. 76671\n有効期限 2023/05/25\n内容 数量 単価 金額\n"
            + "小計 100,000\n消費税 10,000\n合計 110,000";

    assertThat(classify(page)).isEmpty();
  }

  @Test
  void doesNotCountFieldLabelsAloneAsATitle() {
    assertThat(classify("休暇届\n氏名 山田太郎\n所属 総務課\n申請日 令和6年6月10日")).isEmpty();
  }
}
