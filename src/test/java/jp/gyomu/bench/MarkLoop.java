package jp.gyomu.bench;

import java.util.List;
import jp.gyomu.fields.FieldExtractor;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.ocr.OcrSettings;
import jp.gyomu.ocr.PageText;
import jp.gyomu.ocr.TessApiOcrEngine;
import jp.gyomu.testdocs.forms.FormContent;
import jp.gyomu.testdocs.forms.GeneratedForms;
import jp.gyomu.testdocs.forms.PageVariant;
import jp.gyomu.testdocs.forms.Seeds;

/**
 * A fast tuning loop for check boxes and choices: reads N TUNING seeds of one generated type per
 * variant and prints each wrong mark (expected, read, mark style, status, reason) and the share
 * right. OCR text is cached with bench/layout-tuning.sh's, keyed by the page's pixels, so a rerun
 * after a reader change takes seconds. Usage: {@code bench/mark-loop.sh benefit-status-report 30
 * clean,scan-like [--cells] [--from 1200]}. Held-out seeds are never read. With {@code --cells},
 * wrong table cells are listed too, with the share right per column; {@code --from} starts at that
 * tuning seed instead of the first, for layouts nobody has tuned on yet.
 */
public final class MarkLoop {

  public static void main(String[] args) throws Exception {
    String type = args[0];
    int n = Integer.parseInt(args[1]);
    List<String> options = List.of(args).subList(3, args.length);
    boolean cells = options.contains("--cells");
    int from = options.indexOf("--from");
    List<Long> seeds =
        from < 0 ? Seeds.tuning(n) : Seeds.tuning(Long.parseLong(options.get(from + 1)), n);
    List<FieldTemplate> templates = BenchTemplates.all();
    // table cells get the pipeline's second look (decision 0016), as in bench/layout-tuning.sh
    try (var engine = new TessApiOcrEngine(OcrSettings.defaults())) {
      run(type, seeds, args[2], cells, templates, engine);
    }
  }

  private static void run(
      String type,
      List<Long> seeds,
      String variants,
      boolean cells,
      List<FieldTemplate> templates,
      TessApiOcrEngine engine)
      throws Exception {
    jp.gyomu.fields.SecondLook look = FormScoring.secondLook(engine);
    FieldTemplate template =
        templates.stream().filter(t -> t.id().equals(type)).findFirst().orElseThrow();
    for (String v : variants.split(",")) {
      PageVariant variant = PageVariant.valueOf(v.toUpperCase().replace('-', '_'));
      int right = 0, total = 0;
      var columns = new java.util.TreeMap<String, int[]>();
      for (long seed : seeds) {
        var form = GeneratedForms.generate(type, seed, variant);
        PageText page = LayoutTuning.readCached(type, seed, variant, form, engine);
        var extraction =
            FieldExtractor.extract(
                List.of(FormScoring.withImage(page, form.document().image())), template, look);
        for (var check :
            FormScoring.score(form.expected(), form.markFields(), extraction, template)) {
          if (cells && check.kind() == FormScoring.Kind.CELL) {
            String column = check.field().replaceAll("\\[\\d+]", "[]");
            int[] tally = columns.computeIfAbsent(column, k -> new int[2]);
            tally[1]++;
            if (check.right()) {
              tally[0]++;
            } else {
              System.out.printf(
                  "%s %d %-22s exp %s read %s%n",
                  v, seed, check.field(), check.expected(), check.read());
            }
          }
          if (check.kind() != FormScoring.Kind.MARK) continue;
          total++;
          if (check.right()) {
            right++;
            continue;
          }
          String style = "";
          for (var e : form.content().elements()) {
            if (e instanceof FormContent.CheckBox c && c.field().equals(check.field()))
              style = c.mark() + "";
            if (e instanceof FormContent.Choice c && c.field().equals(check.field()))
              style = c.mark() + " " + c.options();
          }
          var f = extraction.field(check.field()).orElse(null);
          System.out.printf(
              "%s %d %-18s exp %s read %s [%s] %s%n",
              v,
              seed,
              check.field(),
              check.expected(),
              check.read(),
              style,
              f == null ? "" : f.status() + " " + f.rawText() + " " + f.box() + " " + f.reason());
        }
      }
      System.out.printf("== %s %s marks %d/%d%n", type, v, right, total);
      columns.forEach(
          (column, t) -> System.out.printf("== %s %s %s %d/%d%n", type, v, column, t[0], t[1]));
    }
  }
}
