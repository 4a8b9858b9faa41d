package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingVoteTest {

  /** A reading: each character with the confidence given for it (digits 0-9 stand for 0-90). */
  private static List<ReadingVote.Glyph> reading(String text, String confidences) {
    List<ReadingVote.Glyph> glyphs = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      glyphs.add(
          new ReadingVote.Glyph(
              String.valueOf(text.charAt(i)), 10f * (confidences.charAt(i) - '0')));
    }
    return glyphs;
  }

  private static String vote(List<ReadingVote.Glyph>... readings) {
    return ReadingVote.vote(List.of(readings)).text();
  }

  @Test
  void aCharacterTheOtherReadingsAgreeOnReplacesTheFirstReadingsUnsureOne() {
    assertThat(vote(reading("朋田聡", "299"), reading("藤田聡", "899"), reading("藤田聡", "799")))
        .isEqualTo("藤田聡");
  }

  @Test
  void oneModelsConfidentMisreadingIsOutvotedByTwoReadingsOfTheSameStroke() {
    // the second model reads 也 as 世, surer than either of the others
    assertThat(vote(reading("森拓也", "996"), reading("森拓世", "998"), reading("森拓也", "996")))
        .isEqualTo("森拓也");
  }

  @Test
  void aCharacterTheFirstReadingLostIsAddedWhenTheReadingsThatHaveItAreSurer() {
    // 宮 lost at the value's start, its neighbour read with no confidence
    assertThat(
            vote(
                reading("城県仙台市", "09999"),
                reading("宮城県仙台市", "889999"),
                reading("城県仙台市", "09999"),
                reading("宮城県仙台市", "789999")))
        .isEqualTo("宮城県仙台市");
  }

  @Test
  void aCropCutShortAtItsEdgeTakesNoCharacterAway() {
    assertThat(vote(reading("視察", "95"), reading("視", "9"), reading("視", "9"))).isEqualTo("視察");
  }

  @Test
  void aCharacterMissingInsideTheOtherReadingsIsDropped() {
    assertThat(vote(reading("北一人条西", "99199"), reading("北一条西", "9999"), reading("北一条西", "9999")))
        .isEqualTo("北一条西");
  }

  @Test
  void oneReadingAloneChangesNoCharacterHoweverSureItIs() {
    assertThat(vote(reading("藤田聡", "501"), reading("有田聡", "904"))).isEqualTo("藤田聡");
  }

  @Test
  void oneReadingReplacesACharacterTheFirstReadingHardlySaw() {
    assertThat(vote(reading("釣木浩二", "0999"), reading("鈴木浩二", "9999"), reading("釣木浩二", "0999")))
        .isEqualTo("鈴木浩二");
  }

  @Test
  void punctuationAtTheValuesEdgeIsNotAdded() {
    // a crop sees the dot or rule before the value
    assertThat(vote(reading("子ども", "999"), reading("・子ども", "5999"), reading("・子ども", "8999")))
        .isEqualTo("子ども");
  }

  @Test
  void oneUnsureReadingDoesNotReplaceACharacterTheFirstReadingHardlySaw() {
    assertThat(vote(reading("藤田浩二", "0999"), reading("腰田浩二", "5999"))).isEqualTo("藤田浩二");
  }

  @Test
  void theFirstReadingsEndIsNotChangedIntoAMark() {
    assertThat(vote(reading("|健康", "599"), reading("”健康", "999"), reading("”健康", "899")))
        .isEqualTo("|健康");
  }

  @Test
  void theWinnersConfidenceIsSharedByAllReadings() {
    ReadingVote.Result result =
        ReadingVote.vote(List.of(reading("朋田", "29"), reading("藤田", "89"), reading("藤田", "69")));

    assertThat(result.text()).isEqualTo("藤田");
    // 藤 has 80 + 60 of the three readings behind it
    assertThat(result.min()).isEqualTo(140f / 3);
  }

  @Test
  void aValueAsFirstReadTakesTheConfidencesOfTheWordsItCameFrom() {
    var words =
        List.of(
            new jp.gyomu.ocr.OcrWord("氏名朋田", 40f, new java.awt.Rectangle()),
            new jp.gyomu.ocr.OcrWord("聡", 90f, new java.awt.Rectangle()));

    List<ReadingVote.Glyph> glyphs = ReadingVote.glyphs("朋田 聡", words);

    assertThat(glyphs)
        .containsExactly(
            new ReadingVote.Glyph("朋", 40f),
            new ReadingVote.Glyph("田", 40f),
            new ReadingVote.Glyph("聡", 90f));
  }
}
