package jp.gyomu.testdocs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Checks that the generated pages are readable by the OCR we ship (tesseract CLI, Debian's 5.3 with
 * tessdata_fast jpn), i.e. that their ground truth is what a reader sees.
 */
class ScanLikeDocumentsOcrTest {

  @Test
  void tesseractReadsTheCleanJapanesePageAlmostPerfectly() {
    TestDocument page = ScanLikeDocuments.render(FormSpec.travelExpense(), ScanVariant.CLEAN, 1);

    double cer =
        CharacterErrorRate.of(
            TesseractCli.read(page.image(), page.dpi(), "jpn"), page.groundTruth());

    System.out.printf("tesseract jpn, clean travel expense form: CER %.4f%n", cer);
    assertThat(cer).isLessThan(0.05);
  }

  /** Slow (one OCR run per form and variant): {@code -Dgyomu.measure=true}. */
  @Test
  @EnabledIfSystemProperty(named = "gyomu.measure", matches = "true")
  void measuresTesseractOnEveryVariant() {
    for (FormSpec form :
        java.util.List.of(
            FormSpec.travelExpense(),
            FormSpec.invoice(),
            FormSpec.subsidyApplication(),
            FormSpec.englishInvoice())) {
      String languages = form.title().equals("INVOICE") ? "eng" : "jpn";
      for (ScanVariant variant : ScanVariant.all()) {
        TestDocument page = ScanLikeDocuments.render(form, variant, 1);
        double cer =
            CharacterErrorRate.of(
                TesseractCli.read(page.image(), page.dpi(), languages), page.groundTruth());
        System.out.printf("%s %-9s %s CER %.4f%n", form.title(), variant.name(), languages, cer);
      }
    }
  }
}
