package jp.gyomu.ocr;

import com.sun.jna.Native;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import jp.gyomu.testdocs.CharacterErrorRate;
import net.sourceforge.tess4j.TessAPI;

/**
 * A small measurement of {@link TessApiOcrEngine} against the {@code tesseract} command line on the
 * public test pages: handle init cost, per-page time with a reused handle, and character error
 * rates. Run by {@code bench/ocr-engine.sh}; not a test.
 */
public final class OcrEngineBench {

  /**
   * @param file the page as a file for the command line; null to write {@code image} out
   */
  private record Page(
      String name, Path file, BufferedImage image, String truth, String languages) {}

  public static void main(String[] args) throws Exception {
    OcrSettings settings = OcrSettings.defaults().withMaxConcurrentPages(1);
    measureInit(settings);
    List<Page> pages = pages();
    System.out.println(
        "| page | languages used | engine ms | engine CER | CLI jpn+eng ms | CLI jpn+eng CER"
            + " | CLI eng ms | CLI eng CER |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    try (TessApiOcrEngine engine = new TessApiOcrEngine(settings)) {
      for (Page page : pages) {
        engine.read(page.image(), 300, page.languages());
        long start = System.nanoTime();
        PageText text = engine.read(page.image(), 300, page.languages());
        long ms = (System.nanoTime() - start) / 1_000_000;
        Cli combined = cli(page, "jpn+eng");
        Cli english = page.languages().equals("eng") ? cli(page, "eng") : null;
        System.out.printf(
            "| %s | %s | %d | %.4f | %d | %.4f | %s | %s |%n",
            page.name(),
            text.languages(),
            ms,
            CharacterErrorRate.of(text.text(), page.truth()),
            combined.ms(),
            combined.cer(),
            english == null ? "" : Long.toString(english.ms()),
            english == null ? "" : "%.4f".formatted(english.cer()));
      }
    }
  }

  private static void measureInit(OcrSettings settings) {
    TessAPI api = Native.load(settings.tesseractLibrary(), TessAPI.class);
    for (String languages : List.of("osd", "eng", "jpn", "jpn_vert", "jpn+eng")) {
      long start = System.nanoTime();
      TesseractHandle.open(api, settings.tessdataDir(), languages).close();
      System.out.printf("init %s: %d ms%n", languages, (System.nanoTime() - start) / 1_000_000);
    }
  }

  private static List<Page> pages() {
    List<Page> pages = new ArrayList<>();
    for (String path :
        List.of(
            "tess4j/eurotext.png",
            "tess4j/eurotext90.png",
            "tess4j/eurotext_deskew.png",
            "tesseract-test/phototest.tif",
            "tesseract-test/phototest-rotated-L.png",
            "tesseract-test/phototest-rotated-R.png",
            "tesseract-test/phototest-rotated-180.png")) {
      pages.add(
          new Page(
              path,
              RealPages.dir().resolve(path),
              RealPages.image(path),
              RealPages.groundTruth(path),
              "eng"));
    }
    String jo = "pdfminer.six/jo-300dpi.png";
    pages.add(
        new Page(
            jo,
            RealPages.dir().resolve(jo),
            RealPages.image(jo),
            RealPages.groundTruth(jo),
            "jpn"));
    BufferedImage form = JapaneseFormPage.render();
    String truth = JapaneseFormPage.groundTruth();
    pages.add(new Page("rendered 旅費精算書", null, form, truth, "jpn"));
    pages.add(
        new Page("rendered 旅費精算書 askew 2°", null, JapaneseFormPage.askew(form, 2), truth, "jpn"));
    return pages;
  }

  private record Cli(long ms, double cer) {}

  /** The command line with its default options, as an operator would run it. */
  private static Cli cli(Page page, String languages) throws IOException, InterruptedException {
    Path file = page.file();
    if (file == null) {
      file = Files.createTempFile("ocr-bench", ".png");
      ImageIO.write(page.image(), "png", file.toFile());
    }
    try {
      ProcessBuilder tesseract =
          new ProcessBuilder("tesseract", file.toString(), "-", "-l", languages)
              .redirectError(ProcessBuilder.Redirect.DISCARD);
      tesseract.environment().put("OMP_THREAD_LIMIT", "1");
      long start = System.nanoTime();
      Process process = tesseract.start();
      String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      return new Cli(
          (System.nanoTime() - start) / 1_000_000, CharacterErrorRate.of(text, page.truth()));
    } finally {
      if (page.file() == null) {
        Files.delete(file);
      }
    }
  }

  private OcrEngineBench() {}
}
