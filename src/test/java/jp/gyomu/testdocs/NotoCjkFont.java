package jp.gyomu.testdocs;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;

/** The Japanese font test documents are drawn with (Debian package fonts-noto-cjk). */
public final class NotoCjkFont {

  public static final String FAMILY = "Noto Sans CJK JP";

  private NotoCjkFont() {}

  /**
   * @param pixelSize font size in pixels of the target image
   * @throws IllegalStateException naming the package to install when the font is missing
   */
  public static Font sized(float pixelSize) {
    boolean installed =
        Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
            .contains(FAMILY);
    if (!installed) {
      throw new IllegalStateException(
          FAMILY + " is not installed: apt-get install fonts-noto-cjk (fc-list | grep -i cjk)");
    }
    return new Font(FAMILY, Font.PLAIN, 1).deriveFont(pixelSize);
  }
}
