package jp.gyomu.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import jp.gyomu.testdocs.TestDocument;
import jp.gyomu.testdocs.forms.GeneratedForms;
import jp.gyomu.testdocs.forms.OfficeForms;
import jp.gyomu.testdocs.forms.PageVariant;
import jp.gyomu.testdocs.forms.Seeds;
import org.junit.jupiter.api.Test;

/** The second opinion with the real Tesseract and Debian's {@code Japanese} model. */
class SecondOpinionTest {

  private static final OcrSettings BASE = OcrSettings.defaults().withMaxConcurrentPages(1);

  @Test
  void theSecondModelFixesALineTheFastModelMisreads() {
    // A generated subsidy application (tuning seed): the fast model reads "みどり市長 殿" as 市長威.
    TestDocument page =
        GeneratedForms.generate(
                OfficeForms.SUBSIDY_APPLICATION, Seeds.tuning(1).get(0), PageVariant.CLEAN)
            .document();

    PageText alone = read(page, BASE.secondOpinion().disabled());
    PageText withOpinion = read(page, BASE.secondOpinion().enabled(true).withBelowConfidence(80));

    assertThat(alone.text()).contains("市長威").doesNotContain("市長殿");
    assertThat(withOpinion.text()).contains("市長殿");
    // the replaced words carry boxes on the line they replace
    OcrWord official =
        withOpinion.words().stream().filter(w -> w.text().contains("殿")).findFirst().orElseThrow();
    OcrWord mayor =
        withOpinion.words().stream().filter(w -> w.text().endsWith("長")).findFirst().orElseThrow();
    assertThat(official.box().getCenterY()).isCloseTo(mayor.box().getCenterY(), within(20.0));
    assertThat(official.box().x).isGreaterThan(mayor.box().x);
  }

  @Test
  void aConfidentPageIsNotReadAgain() {
    try (var engine =
        new TessApiOcrEngine(
            BASE.withSecondOpinion(BASE.secondOpinion().enabled(true).withBelowConfidence(80)))) {
      engine.read(clearLines(), JapaneseFormPage.DPI, "jpn");

      SecondOpinionCounts counts = engine.secondOpinionCounts();
      assertThat(counts.pages()).isEqualTo(1);
      assertThat(counts.lines()).isPositive();
      assertThat(counts.linesReRead()).isZero();
    }
  }

  @Test
  void aMissingModelTurnsTheSecondOpinionOffInsteadOfFailingPages() {
    try (var engine =
        new TessApiOcrEngine(
            BASE.withSecondOpinion(
                BASE.secondOpinion()
                    .enabled(true)
                    .withModel(BASE.tessdataDir(), "no-such-model")))) {
      PageText page = engine.read(JapaneseFormPage.render(), JapaneseFormPage.DPI, "jpn");

      assertThat(page.text()).isNotBlank();
      assertThat(engine.secondOpinionCounts().pages()).isZero();
    }
  }

  /** Three lines of the form page (date, department, name) that the fast model reads at 93-96. */
  private static BufferedImage clearLines() {
    BufferedImage page = new BufferedImage(2480, 700, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, page.getWidth(), page.getHeight());
      g.setColor(Color.BLACK);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(new Font("Noto Sans CJK JP", Font.PLAIN, 58));
      int y = 200;
      for (String line : JapaneseFormPage.LINES.subList(1, 4)) {
        g.drawString(line, 250, y);
        y += 100;
      }
    } finally {
      g.dispose();
    }
    return page;
  }

  private static PageText read(TestDocument page, SecondOpinionSettings opinion) {
    try (var engine = new TessApiOcrEngine(BASE.withSecondOpinion(opinion))) {
      return engine.read(page.image(), page.dpi(), "jpn");
    }
  }
}
