package jp.gyomu.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.ocr.PageText;
import jp.gyomu.testdocs.NotoCjkFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchablePdfWriterTest {

  private static final int DPI = 300;
  private static final int WIDTH = 2480;
  private static final int HEIGHT = 3508;

  @TempDir Path dir;

  private BufferedImage image;
  private final List<OcrWord> words = new ArrayList<>();
  private Graphics2D g;
  private Font font;

  @BeforeEach
  void drawAPage() {
    image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    font = NotoCjkFont.sized(50);
    g.setFont(font);
  }

  @Test
  void writesJapaneseWithoutSpacesAndEnglishWithSpacesThatPdftotextReadsBack() throws Exception {
    // Tesseract reports Japanese mostly one character per word
    drawWords(300, 400, "旅", "費", "精", "算", "書");
    drawWords(300, 520, "申", "請", "日", "令", "和", "6", "年", "4", "月", "1", "日");
    drawWords(300, 640, "氏名", "山田", "太郎", "（", "総務課", "）");
    drawWords(300, 760, "Total", "amount:", "12,345", "yen");
    drawWords(300, 880, "𠮷", "野", "家", "の", "領", "収", "書");
    Path pdf = write();

    String extracted = pdftotext(pdf);

    assertThat(extracted.lines().map(String::strip).filter(l -> !l.isEmpty()))
        .containsExactly(
            "旅費精算書", "申請日令和6年4月1日", "氏名山田太郎（総務課）", "Total amount: 12,345 yen", "𠮷野家の領収書");
  }

  @Test
  void givesTheSameTextToPdfBoxsOwnExtractor() throws IOException {
    drawWords(300, 400, "申", "請", "日", "令", "和", "6", "年");
    drawWords(300, 520, "Total", "amount:", "12,345", "yen");
    Path pdf = write();

    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(new PDFTextStripper().getText(document).lines().map(String::strip))
          .containsExactly("申請日令和6年", "Total amount: 12,345 yen");
    }
  }

  @Test
  void showsThePageImageAtItsSizeAndKeepsTheFileSmall() throws IOException {
    drawWords(300, 400, "補", "助", "金", "交", "付", "申", "請", "書");
    for (int y = 600; y < 3200; y += 80) {
      drawWords(300, y, "本", "事", "業", "は", "地", "域", "の", "Gyomu", "test", "です");
    }
    Path pdf = write();

    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      BufferedImage rendered = new PDFRenderer(document).renderImageWithDPI(0, DPI);
      assertThat(rendered.getWidth()).isBetween(WIDTH - 1, WIDTH + 1);
      assertThat(rendered.getHeight()).isBetween(HEIGHT - 1, HEIGHT + 1);
      double difference = meanAbsoluteDifference(rendered, image);
      System.out.printf("rendered page vs original: mean grey difference %.2f%n", difference);
      assertThat(difference).as("mean grey-level difference").isLessThan(3);
    }
    long bytes = Files.size(pdf);
    System.out.printf("searchable A4 page at 300 dpi, grey JPEG q0.6: %d KB%n", bytes / 1024);
    assertThat(bytes).isLessThan(450 * 1024);
  }

  @Test
  void showsAPageTheOcrTurnedUprightAsTheUprightImageItIsGiven() throws Exception {
    drawWords(300, 400, "補", "助", "金", "交", "付", "申", "請", "書");
    g.fillRect(300, 600, 1000, 500); // a mark that a wrong turn would move
    // the scan lay on its side: the OCR read it turned a quarter clockwise, as the store keeps it
    PageText turned = new PageText("", List.copyOf(words), 95, WIDTH, HEIGHT, DPI, 90, 0, "jpn");
    Path pdf = dir.resolve("turned.pdf");
    try (SearchablePdfWriter writer = new SearchablePdfWriter(pdf)) {
      writer.addPage(image, turned);
      writer.save();
    }

    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      BufferedImage rendered = new PDFRenderer(document).renderImageWithDPI(0, DPI);
      assertThat(rendered.getWidth()).isBetween(WIDTH - 1, WIDTH + 1);
      assertThat(meanAbsoluteDifference(rendered, image)).as("mean grey difference").isLessThan(3);
    }
    assertThat(pdftotext(pdf).strip()).isEqualTo("補助金交付申請書");
  }

  @Test
  void writesABilevelPageAsCcittAndStillCarriesText() throws Exception {
    drawWords(300, 400, "件", "名", "Invoice");
    BufferedImage bilevel = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_BINARY);
    bilevel.createGraphics().drawImage(image, 0, 0, null);
    Path pdf = dir.resolve("bilevel.pdf");
    try (SearchablePdfWriter writer = new SearchablePdfWriter(pdf)) {
      writer.addPage(bilevel, pageText());
      writer.save();
    }

    assertThat(pdftotext(pdf).strip()).isEqualTo("件名 Invoice");
    System.out.printf("searchable bilevel A4 page, CCITT G4: %d KB%n", Files.size(pdf) / 1024);
    assertThat(Files.size(pdf)).isLessThan(60 * 1024);
  }

  private void drawWords(int x, int baseline, String... texts) {
    FontRenderContext context = g.getFontRenderContext();
    for (String text : texts) {
      Rectangle bounds = font.createGlyphVector(context, text).getPixelBounds(context, x, baseline);
      g.drawString(text, x, baseline);
      words.add(new OcrWord(text, 95, bounds));
      boolean latin = text.chars().allMatch(c -> c < 0x3000);
      x += (int) font.getStringBounds(text, context).getWidth() + (latin ? 16 : 2);
    }
  }

  private PageText pageText() {
    return new PageText("", List.copyOf(words), 95, WIDTH, HEIGHT, DPI, 0, 0, "jpn");
  }

  private Path write() {
    Path pdf = dir.resolve("searchable.pdf");
    try (SearchablePdfWriter writer = new SearchablePdfWriter(pdf)) {
      writer.addPage(image, pageText());
      writer.save();
    }
    return pdf;
  }

  private static String pdftotext(Path pdf) throws Exception {
    Process process =
        new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out;
  }

  private static double meanAbsoluteDifference(BufferedImage a, BufferedImage b) {
    int width = Math.min(a.getWidth(), b.getWidth());
    int height = Math.min(a.getHeight(), b.getHeight());
    long sum = 0;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        sum += Math.abs((a.getRGB(x, y) & 0xFF) - (b.getRGB(x, y) & 0xFF));
      }
    }
    return (double) sum / ((long) width * height);
  }
}
