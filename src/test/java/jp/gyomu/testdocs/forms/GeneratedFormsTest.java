package jp.gyomu.testdocs.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import jp.gyomu.fields.FieldType;
import jp.gyomu.testdocs.TestDocument.DrawnText;
import jp.gyomu.testdocs.forms.FormContent.CheckBox;
import jp.gyomu.testdocs.forms.FormContent.CornerBlock;
import jp.gyomu.testdocs.forms.FormContent.Labelled;
import jp.gyomu.testdocs.forms.FormContent.Table;
import org.junit.jupiter.api.Test;

class GeneratedFormsTest {

  private static final List<String> TYPES =
      OfficeForms.all().stream().map(ContentGenerator::type).toList();

  @Test
  void theSameSeedGivesTheSamePixelsAndAnotherSeedOthers() {
    GeneratedForm first = GeneratedForms.generate("invoice", 1000, PageVariant.SCAN_LIKE);
    GeneratedForm again = GeneratedForms.generate("invoice", 1000, PageVariant.SCAN_LIKE);
    GeneratedForm other = GeneratedForms.generate("invoice", 1001, PageVariant.SCAN_LIKE);

    assertThat(pixels(again.document().image())).isEqualTo(pixels(first.document().image()));
    assertThat(again.expected()).isEqualTo(first.expected());
    assertThat(other.expected()).isNotEqualTo(first.expected());
  }

  @Test
  void everyVariantOfASeedSaysTheSameInTheSameLayout() {
    GeneratedForm clean = GeneratedForms.generate("travel-expense", 1005, PageVariant.CLEAN);
    for (PageVariant v : PageVariant.values()) {
      GeneratedForm form = GeneratedForms.generate("travel-expense", 1005, v);
      assertThat(form.expected()).isEqualTo(clean.expected());
      assertThat(form.layout()).isEqualTo(clean.layout());
    }
  }

  @Test
  void everyPrintedValueLabelAndTableCellIsDrawnOnThePageWithInkInItsBox() {
    for (String type : TYPES) {
      for (long seed : Seeds.tuning(6)) {
        GeneratedForm form = GeneratedForms.generate(type, seed, PageVariant.CLEAN);
        List<String> drawn = form.document().lines().stream().map(DrawnText::text).toList();
        for (var e : form.content().elements()) {
          if (e instanceof Labelled l) {
            assertThat(drawn).as(type + " " + seed).contains(l.printed());
            assertThat(drawn.stream().anyMatch(d -> d.replaceAll("[\\s　：:]", "").equals(l.label())))
                .as(type + " " + seed + " label " + l.label())
                .isTrue();
          } else if (e instanceof CornerBlock b) {
            assertThat(drawn).containsAll(b.lines());
          } else if (e instanceof Table t) {
            t.rows()
                .forEach(
                    row ->
                        row.stream()
                            .filter(c -> !c.isEmpty())
                            .forEach(c -> assertThat(drawn).contains(c)));
          }
        }
        for (DrawnText text : form.document().lines()) {
          assertThat(inkShare(form.document().image(), text.box()))
              .as(text.text())
              .isGreaterThan(0.02);
        }
        form.boxes().forEach((field, box) -> assertThat(box).as(field).isNotNull());
      }
    }
  }

  @Test
  void printedDatesAndAmountsReadAsTheExpectedValues() {
    for (String type : TYPES) {
      for (long seed : Seeds.tuning(200)) {
        FormContent content = OfficeForms.byType(type).generate(new Random(seed));
        for (var e : content.elements()) {
          if (e instanceof Labelled l && l.expected() instanceof LocalDate) {
            assertThat(FieldType.DATE.normalise(l.printed()).value())
                .as(l.printed())
                .isEqualTo(l.expected());
          } else if (e instanceof Labelled l && l.expected() instanceof Long) {
            assertThat(FieldType.AMOUNT.normalise(l.printed()).value())
                .as(l.printed())
                .isEqualTo(l.expected());
          }
        }
      }
    }
  }

