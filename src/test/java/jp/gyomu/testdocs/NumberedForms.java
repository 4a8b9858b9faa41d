package jp.gyomu.testdocs;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Office forms that each carry a reference number of their own (整理番号), so that every one is a new
 * document: identical scans are duplicates by design. The three form types take turns by number.
 */
public final class NumberedForms {

  /** Document types in turn, each with a process in {@code processes/}. */
  public static final List<String> TYPES =
      List.of("travel-expense", "invoice", "subsidy-application");

  private NumberedForms() {}

  public static String type(int number) {
    return TYPES.get(Math.floorMod(number, TYPES.size()));
  }

  public static FormSpec form(int number, String series) {
    FormSpec base =
        switch (type(number)) {
          case "travel-expense" -> FormSpec.travelExpense();
          case "invoice" -> FormSpec.invoice();
          default -> FormSpec.subsidyApplication();
        };
    String reference = "整理番号 %s-%06d".formatted(series, number);
    return new FormSpec(
        base.title(),
        base.fields(),
        Stream.concat(base.paragraphs().stream(), Stream.of(reference)).toList());
  }

  /**
   * Writes {@code <series>-<number>-<type>.png} (and its ground truth beside it) into {@code dir}.
   */
  public static Path writePng(int number, String series, ScanVariant variant, Path dir) {
    TestDocument scan = ScanLikeDocuments.render(form(number, series), variant, number);
    String name = "%s-%06d-%s-%s".formatted(series, number, type(number), variant.name());
    return TestDocumentFiles.writePng(scan, dir, name);
  }
}
