package jp.gyomu.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import jp.gyomu.pages.DocumentLimits;
import jp.gyomu.pages.PageSource;
import jp.gyomu.pages.UnreadableDocumentException;
import jp.gyomu.testdocs.BadInputs;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The default budgets, bound as Gyomu binds them, and their environment variables. */
class DocumentBudgetTest {

  @TempDir Path dir;

  @Test
  void byDefaultAPdfOfFortyPagesOf80MegapixelsIsRefusedFromItsHeaders() throws IOException {
    Path pdf = Files.write(dir.resolve("40x80mp.pdf"), BadInputs.bigPagePdf(40, 8929));

    assertThatThrownBy(() -> PageSource.open(pdf, defaultLimits()))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("40 pages hold 3188 megapixels in all")
        .hasMessageContaining("at most 2700 megapixels");
  }

  @Test
  void byDefault300PagesOfA4At300DpiFitTheBudget() throws IOException {
    Path pdf = dir.resolve("300xa4.pdf");
    try (var document = new PDDocument()) {
      for (int i = 0; i < 300; i++) {
        document.addPage(new PDPage(PDRectangle.A4));
      }
      document.save(pdf.toFile());
    }

    try (PageSource source = PageSource.open(pdf, defaultLimits())) {
      assertThat(source.pageCount()).isEqualTo(300);
    }
  }

  @Test
  void theDeadlinesDefaultToAMinuteAPageAndTenMinutesADocument() {
    OcrDeadlines deadlines = bind(Map.of()).bindOrCreate("gyomu.ocr", OcrDeadlines.class);

    assertThat(deadlines.pageDeadline()).isEqualTo(Duration.ofSeconds(60));
    assertThat(deadlines.documentDeadline()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void theBudgetsAreSetByEnvironmentVariables() {
    Binder binder =
        bind(
            Map.of(
                "GYOMU_OCR_PAGE_DEADLINE", "5s",
                "GYOMU_OCR_DOCUMENT_DEADLINE", "2m",
                "GYOMU_INTAKE_MAX_DOCUMENT_MEGAPIXELS", "200"));

    OcrDeadlines deadlines = binder.bindOrCreate("gyomu.ocr", OcrDeadlines.class);
    IntakeSettings intake = binder.bindOrCreate("gyomu.intake", IntakeSettings.class);

    assertThat(deadlines.pageDeadline()).isEqualTo(Duration.ofSeconds(5));
    assertThat(deadlines.documentDeadline()).isEqualTo(Duration.ofMinutes(2));
    assertThat(intake.maxDocumentMegapixels()).isEqualTo(200);
  }

  private static DocumentLimits defaultLimits() {
    return bind(Map.of()).bindOrCreate("gyomu.intake", IntakeSettings.class).documentLimits();
  }

  private static Binder bind(Map<String, Object> environment) {
    var env = new StandardEnvironment();
    env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    env.getPropertySources()
        .addFirst(
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
    return new Binder(ConfigurationPropertySources.get(env));
  }
}
