package jp.gyomu.fields;

import static jp.gyomu.fields.TestPages.at;
import static jp.gyomu.fields.TestPages.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import jp.gyomu.ocr.PageText;
import jp.gyomu.reasons.ReasonCode;
import org.junit.jupiter.api.Test;

class LostPhoneLabelTest {

  // one phone field (電話番号, 連絡先)
  private static final FieldTemplate DOGS =
      FieldTemplateLoader.load(Path.of("bench/forms/dog-registration.fields.yaml"));

  private static ExtractedField phone(PageText page) {
    return FieldExtractor.extract(page, DOGS).field("phone").orElseThrow();
  }

  @Test
  void takesThePagesOnlyPhoneNumberLineForReviewWhenOcrLostItsLabel() {
    // 連絡先 stood alone in its ruled row above the number and was not read at all
    PageText page =
        page()
            .row(100, at(100, "飼い主氏名"))
            .row(150, at(100, "渡辺大輔"))
            .row(250, at(100, "06-9454-9092"))
            .row(300, at(100, "住所"))
            .row(350, at(100, "兵庫県神戸市中央区加納町6-25-6"))
            .build();

    ExtractedField phone = phone(page);

    assertThat(phone.value()).isEqualTo("06-9454-9092");
    assertThat(phone.status()).isEqualTo(ExtractedField.Status.LOW_CONFIDENCE);
    assertThat(phone.reasons()).extracting(r -> r.code()).contains(ReasonCode.LABEL_NOT_FOUND);
  }

  @Test
  void takesNoneWhenTwoLinesCouldBeIt() {
    PageText page =
        page()
            .row(100, at(100, "飼い主氏名"))
            .row(150, at(100, "渡辺大輔"))
            .row(250, at(100, "06-9454-9092"))
            .row(350, at(100, "090-1234-5678"))
            .build();

    assertThat(phone(page).value()).isNull();
  }

  @Test
  void leavesALineWithMoreThanANumberAlone() {
    PageText page =
        page().row(100, at(100, "飼い主氏名")).row(250, at(100, "受付番号 06-9454-9092")).build();

    assertThat(phone(page).value()).isNull();
  }
}
