package jp.gyomu.console;

import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import javax.imageio.ImageIO;

/**
 * Small scans for the console's tests: a line of English text that no document type's rules
 * recognise, and a fresh code on each, so no two are the same bytes (the shared test database would
 * otherwise call a second one a duplicate of another test's).
 */
final class ConsoleScans {

  private ConsoleScans() {}

  static byte[] unrecognisedPage() {
    var image = new BufferedImage(1200, 300, BufferedImage.TYPE_BYTE_GRAY);
    var g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
    g.drawString("Minutes of the garden committee", 40, 110);
    g.drawString("Ref " + UUID.randomUUID().toString().substring(0, 8), 40, 200);
    g.dispose();
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
