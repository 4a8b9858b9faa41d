package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.gyomu.fields.MarkedPages.Mark;
import jp.gyomu.ocr.PageText;
import jp.gyomu.ocr.TesseractEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Check boxes, choices and a QR code on a rendered form read through real Tesseract (jpn), with the
 * template written as YAML: labels are found in what Tesseract makes of a page with boxes beside
 * the text (boxes read as 口, □ or nothing, ticks as レ), not in synthetic words.
 */
class MarksTesseractTest {

  private static final String TEMPLATE =
      """
      id: allowance-claim
      name:
        ja: 児童手当認定請求書
        en: Child allowance claim
      fields:
        - name: byPost
          label: 郵送を希望する
          type: checkbox
          required: true
        - name: atCounter
          label: 窓口で受け取る
          type: checkbox
          required: true
        - name: spouse
          label: 配偶者の有無
          type: choice
          options: [有, 無]
          required: true
        - name: dependants
          label: 扶養親族の有無
          type: choice
          options: [有, 無]
          required: true
        - name: contact
          label: 連絡方法
          type: choice
          options: [電話, 郵便, メール]
        - name: agreed
          label: 上記の内容に同意します
          type: checkbox
          required: true
        - name: formId
          label: 様式番号
          type: qr
          zone: {left: 0.6, top: 0, width: 0.4, height: 0.2}
      """;

  @RegisterExtension
  static final TesseractEngineExtension tesseract = TesseractEngineExtension.onePageAtATime();

  /** A claim form at 300 dpi: two boxes on one line, two choices, a circled option, a QR code. */
  private static MarkedPages claimForm() {
    MarkedPages page = MarkedPages.a4(300);
    page.text("児童手当認定請求書", 60, 35, 18);
    page.text("受け取り方法", 20, 60, 10.5);
    page.box(50, 60, 11, Mark.TICK);
    page.text("郵送を希望する", 56, 60, 10.5);
    page.box(110, 60, 11, Mark.EMPTY);
    page.text("窓口で受け取る", 116, 60, 10.5);
    page.text("配偶者の有無", 20, 80, 10.5);
    page.box(60, 80, 11, Mark.EMPTY);
    page.text("有", 66, 80, 10.5);
    page.box(80, 80, 11, Mark.FILLED);
    page.text("無", 86, 80, 10.5);
    page.text("扶養親族の有無", 20, 100, 10.5);
    Rectangle yes = page.text("有", 66, 100, 10.5);
    page.text("・", 76, 100, 10.5);
    page.text("無", 86, 100, 10.5);
    page.circle(yes, page.px(1.2), 4f);
    page.text("連絡方法", 20, 120, 10.5);
    page.box(60, 120, 11, Mark.EMPTY);
    page.text("電話", 66, 120, 10.5);
    page.box(90, 120, 11, Mark.EMPTY);
    page.text("郵便", 96, 120, 10.5);
    page.box(120, 120, 11, Mark.EMPTY);
    page.text("メール", 126, 120, 10.5);
    page.text("上記の内容に同意します", 20, 140, 10.5);
    page.box(63, 140, 11, Mark.CROSS);
    page.text("申請者氏名　山田 花子", 20, 160, 10.5);
    qr(page, "AC-2025-0042", 165, 15, 25);
    return page;
  }

  private static void qr(MarkedPages page, String text, double xMm, double yMm, double sizeMm) {
    try {
      BitMatrix matrix =
          new MultiFormatWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  page.px(sizeMm),
                  page.px(sizeMm),
                  Map.of(EncodeHintType.MARGIN, 0));
      page.graphics().setColor(Color.BLACK);
      for (int y = 0; y < matrix.getHeight(); y++) {
        for (int x = 0; x < matrix.getWidth(); x++) {
          if (matrix.get(x, y)) {
            page.graphics().fillRect(page.px(xMm) + x, page.px(yMm) + y, 1, 1);
          }
        }
      }
    } catch (WriterException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static FieldExtraction read(MarkedPages page, Path folder) throws IOException {
    Path yaml = folder.resolve("allowance-claim.fields.yaml");
    Files.writeString(yaml, TEMPLATE);
    FieldTemplate template = FieldTemplateLoader.load(yaml);
    PageText text = tesseract.engine().read(page.image(), page.dpi(), "jpn");
    return FieldExtractor.extract(List.of(FieldPage.of(text, page.image())), template);
  }

  @Test
  void readsCheckBoxesChoicesAndAQrCodeFromRealOcrOfARenderedForm(@TempDir Path folder)
      throws IOException {
    FieldExtraction read = read(claimForm(), folder);

    assertThat(read.values())
        .containsEntry("byPost", true)
        .containsEntry("atCounter", false)
        .containsEntry("spouse", "無")
        .containsEntry("dependants", "有")
        .containsEntry("agreed", true)
        .containsEntry("formId", "AC-2025-0042");
    ExtractedField contact = read.field("contact").orElseThrow();
    assertThat(contact.value()).isNull();
    assertThat(contact.reason()).isEqualTo("いずれも選択されていません");
  }

  @Test
  void readsTheSameFormScannedSkewedAndNoisy(@TempDir Path folder) throws IOException {
    FieldExtraction read = read(claimForm().skew(1.5).noise(15, 11).blur(1).jpeg(0.75f), folder);

    assertThat(read.values())
        .containsEntry("byPost", true)
        .containsEntry("atCounter", false)
        .containsEntry("spouse", "無")
        .containsEntry("dependants", "有")
        .containsEntry("agreed", true)
        .containsEntry("formId", "AC-2025-0042");
  }
}
