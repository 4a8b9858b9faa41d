package jp.gyomu.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import jp.gyomu.testdocs.FormSpec;
import jp.gyomu.testdocs.ScanLikeDocuments;
import jp.gyomu.testdocs.ScanVariant;
import org.junit.jupiter.api.Test;

class DespeckleTest {

  @Test
  void estimatesTheNoiseOfANoisyScanAndLeavesOtherScansAlone() {
    FormSpec form = FormSpec.invoice();

    // Noise of σ 25 clipped at white paper: about half of it is left to see.
    assertThat(sigma(form, ScanVariant.NOISY)).isGreaterThan(2.5 * Despeckle.NOISY_SIGMA);
    assertThat(sigma(form, ScanVariant.ALL_COMBINED)).isGreaterThan(2 * Despeckle.NOISY_SIGMA);
    for (ScanVariant quiet :
        new ScanVariant[] {
          ScanVariant.CLEAN, ScanVariant.BLURRED, ScanVariant.JPEG_70, ScanVariant.DPI_200
        }) {
      assertThat(sigma(form, quiet)).as(quiet.name()).isLessThan(Despeckle.NOISY_SIGMA / 4);
    }
  }

  @Test
  void cleanPagesAreReturnedUntouched() {
    BufferedImage clean =
        Greyscale.of(ScanLikeDocuments.render(FormSpec.invoice(), ScanVariant.CLEAN, 7).image());

    assertThat(Despeckle.ifNoisy(clean)).isSameAs(clean);
  }

  @Test
  void theMedianRemovesSpecksAndMostNoise() {
    BufferedImage noisy =
        Greyscale.of(ScanLikeDocuments.render(FormSpec.invoice(), ScanVariant.NOISY, 7).image());

    BufferedImage filtered = Despeckle.ifNoisy(noisy);

    assertThat(filtered).isNotSameAs(noisy);
    assertThat(Despeckle.noiseSigma(filtered)).isLessThan(Despeckle.NOISY_SIGMA);
  }

  @Test
  void theMedianOfAnIsolatedDarkPixelIsPaper() {
    BufferedImage page = new BufferedImage(5, 5, BufferedImage.TYPE_BYTE_GRAY);
    byte[] pixels = Greyscale.pixels(page);
    java.util.Arrays.fill(pixels, (byte) 240);
    pixels[2 * 5 + 2] = 0;

    byte[] out = Greyscale.pixels(Despeckle.median3x3(page));

    assertThat(out[2 * 5 + 2] & 0xff).isEqualTo(240);
  }

  private static double sigma(FormSpec form, ScanVariant variant) {
    return Despeckle.noiseSigma(Greyscale.of(ScanLikeDocuments.render(form, variant, 7).image()));
  }
}
