package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import jp.gyomu.ocr.PageText;
import jp.gyomu.ocr.TesseractEngineExtension;
import jp.gyomu.testdocs.LineItemInvoices;
import jp.gyomu.testdocs.ScanVariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shipped invoice's {@code lineItems} read by Tesseract (the engine Gyomu ships, jpn) from
 * drawn invoices with a ruled table of items and totals rows, at 300 dpi.
 */
class TableReaderOcrTest {

  private static final FieldTemplate INVOICE =
      FieldTemplateLoader.load(Path.of("processes/invoice.fields.yaml"));

  /** A flatbed scan: slight skew, blur, noise and dust, JPEG at 70%. */
  static final ScanVariant SCAN_LIKE = new ScanVariant("scan-like", 300, 0.4, 1, 20, 0.7f);

  @RegisterExtension
  static final TesseractEngineExtension tesseract = TesseractEngineExtension.onePageAtATime();

  private static FieldExtraction read(LineItemInvoices.Invoice invoice) {
    PageText text = tesseract.engine().read(invoice.image(), invoice.dpi(), "jpn");
    return FieldExtractor.extract(List.of(FieldPage.of(text, invoice.image())), INVOICE);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(FieldExtraction extraction) {
    return (List<Map<String, Object>>) extraction.field("lineItems").orElseThrow().value();
  }

  @Test
  void readsEveryCellOfACleanInvoicesItemsAndNoTotals() {
    LineItemInvoices.Invoice invoice = LineItemInvoices.render(5, ScanVariant.CLEAN, 3);

    FieldExtraction extraction = read(invoice);

    List<Map<String, Object>> rows = rows(extraction);
    assertThat(rows).hasSameSizeAs(invoice.items());
    for (String number : List.of("quantity", "unitPrice", "amount")) {
      assertThat(rows)
          .extracting(row -> row.get(number))
          .as(number)
          .isEqualTo(invoice.items().stream().map(row -> row.get(number)).toList());
    }
    // measured: 20/20 cells; Tesseract once read データ入力作業 as データタ入力作業
    assertThat(Accuracy.of(invoice.items(), rows).share()).isGreaterThanOrEqualTo(0.95);
    assertThat(extraction.values()).containsKeys("invoiceDate", "invoiceNumber", "totalAmount");
  }

  @Test
  void readsAScanLikeInvoicesItemsAlmostCellForCell() {
    LineItemInvoices.Invoice invoice = LineItemInvoices.render(8, SCAN_LIKE, 11);

    Accuracy accuracy = Accuracy.of(invoice.items(), rows(read(invoice)));

    System.out.println("scan-like, 8 items: " + accuracy);
    assertThat(accuracy.rows()).isEqualTo(8);
    assertThat(accuracy.share()).isGreaterThanOrEqualTo(0.9);
  }

  /** Per-cell accuracy on random tables: {@code -Dgyomu.measure=true}. */
  @Test
  @EnabledIfSystemProperty(named = "gyomu.measure", matches = "true")
  void measuresCellAccuracyOnRandomTables() {
    for (ScanVariant variant : List.of(ScanVariant.CLEAN, SCAN_LIKE)) {
      int right = 0;
      int cells = 0;
      int rowsRight = 0;
      Random seeds = new Random(20250101);
      for (int t = 0; t < 10; t++) {
        long seed = seeds.nextLong();
        int count = 1 + new Random(seed).nextInt(10);
        LineItemInvoices.Invoice invoice = LineItemInvoices.render(count, variant, seed);
        ExtractedField field = read(invoice).field("lineItems").orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> read = (List<Map<String, Object>>) field.value();
        Accuracy accuracy = Accuracy.of(invoice.items(), read);
        if (accuracy.right() < accuracy.cells()) {
          System.out.printf("  %s%n  %s%n", field.reason(), field.rawText().replace("\n", "\n  "));
        }
        right += accuracy.right();
        cells += accuracy.cells();
        rowsRight += accuracy.rows() == count ? 1 : 0;
        System.out.printf("%s seed %d, %d items: %s%n", variant.name(), seed, count, accuracy);
        for (int r = 0; r < Math.min(count, read == null ? 0 : read.size()); r++) {
          for (String column : invoice.items().get(r).keySet()) {
            Object want = invoice.items().get(r).get(column);
            if (!Objects.equals(want, read.get(r).get(column))) {
              System.out.printf("  %s: %s read as %s%n", column, want, read.get(r).get(column));
            }
          }
        }
      }
      System.out.printf(
          "%s: %d/%d cells right (%.1f%%), row count right in %d/10 tables%n",
          variant.name(), right, cells, 100.0 * right / cells, rowsRight);
    }
  }

  /**
   * Cells right out of the printed items' cells; an extra or missing row counts its cells wrong.
   */
  record Accuracy(int right, int cells, int rows) {

    static Accuracy of(List<Map<String, Object>> expected, List<Map<String, Object>> read) {
      List<Map<String, Object>> got = read == null ? List.of() : read;
      int right = 0;
      int cells = 0;
      for (int r = 0; r < Math.max(expected.size(), got.size()); r++) {
        Map<String, Object> want = r < expected.size() ? expected.get(r) : got.get(r);
        for (String column : want.keySet()) {
          cells++;
          if (r < expected.size()
              && r < got.size()
              && Objects.equals(expected.get(r).get(column), got.get(r).get(column))) {
            right++;
          }
        }
      }
      return new Accuracy(right, cells, got.size());
    }

    double share() {
      return cells == 0 ? 0 : (double) right / cells;
    }

    @Override
    public String toString() {
      return "%d/%d cells right, %d rows read".formatted(right, cells, rows);
    }
  }
}