  @Test
  void invoiceTotalsAddUpAndAtLeastThreeLineAmountsStandAboveTheTotal() {
    for (long seed : Seeds.tuning(100)) {
      Map<String, Object> expected = OfficeForms.invoice().generate(new Random(seed)).expected();
      @SuppressWarnings("unchecked")
      var lines = (List<Map<String, Object>>) expected.get("lineItems");
      long sum = 0;
      for (var line : lines) {
        assertThat((long) line.get("amount"))
            .isEqualTo((long) line.get("quantity") * (long) line.get("unitPrice"));
        sum += (long) line.get("amount");
      }
      assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
      assertThat(expected.get("subtotal")).isEqualTo(sum);
      assertThat(expected.get("tax")).isEqualTo(sum / 10);
      assertThat(expected.get("totalAmount")).isEqualTo(sum + sum / 10);
      assertThat((LocalDate) expected.get("dueDate"))
          .isAfter((LocalDate) expected.get("invoiceDate"));
    }
  }

  @Test
  void labelsVaryAsOtherOfficesPrintThem() {
    Set<String> nameLabels = new HashSet<>();
    Set<Boolean> issuerInCorner = new HashSet<>();
    for (long seed : Seeds.tuning(200)) {
      for (var e : OfficeForms.travelExpense().generate(new Random(seed)).elements()) {
        if (e instanceof Labelled l && "applicantName".equals(l.field())) {
          nameLabels.add(l.label());
        }
      }
      issuerInCorner.add(
          OfficeForms.invoice().generate(new Random(seed)).elements().stream()
              .anyMatch(CornerBlock.class::isInstance));
    }
    assertThat(nameLabels).containsExactlyInAnyOrder("氏名", "出張者", "申請者氏名", "職員氏名");
    assertThat(issuerInCorner).containsExactlyInAnyOrder(true, false);
  }

  @Test
  void checkedBoxesCarryInkInsideAndEmptyOnesNone() {
    int checked = 0;
    int empty = 0;
    for (long seed : Seeds.tuning(10)) {
      GeneratedForm form =
          GeneratedForms.generate("benefit-status-report", seed, PageVariant.CLEAN);
      for (var e : form.content().elements()) {
        if (e instanceof CheckBox c) {
          Rectangle box = form.boxes().get(c.field());
          Rectangle inside =
              new Rectangle(
                  box.x + box.width / 4, box.y + box.height / 4, box.width / 2, box.height / 2);
          double ink = inkShare(form.document().image(), inside);
          if (c.checked()) {
            checked++;
            assertThat(ink).as(c.mark() + " seed " + seed).isGreaterThan(0.05);
          } else {
            empty++;
            assertThat(ink).as("empty box seed " + seed).isLessThan(0.01);
          }
        }
      }
    }
    assertThat(checked).isPositive();
    assertThat(empty).isPositive();
  }

  @Test
  void theQrCodeDecodesToTheExpectedText() throws Exception {
    int decoded = 0;
    for (long seed : Seeds.tuning(8)) {
      GeneratedForm form =
          GeneratedForms.generate("benefit-status-report", seed, PageVariant.CLEAN);
      Rectangle box = form.boxes().get("qrCode");
      if (box == null) {
        continue;
      }
      BufferedImage image = form.document().image();
      Rectangle around = new Rectangle(box.x - 40, box.y - 40, box.width + 80, box.height + 80);
      int[] argb =
          image
              .getSubimage(around.x, around.y, around.width, around.height)
              .getRGB(0, 0, around.width, around.height, null, 0, around.width);
      var bitmap =
          new BinaryBitmap(
              new HybridBinarizer(new RGBLuminanceSource(around.width, around.height, argb)));
      assertThat(new QRCodeReader().decode(bitmap).getText())
          .isEqualTo(form.expected().get("qrCode"));
      decoded++;
    }
    assertThat(decoded).isPositive();
  }

  @Test
  void tuningAndHeldOutSeedsAreDisjoint() {
    assertThat(Seeds.tuning(100_000)).noneMatch(Seeds::isHeldOut);
    assertThat(Seeds.heldOut(100_000)).allMatch(Seeds::isHeldOut);
  }

  private static byte[] pixels(BufferedImage image) {
    return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
  }

  private static double inkShare(BufferedImage image, Rectangle box) {
    Rectangle r = box.intersection(new Rectangle(0, 0, image.getWidth(), image.getHeight()));
    int dark = 0;
    for (int y = r.y; y < r.y + r.height; y++) {
      for (int x = r.x; x < r.x + r.width; x++) {
        if ((image.getRGB(x, y) & 0xFF) < 128) {
          dark++;
        }
      }
    }
    return r.isEmpty() ? 0 : (double) dark / (r.width * r.height);
  }
}
