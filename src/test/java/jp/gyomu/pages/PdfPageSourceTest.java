package jp.gyomu.pages;

import static jp.gyomu.pages.UnreadableDocumentException.Problem.CORRUPT;
import static jp.gyomu.pages.UnreadableDocumentException.Problem.ENCRYPTED;
import static jp.gyomu.pages.UnreadableDocumentException.Problem.TOO_LARGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.gyomu.testdocs.CharacterErrorRate;
import jp.gyomu.testdocs.OcrEvalFolder;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPageSourceTest {

  @TempDir Path dir;

  @Test
  void keepsTheTextLayerOfABornDigitalPdfWithLowCharacterErrorRate() {
    List<String> pages = new ArrayList<>();
    try (PageSource source = PageSource.open(OcrEvalFolder.file("tess4j/multipage-pdf.pdf"))) {
      assertThat(source.pageCount()).isEqualTo(5);
      for (int i = 0; i < source.pageCount(); i++) {
        String text = source.textLayer(i).orElseThrow();
        assertThat(TextLayerCheck.isRealText(text)).as("page %d", i + 1).isTrue();
        pages.add(text);
      }
    }
    double cer =
        CharacterErrorRate.of(
            String.join("\n", pages), OcrEvalFolder.groundTruth("tess4j/multipage-pdf.gt.txt"));
    System.out.printf("multipage-pdf.pdf text layer CER %.4f%n", cer);
    assertThat(cer).isLessThan(0.005);
  }

  @Test
  void doesNotTrustAFewCharactersOfTextOnAScreenshotPage() {
    try (PageSource source = PageSource.open(OcrEvalFolder.file("tess4j/multipage-img.pdf"))) {
      assertThat(source.textLayer(0)).hasValue("Test 1");
      assertThat(TextLayerCheck.isRealText(source.textLayer(0).orElseThrow())).isFalse();
    }
  }

  @Test
  void rendersAJbig2ScanInGreyAtTheSizeAnnouncedBeforeRendering() {
    try (PageSource source = PageSource.open(OcrEvalFolder.file("tess4j/eurotext-pdf.pdf"))) {
      PageGeometry geometry = source.geometry(0);
      BufferedImage image = source.render(0).image();

      assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
      assertThat(image.getWidth()).isEqualTo(geometry.width());
      assertThat(image.getHeight()).isEqualTo(geometry.height());
      assertThat(geometry.dpi()).isEqualTo(300);
      assertThat(darkPixelShare(image)).as("ink on the page").isGreaterThan(0.01);
      assertThat(source.textLayer(0)).isEmpty();
    }
  }

  @Test
  void announcesTheSizeOfARotatedPage() throws IOException {
    Path file = dir.resolve("rotated.pdf");
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      page.setRotation(90);
      document.addPage(page);
      document.save(file.toFile());
    }
    try (PageSource source = PageSource.open(file)) {
      BufferedImage image = source.render(0).image();

      assertThat(source.geometry(0))
          .extracting(PageGeometry::width, PageGeometry::height)
          .containsExactly(image.getWidth(), image.getHeight());
      assertThat(image.getWidth()).isGreaterThan(image.getHeight());
    }
  }

  @Test
  void extractsVerticalJapaneseWithoutAnEmbeddedFontOneColumnPerLine() {
    try (PageSource source = PageSource.open(OcrEvalFolder.file("pdfminer.six/jo.pdf"))) {
      String text = source.textLayer(0).orElseThrow();
      double cer =
          CharacterErrorRate.of(text, OcrEvalFolder.groundTruth("pdfminer.six/jo-300dpi.gt.txt"));
      System.out.printf("jo.pdf text layer CER %.4f%n", cer);

      assertThat(text.lines().limit(4))
          .containsExactly("序", "わたくしといふ現象は", "假定された有機交流電燈の", "ひとつの青い照明です");
      assertThat(cer).isLessThan(0.01);
    }
  }

  @Test
  void refusesAPdfPageHidingAHugeImageWithoutDecodingIt() throws IOException {
    Path file = dir.resolve("image-bomb.pdf");
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      // a declared 40000 x 40000 grey image; its data are never read
      PDImageXObject image =
          new PDImageXObject(
              document,
              new java.io.ByteArrayInputStream(new byte[16]),
              COSName.FLATE_DECODE,
              40_000,
              40_000,
              8,
              PDDeviceGray.INSTANCE);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawImage(image, 0, 0, 595, 842);
      }
      document.save(file.toFile());
    }

    assertThatThrownBy(() -> PageSource.open(file))
        .isInstanceOfSatisfying(
            UnreadableDocumentException.class, e -> assertThat(e.problem()).isEqualTo(TOO_LARGE))
        .hasMessageContaining("40000 x 40000");
  }

  @Test
  void refusesAPdfWithAUserPassword() throws IOException {
    Path file = dir.resolve("locked.pdf");
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      document.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
      document.save(file.toFile());
    }

    assertThatThrownBy(() -> PageSource.open(file))
        .isInstanceOfSatisfying(
            UnreadableDocumentException.class, e -> assertThat(e.problem()).isEqualTo(ENCRYPTED))
        .hasMessageContaining("password");
  }

  @Test
  void opensAPdfThatOnlyRestrictsEditing() throws IOException {
    Path file = dir.resolve("restricted.pdf");
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      AccessPermission readOnly = new AccessPermission();
      readOnly.setCanModify(false);
      document.protect(new StandardProtectionPolicy("owner", "", readOnly));
      document.save(file.toFile());
    }

    try (PageSource source = PageSource.open(file)) {
      assertThat(source.render(0).image().getWidth()).isEqualTo(2550);
    }
  }

  @Test
  void reportsAPdfWithoutStructureAsCorrupt() throws IOException {
    Path file =
        Files.write(
            dir.resolve("broken.pdf"),
            "%PDF-1.7\nthis is not a PDF body\n".getBytes(StandardCharsets.US_ASCII));

    assertThatThrownBy(() -> PageSource.open(file))
        .isInstanceOfSatisfying(
            UnreadableDocumentException.class, e -> assertThat(e.problem()).isEqualTo(CORRUPT))
        .hasMessageContaining("PDF");
  }

  @Test
  void reportsATruncatedPdfAsCorruptOrReadsWhatIsLeft() throws IOException {
    byte[] whole = Files.readAllBytes(OcrEvalFolder.file("tess4j/multipage-pdf.pdf"));
    Path file =
        Files.write(dir.resolve("cut.pdf"), java.util.Arrays.copyOf(whole, whole.length / 3));

    // PDFBox repairs what it can; whatever happens must be a typed refusal or readable pages
    try (PageSource source = PageSource.open(file)) {
      for (PageImage page : source.pages()) {
        assertThat(page.image().getWidth()).isPositive();
      }
    } catch (UnreadableDocumentException e) {
      assertThat(e.problem()).isEqualTo(CORRUPT);
    }
  }

  private static double darkPixelShare(BufferedImage image) {
    long dark = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFF) < 128) {
          dark++;
        }
      }
    }
    return (double) dark / ((long) image.getWidth() * image.getHeight());
  }
}
