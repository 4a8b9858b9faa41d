package jp.gyomu.testdocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.gyomu.testdocs.TestDocument.DrawnText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanLikeDocumentsTest {

  private static final long SEED = 42;
  private static TestDocument clean;

  @BeforeAll
  static void renderTheCleanPage() {
    clean = ScanLikeDocuments.render(FormSpec.travelExpense(), ScanVariant.CLEAN, SEED);
  }

  @Test
  void drawsAnA4PageAt300Dpi() {
    assertThat(clean.image().getWidth()).isEqualTo(2480);
    assertThat(clean.image().getHeight()).isEqualTo(3508);
    assertThat(clean.image().getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
  }

  @Test
  void givesTheSamePixelsForTheSameSeed() {
    TestDocument first =
        ScanLikeDocuments.render(FormSpec.invoice(), ScanVariant.ALL_COMBINED, SEED);
    TestDocument second =
        ScanLikeDocuments.render(FormSpec.invoice(), ScanVariant.ALL_COMBINED, SEED);
    TestDocument otherSeed =
        ScanLikeDocuments.render(FormSpec.invoice(), ScanVariant.ALL_COMBINED, SEED + 1);

    assertThat(pixels(first)).isEqualTo(pixels(second));
    assertThat(pixels(first)).isNotEqualTo(pixels(otherSeed));
    assertThat(first.groundTruth()).isEqualTo(otherSeed.groundTruth());
  }

  @Test
  void groundTruthListsTitleFieldsAndParagraphsAsDrawn() {
    FormSpec form = FormSpec.travelExpense();
    List<String> lines = clean.groundTruth().lines().toList();

    assertThat(lines.get(0)).isEqualTo("旅費精算書");
    assertThat(lines.subList(1, 1 + form.fields().size()))
        .containsExactlyElementsOf(
            form.fields().stream().map(f -> f.label() + " " + f.value()).toList());
    String paragraphLines = String.join("", lines.subList(1 + form.fields().size(), lines.size()));
    assertThat(paragraphLines).isEqualTo(String.join("", form.paragraphs()));
  }

  @Test
  void everyGroundTruthLineHasInkInItsBoxInsideTheMargins() {
    BufferedImage image = clean.image();
    int margin = (int) Math.round(19 / 25.4 * 300);
    for (DrawnText line : clean.lines()) {
      Rectangle box = line.box();
      assertThat(box.x).as(line.text()).isGreaterThanOrEqualTo(margin);
      assertThat(box.getMaxX()).as(line.text()).isLessThanOrEqualTo(image.getWidth() - margin);
      assertThat(inkShare(image, box)).as(line.text()).isGreaterThan(0.05);
    }
  }

  @Test
  void wrapsEnglishAtSpacesOnly() {
    TestDocument english =
        ScanLikeDocuments.render(FormSpec.englishInvoice(), ScanVariant.CLEAN, SEED);
    FormSpec form = FormSpec.englishInvoice();
    List<String> lines = english.groundTruth().lines().toList();
    List<String> paragraph = lines.subList(1 + form.fields().size(), lines.size());

    assertThat(paragraph).hasSizeGreaterThan(1);
    assertThat(String.join(" ", paragraph)).isEqualTo(form.paragraphs().get(0));
  }

  @Test
  void eachVariantDegradesTheCleanPageAsIntended() {
    FormSpec form = FormSpec.travelExpense();
    TestDocument rotated = ScanLikeDocuments.render(form, ScanVariant.ROTATED, SEED);
    TestDocument noisy = ScanLikeDocuments.render(form, ScanVariant.NOISY, SEED);
    TestDocument blurred = ScanLikeDocuments.render(form, ScanVariant.BLURRED, SEED);
    TestDocument jpeg = ScanLikeDocuments.render(form, ScanVariant.JPEG_70, SEED);
    TestDocument lowRes = ScanLikeDocuments.render(form, ScanVariant.DPI_200, SEED);
    TestDocument combined = ScanLikeDocuments.render(form, ScanVariant.ALL_COMBINED, SEED);

    // skew moves the far ends of the table's top rule apart vertically
    assertThat(meanDifference(rotated, clean)).isGreaterThan(5);
    // noise: a blank area is no longer uniform
    Rectangle blank = new Rectangle(100, 3300, 300, 100);
    assertThat(greyDeviation(clean, blank)).isZero();
    assertThat(greyDeviation(noisy, blank)).as("clipped at white").isBetween(10.0, 25.0);
    // blur: fewer solid black pixels, more greys
    assertThat(count(blurred, v -> v < 20)).isLessThan(count(clean, v -> v < 20) * 3 / 4);
    // JPEG: small, local differences only
    assertThat(meanDifference(jpeg, clean)).isBetween(0.1, 3.0);
    // 200 dpi: A4 at 200 dpi, same text
    assertThat(lowRes.image().getWidth()).isEqualTo(1654);
    assertThat(lowRes.groundTruth()).isEqualTo(clean.groundTruth());
    assertThat(combined.image().getWidth()).isEqualTo(1654);
    assertThat(greyDeviation(combined, new Rectangle(60, 2200, 200, 60))).isGreaterThan(5);
  }

  @Test
  void writesPngWithGroundTruthAndMultiPageTiffAndPdf(@TempDir Path dir) throws Exception {
    TestDocument invoice = ScanLikeDocuments.render(FormSpec.invoice(), ScanVariant.DPI_200, SEED);

    Path png = TestDocumentFiles.writePng(invoice, dir, "invoice");
    TestDocumentFiles.writeTiff(List.of(clean, invoice), dir.resolve("both.tif"));
    TestDocumentFiles.writePdf(List.of(clean, invoice), dir.resolve("both.pdf"));

    assertThat(Files.readString(dir.resolve("invoice.gt.txt"))).isEqualTo(invoice.groundTruth());
    try (var source = jp.gyomu.pages.PageSource.open(png)) {
      assertThat(source.geometry(0).dpi()).isEqualTo(200);
    }
    try (var source = jp.gyomu.pages.PageSource.open(dir.resolve("both.tif"))) {
      assertThat(source.pageCount()).isEqualTo(2);
    }
    try (var source = jp.gyomu.pages.PageSource.open(dir.resolve("both.pdf"))) {
      assertThat(source.pageCount()).isEqualTo(2);
      assertThat(source.geometry(1).width()).isBetween(2479, 2481);
    }
  }

  private static byte[] pixels(TestDocument document) {
    return ((DataBufferByte) document.image().getRaster().getDataBuffer()).getData();
  }

  private static double inkShare(BufferedImage image, Rectangle box) {
    int ink = 0;
    for (int y = box.y; y < box.getMaxY(); y++) {
      for (int x = box.x; x < box.getMaxX(); x++) {
        if ((image.getRaster().getSample(x, y, 0)) < 128) {
          ink++;
        }
      }
    }
    return (double) ink / (box.width * box.height);
  }

  private static double meanDifference(TestDocument a, TestDocument b) {
    byte[] pa = pixels(a);
    byte[] pb = pixels(b);
    long sum = 0;
    for (int i = 0; i < pa.length; i++) {
      sum += Math.abs((pa[i] & 0xFF) - (pb[i] & 0xFF));
    }
    return (double) sum / pa.length;
  }

  private static double greyDeviation(TestDocument document, Rectangle area) {
    List<Integer> values = new ArrayList<>();
    for (int y = area.y; y < area.getMaxY(); y++) {
      for (int x = area.x; x < area.getMaxX(); x++) {
        values.add(document.image().getRaster().getSample(x, y, 0));
      }
    }
    double mean = values.stream().mapToInt(Integer::intValue).average().orElse(0);
    return Math.sqrt(values.stream().mapToDouble(v -> (v - mean) * (v - mean)).average().orElse(0));
  }

  private static long count(TestDocument document, java.util.function.IntPredicate grey) {
    byte[] p = pixels(document);
    long n = 0;
    for (byte b : p) {
      if (grey.test(b & 0xFF)) {
        n++;
      }
    }
    return n;
  }
}
