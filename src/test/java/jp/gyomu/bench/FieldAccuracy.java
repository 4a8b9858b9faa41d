package jp.gyomu.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.gyomu.fields.ExtractedField;
import jp.gyomu.fields.FieldExtractor;
import jp.gyomu.ocr.OcrSettings;
import jp.gyomu.ocr.TessApiOcrEngine;
import jp.gyomu.testdocs.FormSpec;
import jp.gyomu.testdocs.ScanLikeDocuments;
import jp.gyomu.testdocs.ScanVariant;
import jp.gyomu.testdocs.forms.OfficeForms;
import jp.gyomu.testdocs.forms.PageVariant;

/**
 * How many fields come out right on generated office forms. (a) Gyomu's own three fixed forms per
 * scan variant, with the OCR confidence of right and wrong values (the evidence for each template's
 * minimum confidence); (b) randomised layouts of the same types from tuning or held-out seeds, see
 * {@link RandomLayoutAccuracy}. Run by {@code bench/field-accuracy.sh}; not a test.
 *
 * <p>Options: {@code --seeds tuning|held-out} (default tuning), {@code --pages N} seeds per type
 * (default 10, 0 for none; each is read clean, skewed, scan-like and shifted), {@code --skip-pages
 * N} passes over the set's first N seeds (a run on seeds an earlier run did not read), {@code
 * --threads N} (default: the processors), {@code --no-fixed} skips (a), {@code --second-opinion
 * on|off} (default: as configured by default) reads unsure lines again with the second model or
 * not, {@code --types a,b} and {@code --variants clean,...} limit (b) to those types and variants
 * (default: all).
 */
public final class FieldAccuracy {

  record Form(String type, FormSpec spec, Map<String, Object> expected) {}

  record Observation(
      String variant, String field, boolean correct, float confidence, String status) {}

  public static void main(String[] args) throws Exception {
    String seeds = "tuning";
    int pages = 10;
    int skippedSeeds = 0;
    int threads = Runtime.getRuntime().availableProcessors();
    boolean fixed = true;
    OcrSettings ocr = OcrSettings.defaults();
    Set<String> types = Set.of();
    List<PageVariant> variants = List.of(PageVariant.values());
    for (int i = 0; i < args.length; i++) {
      String[] arg = args[i].split("=", 2);
      switch (arg[0]) {
        case "--seeds" -> seeds = arg.length > 1 ? arg[1] : args[++i];
        case "--pages" -> pages = Integer.parseInt(arg.length > 1 ? arg[1] : args[++i]);
        case "--skip-pages" -> skippedSeeds = Integer.parseInt(arg.length > 1 ? arg[1] : args[++i]);
        case "--threads" -> threads = Integer.parseInt(arg.length > 1 ? arg[1] : args[++i]);
        case "--no-fixed" -> fixed = false;
        case "--types" -> types = types(arg.length > 1 ? arg[1] : args[++i]);
        case "--variants" ->
            variants =
                Arrays.stream((arg.length > 1 ? arg[1] : args[++i]).split(","))
                    .map(PageVariant::byId)
                    .distinct()
                    .toList();
        case "--second-opinion" -> {
          String value = arg.length > 1 ? arg[1] : args[++i];
          if (value.equals("off")) {
            ocr = ocr.withSecondOpinion(ocr.secondOpinion().disabled());
          } else if (value.equals("on")) {
            ocr = ocr.withSecondOpinion(ocr.secondOpinion().enabled(true));
          } else {
            throw new IllegalArgumentException("--second-opinion is on or off, not " + value);
          }
        }
        default ->
            throw new IllegalArgumentException(
                "Unknown option "
                    + args[i]
                    + "; known: --seeds tuning|held-out, --pages N, --skip-pages N, --threads N,"
                    + " --no-fixed,"
                    + " --second-opinion on|off, --types a,b, --variants clean,...");
      }
    }
    if (!seeds.equals("tuning") && !seeds.equals("held-out")) {
      throw new IllegalArgumentException("--seeds is tuning or held-out, not " + seeds);
    }
    var templates = BenchTemplates.all();
    if (fixed) {
      System.out.println("### (a) Gyomu's own three forms, fixed layout\n");
      fixedForms(templates, ocr);
    }
    if (pages > 0) {
      RandomLayoutAccuracy.run(
          seeds.equals("held-out"),
          pages,
          threads,
          templates,
          ocr,
          new RandomLayoutAccuracy.Selection(types, variants, skippedSeeds),
          System.out);
    }
  }

