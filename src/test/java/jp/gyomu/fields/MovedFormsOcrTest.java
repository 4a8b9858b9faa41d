package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import jp.gyomu.ocr.PageText;
import jp.gyomu.ocr.TesseractEngineExtension;
import jp.gyomu.testdocs.FormSpec;
import jp.gyomu.testdocs.ScanLikeDocuments;
import jp.gyomu.testdocs.ScanVariant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zones given on a reference page, read with real Tesseract from scans fed off and scaled: with the
 * sample the zones hold; the same zones as page fractions miss.
 */
class MovedFormsOcrTest {

  @RegisterExtension
  static final TesseractEngineExtension tesseract = TesseractEngineExtension.onePageAtATime();

  @TempDir static Path folder;

  private static FieldTemplate withSample;
  private static FieldTemplate withoutSample;

  @BeforeAll
  static void setUp() throws IOException {
    withSample = MovedFormsTemplate.write(folder);
    withoutSample =
        new FieldTemplate(
            withSample.id(),
            withSample.nameJa(),
            withSample.nameEn(),
            withSample.languages(),
            withSample.titleKeywords(),
            withSample.titlePatterns(),
            withSample.fields());
  }

  @Test
  void zonesOnTheSampleHoldOnAScanFedOffAndScaledWhereZonesOfThePageMiss() {
    AffineTransform move = AffineTransform.getTranslateInstance(MovedForms.mm(7), MovedForms.mm(8));
    move.scale(0.98, 0.98);
    FieldPage page = read(MovedForms.scan(move, 300, 1), 300);

    FieldExtraction registered = FieldExtractor.extract(List.of(page), withSample);
    FieldExtraction unregistered = FieldExtractor.extract(List.of(page), withoutSample);

    assertThat(MovedFormsTemplate.wrong(registered)).isEmpty();
    assertThat(registered.fields()).allSatisfy(f -> assertThat(f.reason()).isNull());
    assertThat(MovedFormsTemplate.wrong(unregistered)).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void zonesHoldOnAScanFedUpEnlargedAndTurnedAt200Dpi() {
    AffineTransform move =
        AffineTransform.getTranslateInstance(-MovedForms.mm(6), -MovedForms.mm(9));
    move.rotate(Math.toRadians(0.6), MovedForms.WIDTH / 2.0, MovedForms.HEIGHT / 2.0);
    move.scale(1.02, 1.02);
    FieldPage page = read(MovedForms.scan(move, 200, 2), 200);

    assertThat(MovedFormsTemplate.wrong(FieldExtractor.extract(List.of(page), withSample)))
        .isEmpty();
    assertThat(MovedFormsTemplate.wrong(FieldExtractor.extract(List.of(page), withoutSample)))
        .isNotEmpty();
  }

  @Test
  void anotherFormIsReadAsWithoutTheSampleAndItsZoneFieldsSaySo() {
    BufferedImage invoice =
        ScanLikeDocuments.render(FormSpec.invoice(), ScanVariant.CLEAN, 1).image();
    FieldPage page = read(invoice, 300);

    FieldExtraction registered = FieldExtractor.extract(List.of(page), withSample);
    FieldExtraction unregistered = FieldExtractor.extract(List.of(page), withoutSample);

    assertThat(registered.values()).isEqualTo(unregistered.values());
    assertThat(registered.fields())
        .allSatisfy(
            f ->
                assertThat(f.reason())
                    .contains("the page does not match the reference page")
                    .contains("zones taken as fractions of this page"));
  }

  private static FieldPage read(BufferedImage image, int dpi) {
    PageText text = tesseract.engine().read(image, dpi, "jpn");
    return FieldPage.of(text, image);
  }

  /** The test form's template: zones are its value cells on the sample. */
  static final class MovedFormsTemplate {

    static final Map<String, FieldType> TYPES =
        Map.of(
            "receiptNumber", FieldType.NUMBER,
            "applicantName", FieldType.TEXT,
            "applicantPhone", FieldType.PHONE,
            "agentName", FieldType.TEXT,
            "agentPhone", FieldType.PHONE);

    // labels the form does not print: only the zones find these values
    private static final Map<String, String> LABELS =
        Map.of(
            "receiptNumber", "受付番号",
            "applicantName", "申請者氏名",
            "applicantPhone", "申請者電話番号",
            "agentName", "代理人氏名",
            "agentPhone", "代理人電話番号");

    static FieldTemplate write(Path folder) throws IOException {
      ImageIO.write(MovedForms.sample(), "png", folder.resolve("proxy-notice.sample.png").toFile());
      StringBuilder yaml =
          new StringBuilder(
              """
              id: proxy-notice
              name: {ja: 代理申請届出書, en: Proxy notice}
              sample: proxy-notice.sample.png
              fields:
              """);
      for (String name : TYPES.keySet().stream().sorted().toList()) {
        Rectangle cell = MovedForms.CELLS.get(name);
        yaml.append(
            String.format(
                Locale.ROOT,
                "  - {name: %s, label: %s, type: %s, zone: {left: %.4f, top: %.4f, width: %.4f,"
                    + " height: %.4f}}%n",
                name,
                LABELS.get(name),
                TYPES.get(name).id(),
                cell.x / (double) MovedForms.WIDTH,
                cell.y / (double) MovedForms.HEIGHT,
                cell.width / (double) MovedForms.WIDTH,
                cell.height / (double) MovedForms.HEIGHT));
      }
      Path file = folder.resolve("proxy-notice.fields.yaml");
      Files.writeString(file, yaml);
      return FieldTemplateLoader.load(file);
    }

    /** Fields whose value is not the one written on the form. */
    static List<String> wrong(FieldExtraction extraction) {
      return TYPES.keySet().stream()
          .sorted()
          .filter(
              name -> {
                Object expected = TYPES.get(name).normalise(MovedForms.VALUES.get(name)).value();
                Object read = extraction.field(name).map(ExtractedField::value).orElse(null);
                return !expected.equals(read);
              })
          .map(name -> name + "=" + extraction.field(name).map(ExtractedField::rawText).orElse(""))
          .toList();
    }
  }
}
