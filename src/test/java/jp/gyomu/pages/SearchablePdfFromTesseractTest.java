package jp.gyomu.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import jp.gyomu.ocr.PageText;
import jp.gyomu.testdocs.CharacterErrorRate;
import jp.gyomu.testdocs.FormSpec;
import jp.gyomu.testdocs.ScanLikeDocuments;
import jp.gyomu.testdocs.ScanVariant;
import jp.gyomu.testdocs.TesseractCli;
import jp.gyomu.testdocs.TestDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The searchable PDF of a real Tesseract reading gives that reading back, Japanese unspaced. */
class SearchablePdfFromTesseractTest {

  private static final Pattern SPACE_BETWEEN_KANA_OR_KANJI =
      Pattern.compile(
          "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}][ \\u3000]+[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

  @Test
  void pdftotextGivesBackTheOcrTextOfAGeneratedForm(@TempDir Path dir) throws Exception {
    TestDocument page =
        ScanLikeDocuments.render(FormSpec.subsidyApplication(), ScanVariant.CLEAN, 7);
    PageText ocr = TesseractCli.readWords(page.image(), page.dpi(), "jpn");
    Path pdf = dir.resolve("subsidy.pdf");
    try (SearchablePdfWriter writer = new SearchablePdfWriter(pdf)) {
      writer.addPage(page.image(), ocr);
      writer.save();
    }

    String extracted = pdftotext(pdf);

    double againstOcr = CharacterErrorRate.of(extracted, ocr.text());
    double againstTruth = CharacterErrorRate.of(extracted, page.groundTruth());
    System.out.printf(
        "searchable PDF of tesseract words: CER vs OCR text %.4f, vs ground truth %.4f, %d KB%n",
        againstOcr, againstTruth, Files.size(pdf) / 1024);
    assertThat(againstOcr).isZero();
    assertThat(SPACE_BETWEEN_KANA_OR_KANJI.matcher(extracted).find()).as(extracted).isFalse();
    assertThat(extracted).contains("省エネルギー設備導入事業");
  }

  private static String pdftotext(Path pdf) throws Exception {
    Process process =
        new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return out;
  }
}
