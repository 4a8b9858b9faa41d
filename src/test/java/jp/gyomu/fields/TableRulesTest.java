package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableRulesTest {

  @Test
  void aTableRuleBeforeAnAmountDoesNotBecomeADigit() {
    assertThat(FieldType.AMOUNT.normalise("| 1,250,000円").value()).isEqualTo(1_250_000L);
    assertThat(FieldType.AMOUNT.normalise("|1,250,000円").value()).isEqualTo(1_250_000L);
  }

  @Test
  void rulesAndStrayMarksAtTheEdgesOfATextValueAreDropped() {
    assertThat(FieldType.TEXT.normalise("| INV-2024-0042").value()).isEqualTo("INV-2024-0042");
    assertThat(FieldType.TEXT.normalise("” | 省エネルギー設備導入事業").value()).isEqualTo("省エネルギー設備導入事業");
    assertThat(FieldType.TEXT.normalise("、 |代表取締役山田花子").value()).isEqualTo("代表取締役山田花子");
    assertThat(FieldType.TEXT.normalise("株式会社山田製作所 |").value()).isEqualTo("株式会社山田製作所");
  }

  @Test
  void lettersThatLookLikeRulesStayWhenTheyArePartOfTheValue() {
    assertThat(FieldType.TEXT.normalise("Ika Design").value()).isEqualTo("Ika Design");
    assertThat(FieldType.TEXT.normalise("l-2-3 Chiyoda").value()).isEqualTo("l-2-3 Chiyoda");
    assertThat(FieldType.TEXT.normalise("I Corporation").value()).isEqualTo("I Corporation");
  }
}
