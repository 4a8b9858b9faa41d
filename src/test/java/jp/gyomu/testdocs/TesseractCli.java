package jp.gyomu.testdocs;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/** Runs the {@code tesseract} command on an image, for tests that need a real OCR reading. */
public final class TesseractCli {

  private TesseractCli() {}

  public static String read(BufferedImage image, int dpi, String languages) {
    try {
      Path png = Files.createTempFile("gyomu-ocr", ".png");
      try {
        ImageIO.write(image, "png", png.toFile());
        Process process =
            new ProcessBuilder(
                    "tesseract", png.toString(), "stdout", "-l", languages, "--dpi", "" + dpi)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        process.getOutputStream().close();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
          throw new IllegalStateException("tesseract failed on " + png);
        }
        return text;
      } finally {
        Files.deleteIfExists(png);
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "tesseract CLI not available (apt-get install tesseract-ocr)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
