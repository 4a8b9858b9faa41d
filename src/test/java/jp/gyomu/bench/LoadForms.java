package jp.gyomu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.gyomu.testdocs.NumberedForms;
import jp.gyomu.testdocs.ScanVariant;

/**
 * The load test's scans: numbered single-page office forms in a mix of scan qualities, drawn once
 * and kept in a cache folder (drawing a thousand pages takes minutes, and must not compete with
 * Gyomu for the CPU while it is measured).
 */
final class LoadForms {

  /** One generated scan and the document type it is sent as. */
  record Form(int number, String type, Path file) {}

  private static final String SERIES = "L";

  private LoadForms() {}

  /**
   * Half clean 300 dpi pages; the rest skewed, blurred, JPEG-compressed, 200 dpi, and one in ten
   * all of these with noise, as a mixed batch from office scanners looks.
   */
  static ScanVariant variant(int number) {
    return switch (number % 10) {
      case 0 -> ScanVariant.ALL_COMBINED;
      case 1 -> ScanVariant.ROTATED;
      case 2 -> ScanVariant.DPI_200;
      case 3 -> ScanVariant.JPEG_70;
      case 4 -> ScanVariant.BLURRED;
      default -> ScanVariant.CLEAN;
    };
  }

  /** Forms numbered {@code 1..count}, drawing those missing from {@code cache}. */
  static List<Form> ensure(Path cache, int count) throws Exception {
    Files.createDirectories(cache);
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Form>> drawn = new ArrayList<>();
      for (int n = 1; n <= count; n++) {
        int number = n;
        drawn.add(pool.submit(() -> form(cache, number)));
      }
      List<Form> forms = new ArrayList<>();
      for (var f : drawn) {
        forms.add(f.get());
        if (forms.size() % 100 == 0) {
          System.out.printf("scans ready: %d / %d%n", forms.size(), count);
        }
      }
      return forms;
    } finally {
      pool.shutdown();
    }
  }

  private static Form form(Path cache, int number) {
    ScanVariant variant = variant(number);
    String type = NumberedForms.type(number);
    Path file = cache.resolve("%s-%06d-%s-%s.png".formatted(SERIES, number, type, variant.name()));
    if (!Files.exists(file)) {
      try {
        // drawn aside, then moved in whole: an interrupted run leaves no half-written scan behind
        Path aside = Files.createTempDirectory(cache, ".drawing-");
        Path drawn = NumberedForms.writePng(number, SERIES, variant, aside);
        Files.move(drawn, file, StandardCopyOption.ATOMIC_MOVE);
        try (var rest = Files.list(aside)) {
          for (Path p : rest.toList()) {
            Files.delete(p);
          }
        }
        Files.delete(aside);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Form(number, type, file);
  }
}
