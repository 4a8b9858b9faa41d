package jp.gyomu.testdocs;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import jp.gyomu.ocr.JapaneseText;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.ocr.PageText;

/** Runs the {@code tesseract} command on an image, for tests that need a real OCR reading. */
public final class TesseractCli {

  private TesseractCli() {}

  public static String read(BufferedImage image, int dpi, String languages) {
    return run(image, dpi, languages);
  }

  /**
   * Words with boxes and confidences from Tesseract's TSV output, as a {@link PageText} whose text
   * is the words joined by line, with {@link JapaneseText} clean-up.
   */
  public static PageText readWords(BufferedImage image, int dpi, String languages) {
    List<OcrWord> words = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    String lineKey = null;
    for (String row : run(image, dpi, languages, "tsv").lines().skip(1).toList()) {
      String[] cells = row.split("\t", -1);
      if (cells.length < 12 || !cells[0].equals("5") || cells[11].isBlank()) {
        continue;
      }
      String key = cells[2] + "/" + cells[3] + "/" + cells[4];
      if (lineKey != null) {
        text.append(key.equals(lineKey) ? " " : "\n");
      }
      lineKey = key;
      text.append(cells[11]);
      words.add(
          new OcrWord(
              cells[11],
              Float.parseFloat(cells[10]),
              new Rectangle(
                  Integer.parseInt(cells[6]),
                  Integer.parseInt(cells[7]),
                  Integer.parseInt(cells[8]),
                  Integer.parseInt(cells[9]))));
    }
    double mean = words.stream().mapToDouble(OcrWord::confidence).average().orElse(0);
    return new PageText(
        JapaneseText.removeSpacesBetweenCjk(text.toString()),
        words,
        (float) mean,
        image.getWidth(),
        image.getHeight(),
        dpi,
        0,
        0,
        languages);
  }

  private static List<String> command(Path png, int dpi, String languages, String... configs) {
    List<String> command =
        new ArrayList<>(
            List.of("tesseract", png.toString(), "stdout", "-l", languages, "--dpi", "" + dpi));
    command.addAll(List.of(configs));
    return command;
  }

  private static String run(BufferedImage image, int dpi, String languages, String... configs) {
    try {
      Path png = Files.createTempFile("gyomu-ocr", ".png");
      try {
        ImageIO.write(image, "png", png.toFile());
        Process process =
            new ProcessBuilder(command(png, dpi, languages, configs))
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
