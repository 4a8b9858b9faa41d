package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import java.util.stream.Stream;
import jp.gyomu.testdocs.FormSpec;
import jp.gyomu.testdocs.ScanLikeDocuments;
import jp.gyomu.testdocs.ScanVariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PageRegistrationTest {

  private static final BufferedImage SAMPLE = MovedForms.sample();
  private static final PageInk REFERENCE = PageInk.of(SAMPLE);

  @Test
  void findsWhereAScanFedOffScaledAndTurnedLiesWithinAFewPixels() {
    Random random = new Random(7);
    for (int i = 0; i < 8; i++) {
      AffineTransform move = MovedForms.randomMove(random, 1.5);
      BufferedImage scan = MovedForms.scan(move, MovedForms.DPI, i);

      PageRegistration.Registration found = PageRegistration.register(SAMPLE, scan);

      assertThat(found.matched()).as("scan %d", i).isTrue();
      assertThat(found.reason()).isNull();
      // 8 px at 300 dpi is 0.7 mm, a tenth of a text line
      assertThat(worstError(found, move)).as("scan %d, moved by %s", i, move).isLessThan(8);
    }
  }

  @Test
  void findsTheSampleOnAScanAtAnotherResolution() {
    AffineTransform move =
        AffineTransform.getTranslateInstance(-MovedForms.mm(9), MovedForms.mm(7));
    move.scale(0.98, 0.98);
    BufferedImage scan = MovedForms.scan(move, 200, 3);

    PageRegistration.Registration found = PageRegistration.register(SAMPLE, scan);

    AffineTransform truth = AffineTransform.getScaleInstance(200.0 / 300, 200.0 / 300);
    truth.concatenate(move);
    assertThat(found.matched()).isTrue();
    assertThat(worstError(found, truth)).isLessThan(6);
  }

  @Test
  void aScanOfAnUnmovedPageRegistersAsNearlyTheIdentity() {
    PageRegistration.Registration found =
        PageRegistration.register(SAMPLE, MovedForms.scan(new AffineTransform(), 300, 1));

    assertThat(found.matched()).isTrue();
    assertThat(worstError(found, new AffineTransform())).isLessThan(4);
  }

  static Stream<FormSpec> otherForms() {
    return Stream.of(
        FormSpec.invoice(),
        FormSpec.travelExpense(),
        FormSpec.subsidyApplication(),
        FormSpec.englishInvoice());
  }

  @ParameterizedTest
  @MethodSource("otherForms")
  void anotherRuledFormIsNotTakenForTheSampleAndSaysWhy(FormSpec form) {
    for (ScanVariant variant : new ScanVariant[] {ScanVariant.CLEAN, ScanVariant.ALL_COMBINED}) {
      BufferedImage other = ScanLikeDocuments.render(form, variant, 1).image();

      PageRegistration.Registration found = PageRegistration.register(SAMPLE, other);

      assertThat(found.matched()).as(variant.name()).isFalse();
      assertThat(found.reason()).startsWith("the page does not match the reference page");
      assertThat(found.overlap()).isLessThan(PageRegistration.MIN_OVERLAP);
      // not matched: the page's own proportions, so zones stay fractions of the page
      Point2D corner = found.toPage(SAMPLE.getWidth(), SAMPLE.getHeight());
      assertThat(corner.distance(other.getWidth(), other.getHeight())).isLessThan(1e-6);
    }
  }

  @Test
  void aFilledSampleStillFindsAScanFilledDifferently() {
    BufferedImage filled =
        MovedForms.draw(
            java.util.Map.of("applicantName", "鈴木一郎", "receiptNumber", "99"),
            new AffineTransform(),
            300);
    AffineTransform move =
        AffineTransform.getTranslateInstance(MovedForms.mm(6), -MovedForms.mm(8));
    move.scale(1.015, 1.015);

    PageRegistration.Registration found =
        PageRegistration.register(filled, MovedForms.scan(move, 300, 5));

    assertThat(found.matched()).isTrue();
    assertThat(worstError(found, move)).isLessThan(8);
  }

  @Test
  void aBlankPageIsNotRegistered() {
    BufferedImage blank = new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_GRAY);
    blank.getRaster().setSamples(0, 0, 1654, 2339, 0, new int[1654 * 2339]);
    java.awt.Graphics2D g = blank.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, 1654, 2339);
    g.dispose();

    PageRegistration.Registration found = PageRegistration.register(SAMPLE, blank);

    assertThat(found.matched()).isFalse();
    assertThat(found.reason()).contains("too little ink");
  }

  /** Largest distance between where a point of the sample lands and where it was found to land. */
  static double worstError(PageRegistration.Registration found, AffineTransform truth) {
    double worst = 0;
    for (double fx : new double[] {0.1, 0.5, 0.9}) {
      for (double fy : new double[] {0.1, 0.5, 0.9}) {
        Point2D point = new Point2D.Double(fx * MovedForms.WIDTH, fy * MovedForms.HEIGHT);
        worst =
            Math.max(
                worst,
                truth.transform(point, null).distance(found.toPage(point.getX(), point.getY())));
      }
    }
    return worst;
  }
}
