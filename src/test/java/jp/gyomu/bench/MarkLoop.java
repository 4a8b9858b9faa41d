package jp.gyomu.bench;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.gyomu.fields.FieldExtractor;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.ocr.OcrSettings;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.ocr.PageText;
import jp.gyomu.ocr.TessApiOcrEngine;
import jp.gyomu.testdocs.forms.FormContent;
import jp.gyomu.testdocs.forms.GeneratedForms;
import jp.gyomu.testdocs.forms.PageVariant;
import jp.gyomu.testdocs.forms.Seeds;

/**
 * A fast tuning loop for check boxes and choices: reads the first N TUNING seeds of one generated
 * type per variant and prints each wrong mark (expected, read, mark style, status, reason) and the
 * share right. OCR text is cached in target/mark-loop-ocr, so a rerun after a reader change takes
 * seconds. Usage: {@code bench/mark-loop.sh benefit-status-report 30 clean,scan-like}. Held-out
 * seeds are never read. With {@code --cells} after the variants, wrong table cells are listed too,
 * with the share right per column.
 */
public final class MarkLoop {

  public static void main(String[] args) throws Exception {
    String type = args[0];
    int n = Integer.parseInt(args[1]);
    boolean cells = args.length > 3 && args[3].equals("--cells");
    List<FieldTemplate> templates = BenchTemplates.all();
    // table cells get the pipeline's second look (decision 0016), as in bench/layout-tuning.sh
    try (var lookEngine = new TessApiOcrEngine(OcrSettings.defaults())) {
      run(type, n, args, cells, templates, FormScoring.secondLook(lookEngine));
    }
  }

  private static void run(
      String type,
      int n,
      String[] args,
      boolean cells,
      List<FieldTemplate> templates,
      jp.gyomu.fields.SecondLook look)
      throws Exception {
    FieldTemplate template =
        templates.stream().filter(t -> t.id().equals(type)).findFirst().orElseThrow();
    for (String v : args[2].split(",")) {
      PageVariant variant = PageVariant.valueOf(v.toUpperCase().replace('-', '_'));
      int right = 0, total = 0;
      var columns = new java.util.TreeMap<String, int[]>();
      for (long seed : Seeds.tuning(n)) {
        if (Seeds.isHeldOut(seed)) {
          throw new IllegalStateException("held-out seed " + seed + " is not for tuning");
        }
        var form = GeneratedForms.generate(type, seed, variant);
        PageText page = cached(type, seed, v, form.document().image(), form.document().dpi());
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

  static PageText cached(
      String type, long seed, String v, java.awt.image.BufferedImage img, int dpi)
      throws Exception {
    Path p = Path.of("target/mark-loop-ocr", type + "-" + seed + "-" + v + ".txt");
    Files.createDirectories(p.getParent());
    // the same page read by bench/layout-tuning.sh: no second OCR
    Path shared = LayoutTuning.cacheFile(type, seed, PageVariant.byId(v), img);
    if (!Files.exists(p) && Files.exists(shared)) {
      return LayoutTuning.read(shared);
    }
    if (!Files.exists(p)) {
      PageText page;
      try (var engine = new TessApiOcrEngine(OcrSettings.defaults())) {
        page = engine.read(img, dpi, "jpn");
      }
      var sb = new StringBuilder();
      sb.append(page.meanConfidence())
          .append('\t')
          .append(page.width())
          .append('\t')
          .append(page.height())
          .append('\t')
          .append(page.dpi())
          .append('\t')
          .append(page.rotationDegrees())
          .append('\t')
          .append(page.skewDegrees())
          .append('\t')
          .append(page.languages())
          .append('\n');
      for (OcrWord w : page.words()) {
        var b = w.box();
        sb.append(w.confidence())
            .append('\t')
            .append(b.x)
            .append('\t')
            .append(b.y)
            .append('\t')
            .append(b.width)
            .append('\t')
            .append(b.height)
            .append('\t')
            .append(w.text().replace("\t", " ").replace("\n", " "))
            .append('\n');
      }
      sb.append("\u0000TEXT\n").append(page.text());
      Files.writeString(p, sb.toString());
      return page;
    }
    String all = Files.readString(p);
    int t = all.indexOf("\u0000TEXT\n");
    String text = all.substring(t + 6);
    String[] lines = all.substring(0, t).split("\n");
    String[] h = lines[0].split("\t");
    List<OcrWord> words = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String[] c = lines[i].split("\t", 6);
      words.add(
          new OcrWord(
              c.length > 5 ? c[5] : "",
              Float.parseFloat(c[0]),
              new Rectangle(
                  Integer.parseInt(c[1]),
                  Integer.parseInt(c[2]),
                  Integer.parseInt(c[3]),
                  Integer.parseInt(c[4]))));
    }
    return new PageText(
        text,
        words,
        Float.parseFloat(h[0]),
        Integer.parseInt(h[1]),
        Integer.parseInt(h[2]),
        Integer.parseInt(h[3]),
        Integer.parseInt(h[4]),
        Double.parseDouble(h[5]),
        h[6]);
  }
}
