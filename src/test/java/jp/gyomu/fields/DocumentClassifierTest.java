package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentClassifierTest {

  private static final List<FieldTemplate> TEMPLATES =
      FieldTemplateLoader.loadAll(Path.of("processes"));

  private static Optional<String> classify(String firstPage) {
    return DocumentClassifier.classify(firstPage, TEMPLATES);
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
    assertThat(DocumentClassifier.classify("旅費精算書", List.of())).isEmpty();
  }
}
