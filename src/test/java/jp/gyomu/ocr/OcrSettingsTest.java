package jp.gyomu.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcrSettingsTest {

  @Test
  void takesTessdataFromThePrefixOrTheTessdataFolderBelowIt(@TempDir Path dir) throws IOException {
    Path tessdata = Files.createDirectory(dir.resolve("tessdata"));

    assertThat(OcrSettings.findTessdata(dir.toString())).isEqualTo(tessdata);
    assertThat(OcrSettings.findTessdata(tessdata.toString())).isEqualTo(tessdata);
  }

  @Test
  void fallsBackToDebiansTessdataFolder() {
    assertThat(OcrSettings.findTessdata(null))
        .isEqualTo(Path.of("/usr/share/tesseract-ocr/5/tessdata"));
  }

  @Test
  void findsTheVersionedLibtesseractWithoutTheDevPackage() {
    assertThat(OcrSettings.defaults().tesseractLibrary()).endsWith("libtesseract.so.5");
  }

  @Test
  void upscalesScansBelow240DpiTo300AndReadsTheOthersAsTheyAre() {
    OcrSettings settings = OcrSettings.defaults();

    assertThat(settings.readingScale(200)).isEqualTo(1.5);
    assertThat(settings.readingScale(150)).isEqualTo(2);
    assertThat(settings.readingScale(240)).isEqualTo(1);
    assertThat(settings.readingScale(300)).isEqualTo(1);
  }

  @Test
  void readsPagesAboveTheMaximumScaledDownToItAndTheOthersAsBefore() {
    OcrSettings settings = OcrSettings.defaults().withMaxDpi(250);

    assertThat(settings.readingScale(300)).isCloseTo(250.0 / 300, within(1e-9));
    assertThat(settings.readingScale(250)).isEqualTo(1);
    assertThat(settings.readingScale(240)).isEqualTo(1);
    assertThat(settings.readingScale(200)).isEqualTo(1.5);
  }

  @Test
  void refusesAMaximumBelowTheResolutionUnderWhichPagesAreUpscaled() {
    assertThatThrownBy(() -> OcrSettings.defaults().withMaxDpi(200))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
