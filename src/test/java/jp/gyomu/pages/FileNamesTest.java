package jp.gyomu.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileNamesTest {

  private static final String ID = "3ea3daa7-0000-4000-8000-000000000001";

  @Test
  void pathPartsControlAndInvisibleCharactersAreRemoved() {
    assertThat(FileNames.sanitise("../../escape.png")).isEqualTo("escape.png");
    assertThat(FileNames.sanitise("..\\..\\win.png")).isEqualTo("win.png");
    assertThat(FileNames.sanitise("/etc/passwd.png")).isEqualTo("passwd.png");
    assertThat(FileNames.sanitise("ctl\u0001line\n\u0000.png")).isEqualTo("ctlline.png");
    assertThat(FileNames.sanitise("\u202Egnp.exe")).isEqualTo("gnp.exe");
    assertThat(FileNames.sanitise("zero\u200Bwidth\u200D.png")).isEqualTo("zerowidth.png");
    assertThat(FileNames.sanitise("申請書😀.png")).isEqualTo("申請書😀.png");
  }

  @Test
  void aLongJapaneseNameBesideAnIdFitsTheFileSystemWithItsReasonFileAndKeepsItsExtension() {
    String name = FileNames.besideId(ID, "申".repeat(296) + ".png");

    assertThat(name).startsWith(ID + "-申").endsWith(".png");
    assertThat((name + ".reason.txt").getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(255);
  }

  @Test
  void aShortNameBesideAnIdIsKeptAsItIs() {
    assertThat(FileNames.besideId(ID, "申請書😀.png")).isEqualTo(ID + "-申請書😀.png");
  }
}
