package jp.gyomu.ocr;

import static org.assertj.core.api.Assertions.assertThat;

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
}
