package jp.gyomu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import jp.gyomu.fields.FieldExtractor;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.ocr.OcrSettings;
import jp.gyomu.ocr.PageText;
import jp.gyomu.ocr.TessApiOcrEngine;
import jp.gyomu.testdocs.forms.GeneratedForm;
import jp.gyomu.testdocs.forms.GeneratedForms;
import jp.gyomu.testdocs.forms.PageVariant;
import jp.gyomu.testdocs.forms.Seeds;

/**
 * Renders one generated form (TUNING seeds only), writes it to {@code target/layouts/}, reads it
 * and prints expected against extracted per field. Usage: {@code bench/show-layout.sh <type> <seed>
 * [clean|skew|scan-like|shifted] [--image-only]}.
 */
public final class ShowLayout {

  private ShowLayout() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println(
          "usage: show-layout.sh <type> <seed> [clean|skew|scan-like|shifted] [--image-only]");
      System.exit(2);
    }
    String type = args[0];
    long seed = Long.parseLong(args[1]);
    if (Seeds.isHeldOut(seed)) {
      System.err.println("Seed " + seed + " is held out from tuning: it is not shown.");
      System.exit(2);
    }
    PageVariant variant = PageVariant.byId(args.length > 2 ? args[2] : "clean");
    GeneratedForm form = GeneratedForms.generate(type, seed, variant);
    Path png = Path.of("target/layouts", type + "-" + seed + "-" + variant.id() + ".png");
    Files.createDirectories(png.getParent());
    ImageIO.write(form.document().image(), "png", png.toFile());
    System.out.println("page:    " + png.toAbsolutePath());
    System.out.println("layout:  " + form.layout());
    System.out.println("scan:    " + form.scan());
    if (List.of(args).contains("--image-only")) {
      System.out.println("\n--- drawn text\n" + form.document().groundTruth());
      form.expected().forEach((k, v) -> System.out.printf("  %-20s expected %s%n", k, v));
      return;
    }
    List<FieldTemplate> templates = BenchTemplates.all();
    PageText page;
    try (var engine = new TessApiOcrEngine(OcrSettings.defaults())) {
      page = engine.read(form.document().image(), form.document().dpi(), "jpn");
    }
    System.out.println("\n--- drawn text\n" + form.document().groundTruth());
    System.out.println("--- OCR text\n" + page.text());
    System.out.println(
        "--- classified as " + FormScoring.classify(page, templates).orElse("(none)"));
    FieldTemplate template =
        templates.stream().filter(t -> t.id().equals(type)).findFirst().orElse(null);
    if (template == null) {
      System.out.println("no template processes/" + type + ".fields.yaml: nothing extracted");
      form.expected().forEach((k, v) -> System.out.printf("  %-20s expected %s%n", k, v));
      return;
    }
    var extraction =
        FieldExtractor.extract(
            List.of(FormScoring.withImage(page, form.document().image())), template);
    System.out.println("--- fields (expected | read | status)");
    for (var check : FormScoring.score(form.expected(), form.markFields(), extraction, template)) {
      var f = extraction.field(check.field().replaceAll("\\[.*", "")).orElse(null);
      System.out.printf(
          "%s %-24s %s | %s%s%n",
          check.right() ? "ok   " : "WRONG",
          check.field(),
          check.expected(),
          check.read(),
          f == null || check.kind() == FormScoring.Kind.CELL
              ? ""
              : " | "
                  + f.status()
                  + " conf "
                  + Math.round(f.confidence())
                  + " raw '"
                  + f.rawText()
                  + "'");
    }
    var unmeasured = FormScoring.unmeasured(form.expected(), template);
    if (!unmeasured.isEmpty()) {
      System.out.println("not in the template (not measured): " + unmeasured);
    }
  }
}
