package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelFinderTest {

  private static FieldDefinition field(String name, String... anchors) {
    return new FieldDefinition(name, anchors[0], List.of(anchors), FieldType.TEXT, true, 60, null);
  }

  private static final FieldDefinition DATE = field("applicationDate", "申請日", "申請年月日");
  private static final FieldDefinition APPLICANT = field("applicant", "申請者");
  private static final FieldDefinition AMOUNT = field("requestedAmount", "交付申請額", "申請額");
  private static final FieldDefinition NAME = field("name", "氏名");

  private static final LabelFinder FINDER = new LabelFinder(List.of(DATE, APPLICANT, AMOUNT, NAME));

  private static List<LabelHit> hits(String line) {
    return FINDER.find(TextLine.ofText(line));
  }

  @Test
  void findsALabelAndGivesItsPositionInTheLine() {
    assertThat(hits("申請日 令和2年9月30日")).containsExactly(new LabelHit(DATE, 0, 0, 3, true));
  }

  @Test
  void findsALabelWrittenWithSpacesBetweenItsCharacters() {
    assertThat(hits("氏　名 山田太郎")).containsExactly(new LabelHit(NAME, 0, 0, 3, true));
  }

  @Test
  void letsTheLongerLabelOwnItsCharacters() {
    assertThat(hits("交付申請額 500,000円")).containsExactly(new LabelHit(AMOUNT, 0, 0, 5, true));
  }

  @Test
  void findsALabelWithOneMisreadCharacterAsFuzzy() {
    List<LabelHit> hits = hits("申請目 令和2年9月30日");

    assertThat(hits).contains(new LabelHit(DATE, 0, 0, 3, false));
    assertThat(hits).allMatch(h -> !h.exact());
  }

  @Test
  void findsALongLabelWithOneCharacterDropped() {
    assertThat(hits("申請年日 令和2年9月30日")).contains(new LabelHit(DATE, 1, 0, 4, false));
  }

  @Test
  void neverLetsAFuzzyLabelOverlapAnExactOne() {
    assertThat(hits("申請者 山田太郎")).containsExactly(new LabelHit(APPLICANT, 0, 0, 3, true));
  }

  @Test
  void letsALongMisreadLabelTakeTheShortLabelOfItsFieldThatItHolds() {
    FieldDefinition birth = field("birthDate", "生年月日", "被保険者の生年月日");
    LabelFinder finder = new LabelFinder(List.of(birth, NAME));

    // 被 misread as 微: the exact 生年月日 inside is part of the long label, not a label of its own
    assertThat(finder.find(TextLine.ofText("微保険者の生年月日 昭和17年7月26日")))
        .containsExactly(new LabelHit(birth, 1, 0, 9, true));
  }

  @Test
  void keepsALongMisreadLabelThatHoldsAnotherFieldsLabelFuzzy() {
    FieldDefinition phone = field("phone", "電話番号", "連絡先電話");
    FieldDefinition contacts = field("contacts", "連絡先");
    LabelFinder finder = new LabelFinder(List.of(phone, contacts));

    assertThat(finder.find(TextLine.ofText("連絡先電語 06-3084-1558")))
        .containsExactly(new LabelHit(phone, 1, 0, 5, false));
  }

  @Test
  void findsShortLabelsOnlyExactly() {
    assertThat(hits("氏各 山田太郎")).isEmpty();
  }

  @Test
  void measuresOneEditAsSubstitutionInsertionOrDeletion() {
    assertThat(LabelFinder.withinOneEdit("申請日", "申請日")).isTrue();
    assertThat(LabelFinder.withinOneEdit("申請目", "申請日")).isTrue();
    assertThat(LabelFinder.withinOneEdit("申請年日", "申請年月日")).isTrue();
    assertThat(LabelFinder.withinOneEdit("申請年月月日", "申請年月日")).isTrue();
    assertThat(LabelFinder.withinOneEdit("申込目", "申請日")).isFalse();
    assertThat(LabelFinder.withinOneEdit("申請", "申請年月")).isFalse();
  }
}