  private static void fixedForms(List<jp.gyomu.fields.FieldTemplate> templates, OcrSettings ocr)
      throws Exception {
    List<Form> forms =
        List.of(
            new Form(
                "travel-expense",
                FormSpec.travelExpense(),
                expected(
                    "applicationDate",
                    LocalDate.of(2024, 4, 1),
                    "applicantName",
                    "山田太郎",
                    "department",
                    "総務部総務課",
                    "destination",
                    "東京都庁",
                    "purpose",
                    "全国自治体DX推進会議への出席",
                    "totalAmount",
                    12_345L)),
            new Form(
                "invoice",
                FormSpec.invoice(),
                expected(
                    "invoiceDate",
                    LocalDate.of(2024, 4, 30),
                    "invoiceNumber",
                    "INV-2024-0042",
                    "issuer",
                    "株式会社みどり情報サービス",
                    "totalAmount",
                    12_345L,
                    "dueDate",
                    LocalDate.of(2024, 5, 31))),
            new Form(
                "subsidy-application",
                FormSpec.subsidyApplication(),
                expected(
                    "applicationDate",
                    LocalDate.of(2024, 6, 10),
                    "organisationName",
                    "株式会社山田製作所",
                    "representative",
                    "代表取締役山田花子",
                    "address",
                    "東京都千代田区霞が関1-2-3",
                    "projectName",
                    "省エネルギー設備導入事業",
                    "requestedAmount",
                    1_250_000L)));
    List<Observation> seen = new ArrayList<>();
    try (var engine = new TessApiOcrEngine(ocr)) {
      for (Form form : forms) {
        var template =
            templates.stream().filter(t -> t.id().equals(form.type())).findFirst().orElseThrow();
        for (ScanVariant variant : ScanVariant.all()) {
          var doc = ScanLikeDocuments.render(form.spec(), variant, 7);
          var page = engine.read(doc.image(), doc.dpi(), "jpn");
          var extraction =
              FieldExtractor.extract(List.of(FormScoring.withImage(page, doc.image())), template);
          for (var e : form.expected().entrySet()) {
            ExtractedField f = extraction.field(e.getKey()).orElse(null);
            boolean correct = f != null && f.value() != null && same(f.value(), e.getValue());
            seen.add(
                new Observation(
                    variant.name(),
                    form.type() + "." + e.getKey(),
                    correct,
                    f == null ? 0 : f.confidence(),
                    f == null ? "MISSING" : f.status().name()));
            if (!correct) {
              System.out.printf(
                  "wrong %s %s: %s (conf %.0f)%n",
                  variant.name(),
                  e.getKey(),
                  f == null ? null : f.value(),
                  f == null ? 0 : f.confidence());
            }
          }
        }
      }
    }
    System.out.println("\n| variant | fields correct | share |\n|---|---|---|");
    for (ScanVariant v : ScanVariant.all()) {
      var list = seen.stream().filter(o -> o.variant().equals(v.name())).toList();
      long ok = list.stream().filter(Observation::correct).count();
      System.out.printf(
          "| %s | %d / %d | %.0f%% |%n", v.name(), ok, list.size(), 100.0 * ok / list.size());
    }
    long ok = seen.stream().filter(Observation::correct).count();
    System.out.printf(
        "| **all** | %d / %d | %.0f%% |%n", ok, seen.size(), 100.0 * ok / seen.size());
    var right =
        seen.stream().filter(Observation::correct).map(Observation::confidence).sorted().toList();
    var wrong =
        seen.stream().filter(o -> !o.correct()).map(Observation::confidence).sorted().toList();
    System.out.println("\nconfidence of correct values (sorted): " + right);
    System.out.println("confidence of wrong values (sorted): " + wrong);
    Map<String, Long> reviewed = new LinkedHashMap<>();
    seen.forEach(o -> reviewed.merge(o.status(), 1L, Long::sum));
    System.out.println("statuses under the current thresholds: " + reviewed);
  }

  /** Generated type ids from a comma-separated list; an unknown one names the known ones. */
  private static Set<String> types(String list) {
    Set<String> known = new TreeSet<>();
    OfficeForms.all().forEach(g -> known.add(g.type()));
    Set<String> chosen = new TreeSet<>(Arrays.asList(list.split(",")));
    for (String type : chosen) {
      if (!known.contains(type)) {
        throw new IllegalArgumentException("Unknown type " + type + "; known: " + known);
      }
    }
    return chosen;
  }

  private static boolean same(Object read, Object expected) {
    if (read instanceof String s && expected instanceof String e) {
      return s.replaceAll("\\s", "").equals(e.replaceAll("\\s", ""));
    }
    return read.equals(expected);
  }

  private static Map<String, Object> expected(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private FieldAccuracy() {}
}
