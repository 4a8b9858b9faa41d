package jp.gyomu.testdocs.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CorporateNumbersTest {

  @Test
  void checkDigitsOfPublishedCorporateNumbersAreReproduced() {
    // 国税庁 (National Tax Agency) and トヨタ自動車, as published on the corporate number site
    assertThat(CorporateNumbers.checkDigit("000012050002")).isEqualTo(7);
    assertThat(CorporateNumbers.checkDigit("180301018771")).isEqualTo(1);
    assertThat(CorporateNumbers.isValid("7000012050002")).isTrue();
    assertThat(CorporateNumbers.isValid("1180301018771")).isTrue();
  }

  @Test
  void aChangedDigitOrSwappedNeighboursAreCaught() {
    assertThat(CorporateNumbers.isValid("7000012050003")).isFalse();
    assertThat(CorporateNumbers.isValid("6000012050002")).isFalse();
    assertThat(CorporateNumbers.isValid("1183001018771")).isFalse();
  }

  @Test
  void generatedRegistrationNumbersAreTAndThirteenDigitsWithAValidCheckDigit() {
    Random random = new Random(3);
    for (int i = 0; i < 200; i++) {
      String number = CorporateNumbers.registrationNumber(random);
      assertThat(number).matches("T\\d{13}");
      assertThat(CorporateNumbers.isValid(number.substring(1))).as(number).isTrue();
    }
  }
}
