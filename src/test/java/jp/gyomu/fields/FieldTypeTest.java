package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FieldTypeTest {

  @Test
  void findsEveryTypeByTheIdUsedInTemplates() {
    for (FieldType type : FieldType.values()) {
      assertThat(FieldType.byId(type.id())).contains(type);
    }
    assertThat(FieldType.byId("postalCode")).contains(FieldType.POSTAL_CODE);
    assertThat(FieldType.byId("money")).isEmpty();
  }

  @Test
  void givesEachTypeItsOwnKindOfValue() {
    assertThat(FieldType.TEXT.normalise(" 総務 課 ").value()).isEqualTo("総務課");
    assertThat(FieldType.DATE.normalise("R2.9.30").value()).isEqualTo(LocalDate.of(2020, 9, 30));
    assertThat(FieldType.AMOUNT.normalise("¥12,345").value()).isEqualTo(12345L);
    assertThat(FieldType.NUMBER.normalise("３名").value()).isEqualTo(3L);
    assertThat(FieldType.POSTAL_CODE.normalise("〒1000001").value()).isEqualTo("100-0001");
    assertThat(FieldType.PHONE.normalise("03(1234)5678").value()).isEqualTo("03-1234-5678");
  }

  @Test
  void rejectsBlankText() {
    assertThat(FieldType.TEXT.normalise(" 　 ").reason()).isEqualTo("empty");
  }
}
