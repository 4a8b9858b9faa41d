package jp.gyomu.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import jp.gyomu.testdocs.CharacterErrorRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real Tesseract on real pages. Bounds sit a little above the measured character error rates
 * (noted per test), so that a regression breaks them.
 */
class TessApiOcrEngineTest {

  @RegisterExtension
  static final TesseractEngineExtension tesseract = TesseractEngineExtension.onePageAtATime();

  @Test
  void readsEurotextWithFewErrors() {
    PageText page = read("tess4j/eurotext.png", "eng");

    assertThat(cer(page, "tess4j/eurotext.png")).isLessThan(0.05); // measured 0.032
    assertThat(page.text()).startsWith("The (quick) [brown] {fox} jumps!\nOver the $43,456.78");
    assertThat(page.meanConfidence()).isGreaterThan(80);
  }

  @Test
  void turnsEurotextScannedSidewaysUpright() {
    PageText page = read("tess4j/eurotext90.png", "eng");

    assertThat(page.rotationDegrees()).isEqualTo(270);
    assertThat(cer(page, "tess4j/eurotext90.png")).isLessThan(0.05); // measured 0.032
  }

  @Test
  void straightensEurotextSkewedByTwentyDegrees() {
    PageText page = read("tess4j/eurotext_deskew.png", "eng");

    assertThat(page.skewDegrees()).isCloseTo(-20.8, within(1.0));
    assertThat(cer(page, "tess4j/eurotext_deskew.png")).isLessThan(0.05); // measured 0.029
  }

  @Test
  void readsPhototestWithoutErrors() {
    PageText page = read("tesseract-test/phototest.tif", "eng");

    assertThat(page.rotationDegrees()).isZero();
    assertThat(cer(page, "tesseract-test/phototest.tif")).isLessThan(0.01); // measured 0
  }

  @Test
  void turnsPhototestScannedLeftUpright() {
    PageText page = read("tesseract-test/phototest-rotated-L.png", "eng");

    assertThat(page.rotationDegrees()).isEqualTo(90);
    assertThat(cer(page, "tesseract-test/phototest-rotated-L.png")).isLessThan(0.01);
  }

  @Test
  void turnsPhototestScannedRightUpright() {
    PageText page = read("tesseract-test/phototest-rotated-R.png", "eng");

    assertThat(page.rotationDegrees()).isEqualTo(270);
    assertThat(cer(page, "tesseract-test/phototest-rotated-R.png")).isLessThan(0.01);
  }

  @Test
  void turnsPhototestScannedUpsideDownUpright() {
    PageText page = read("tesseract-test/phototest-rotated-180.png", "eng");

    assertThat(page.rotationDegrees()).isEqualTo(180);
    assertThat(cer(page, "tesseract-test/phototest-rotated-180.png")).isLessThan(0.01);
  }

  @Test
  void reportsWordBoxesOnTheUprightPageWhateverTheScanOrientation() {
    PageText upright = read("tesseract-test/phototest.tif", "eng");
    PageText turned = read("tesseract-test/phototest-rotated-L.png", "eng");

    assertThat(turned.width()).isEqualTo(upright.width());
    assertThat(turned.words()).hasSameSizeAs(upright.words());
    for (int i = 0; i < upright.words().size(); i++) {
      assertThat(turned.words().get(i).box().getCenterX())
          .isCloseTo(upright.words().get(i).box().getCenterX(), within(3.0));
      assertThat(turned.words().get(i).box().getCenterY())
          .isCloseTo(upright.words().get(i).box().getCenterY(), within(3.0));
    }
  }

  @Test
  void readsVerticalJapaneseWithTheVerticalModel() {
    PageText page = read("pdfminer.six/jo-300dpi.png", "jpn");

    assertThat(page.languages()).isEqualTo("jpn_vert");
    assertThat(cer(page, "pdfminer.six/jo-300dpi.png")).isLessThan(0.04); // measured 0.027
    assertThat(page.text()).contains("わたくしといふ現象は");
  }

