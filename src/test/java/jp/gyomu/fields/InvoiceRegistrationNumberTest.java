package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoiceRegistrationNumberTest {

  // corporate numbers published by the National Tax Agency's 法人番号公表サイト
  @ParameterizedTest
  @CsvSource({
    "T7000012050002, T7000012050002", // 国税庁
    "T1180301018771, T1180301018771", // トヨタ自動車株式会社
    "登録番号 T7000012050002, T7000012050002",
    "Ｔ７０００－０１２０－５０００２, T7000012050002",
    "T7-0000-1205-0002, T7000012050002",
    "T 7000 0120 50002, T7000012050002",
    "T70000120500O2, T7000012050002", // O read for 0
    "登録番号18716048052093, T8716048052093", // T read as 1
    "登録番号 77000012050002, T7000012050002", // T read as 7
    "丁7000-0120-50002, T7000012050002"
  })
  void acceptsAValidNumberWrittenAsOfficesPrintIt(String printed, String normalised) {
    assertThat(FieldType.INVOICE_REGISTRATION_NUMBER.normalise(printed).value())
        .isEqualTo(normalised);
  }

  @ParameterizedTest
  @CsvSource({
    "T8000012050002, check digit", // one digit misread
    "T1180301018772, check digit",
    "T700001205000, T followed by 13 digits", // 12 digits
    "7000012050002, T followed by 13 digits", // no T
    "17000012050003, check digit" // a misread T does not excuse a wrong check digit
  })
  void rejectsANumberThatCannotBeTheIssuers(String printed, String reason) {
    Normalised<?> read = FieldType.INVOICE_REGISTRATION_NUMBER.normalise(printed);
    assertThat(read.isValid()).isFalse();
    assertThat(read.reason()).contains(reason);
  }

  @ParameterizedTest
  @CsvSource({"000012050002, 7", "180301018771, 1"})
  void computesTheCheckDigitAsTheNationalTaxAgencyDefinesIt(String base, int check) {
    assertThat(InvoiceRegistrationNumber.checkDigit(base)).isEqualTo(check);
  }
}