  @Test
  void readsAJapaneseFormWithoutSpacesBetweenCharacters() {
    PageText page = tesseract.engine().read(JapaneseFormPage.render(), JapaneseFormPage.DPI, "jpn");

    assertThat(formCer(page)).isLessThan(0.03); // measured 0.013
    assertThat(page.text()).contains("令和6年4月1日", "山田太郎", "研修会出席", "円");
    assertThat(page.languages()).isEqualTo("jpn");
  }

  @Test
  void straightensAJapaneseFormFedTwoDegreesAskew() {
    BufferedImage askew = JapaneseFormPage.askew(JapaneseFormPage.render(), 2);

    PageText page = tesseract.engine().read(askew, JapaneseFormPage.DPI, "jpn");

    assertThat(page.skewDegrees()).isCloseTo(-2, within(0.3));
    assertThat(formCer(page)).isLessThan(0.04); // measured 0.026; 0.18 without deskew
  }

  @Test
  void turnsAJapaneseFormScannedSidewaysUprightInsteadOfReadingItAsVertical() {
    BufferedImage sideways = QuarterTurns.clockwise(JapaneseFormPage.render(), 90);

    PageText page = tesseract.engine().read(sideways, JapaneseFormPage.DPI, "jpn");

    assertThat(page.rotationDegrees()).isEqualTo(270);
    assertThat(page.languages()).isEqualTo("jpn");
    assertThat(formCer(page)).isLessThan(0.03); // measured 0.013
  }

  @Test
  void upscalesLowResolutionPagesAndReportsBoxesAtTheGivenResolution() {
    BufferedImage image = RealPages.image("tesseract-test/phototest.tif");

    PageText page = tesseract.engine().read(image, 100, "eng");

    assertThat(page.dpi()).isEqualTo(100);
    assertThat(page.width()).isEqualTo(image.getWidth());
    assertThat(page.words()).allMatch(w -> image.getRaster().getBounds().contains(w.box()));
    assertThat(cer(page, "tesseract-test/phototest.tif")).isLessThan(0.01); // measured 0
  }

  @Test
  void readsAFieldCropAsDarkTextOnLightPaperWithoutTryingItInverted() {
    BufferedImage page = RealPages.image("tesseract-test/phototest.tif");
    Rectangle firstLine = firstLine(tesseract.engine().read(page, 300, "eng"));
    BufferedImage inverted = inverted(page);

    String asPrinted =
        text(tesseract.engine().readLine(page, 300, firstLine, "eng", Duration.ofSeconds(30)));
    String lightOnDark =
        text(tesseract.engine().readLine(inverted, 300, firstLine, "eng", Duration.ofSeconds(30)));

    assertThat(asPrinted).contains("This is a lot of 12 point text");
    // a crop is read once: the inverted retry would double the cost of every unsure crop
    assertThat(lightOnDark).doesNotContain("point text");
  }

  private static Rectangle firstLine(PageText page) {
    OcrWord first = page.words().get(0);
    Rectangle line = new Rectangle(first.box());
    page.words().stream()
        .filter(w -> Math.abs(w.box().y - first.box().y) < first.box().height / 2)
        .forEach(w -> line.add(w.box()));
    line.grow(10, 10);
    return line;
  }

  private static BufferedImage inverted(BufferedImage image) {
    BufferedImage grey = Greyscale.of(image);
    BufferedImage out =
        new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < grey.getHeight(); y++) {
      for (int x = 0; x < grey.getWidth(); x++) {
        out.getRaster().setSample(x, y, 0, 255 - grey.getRaster().getSample(x, y, 0));
      }
    }
    return out;
  }

  private static String text(List<OcrWord> words) {
    return String.join(" ", words.stream().map(OcrWord::text).toList());
  }

  private static PageText read(String path, String languages) {
    return tesseract.engine().read(RealPages.image(path), 300, languages);
  }

  private static double cer(PageText page, String path) {
    return CharacterErrorRate.of(page.text(), RealPages.groundTruth(path));
  }

  private static double formCer(PageText page) {
    return CharacterErrorRate.of(page.text(), JapaneseFormPage.groundTruth());
  }
}
