package jp.gyomu.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;
import jp.gyomu.fields.FieldExtractor;
import jp.gyomu.ocr.OcrSettings;
import jp.gyomu.ocr.TessApiOcrEngine;
import jp.gyomu.testdocs.Jpeg;
import jp.gyomu.testdocs.TestDocument;
import jp.gyomu.testdocs.TestDocumentFiles;
import jp.gyomu.testdocs.forms.FormContent;
import jp.gyomu.testdocs.forms.FormContent.Labelled;
import jp.gyomu.testdocs.forms.GeneratedForm;
import jp.gyomu.testdocs.forms.GeneratedForms;
import jp.gyomu.testdocs.forms.OfficeForms;
import jp.gyomu.testdocs.forms.PageVariant;

/**
 * Writes the scans the H2 demo feeds through the intake on a first start ({@code
 * src/main/resources/demo/scans/}) and their list, {@code documents.tsv}: file, the name it arrives
 * under, its type ({@code -}: classified by content), and what the demo does after it is read. Each
 * scan is chosen for where it ends (a case straight to the bot, a review, an approval, a duplicate
 * invoice, a ledger error, a document no type matches, a damaged file, a scan that arrived while
 * its process was paused). Run by {@code bench/demo-scans.sh}; {@code candidates=N} instead writes
 * N seeds of each type and variant into {@code target/demo-candidates/} to choose from (try them
 * with {@code POST /api/document-types/{type}/trial}).
 */
public final class DemoScans {

  /**
   * One demo document. {@code then}: {@code -}, {@code confirm-review}, or {@code while-paused}.
   */
  private record Scan(
      String file,
      String receivedAs,
      String type,
      String generator,
      long seed,
      PageVariant variant,
      UnaryOperator<FormContent> edit,
      String then) {}

  private static final String TRAVEL = OfficeForms.TRAVEL_EXPENSE;
  private static final String INVOICE = OfficeForms.INVOICE;
  private static final String SUBSIDY = OfficeForms.SUBSIDY_APPLICATION;

  /**
   * In the order they arrive. Tuning seeds (Seeds.tuning), chosen with {@code candidates=N} and the
   * trial endpoint for where each one ends.
   */
  private static final List<Scan> SCANS =
      List.of(
          // read confidently, within the rules: straight to the bot, finished
          scan("travel-expense-clean.png", "旅費精算書_教育委員会.png", TRAVEL, 1004),
          scan("invoice-clean.png", "請求書_さくら電機.png", INVOICE, 1007),
          scan("subsidy-application-small.png", "補助金交付申請書_子育てネット.png", SUBSIDY, 1008),
          // 3,359,000 yen read confidently: waits for a manager's approval
          scan("subsidy-application-approval.png", "補助金交付申請書_みどりの森.png", SUBSIDY, 1006),
          // unsure values or a rule's finding: wait for an operator's review
          scan("travel-expense-review.png", "旅費精算書_環境政策課.png", TRAVEL, 1005),
          scan("invoice-review.png", "請求書_朝日事務機.png", INVOICE, 1008),
          scan("subsidy-application-review.png", "補助金交付申請書_まちづくり協議会.png", SUBSIDY, 1005),
          // 用務 left blank: the review is confirmed as it is, the bot refuses the entry
          new Scan(
              "travel-expense-no-purpose.png",
              "旅費精算書_用務未記入.png",
              TRAVEL,
              TRAVEL,
              1001,
              PageVariant.CLEAN,
              c -> blank(c, "purpose"),
              "confirm-review"),
          // a form of a type Gyomu does not know, dropped without a type: NEEDS_ROUTING
          new Scan(
              "school-aid-application.png",
              "就学援助申請書.png",
              "-",
              OfficeForms.SCHOOL_AID_APPLICATION,
              1001,
              PageVariant.CLEAN,
              UnaryOperator.identity(),
              "-"),
          // the same invoice scanned again at another desk: same issuer and number, other pixels
          new Scan(
              "invoice-rescan.jpg",
              "SCAN_0412_0007.jpg",
              INVOICE,
              INVOICE,
              1007,
              PageVariant.SCAN_LIKE,
              UnaryOperator.identity(),
              "-"),
          // arrives while 旅費精算 is paused (suspended in Cockpit): FAILED at hand-off, resumed
          // after, so an operator can retry it from the documents console
          new Scan(
              "travel-expense-paused.png",
              "旅費精算書_会計課.png",
              TRAVEL,
              TRAVEL,
              1006,
              PageVariant.CLEAN,
              UnaryOperator.identity(),
              "while-paused"));

  public static void main(String[] args) throws IOException {
    var options =
        BenchOptions.parse(
            Map.of("out", "src/main/resources/demo/scans", "candidates", "0", "check", "false"),
            args);
    int candidates = Integer.parseInt(options.get("candidates"));
    if (candidates > 0) {
      writeCandidates(Path.of("target/demo-candidates"), candidates);
      return;
    }
    if (Boolean.parseBoolean(options.get("check"))) {
      check(Path.of(options.get("out")));
      return;
    }
    Path out = Files.createDirectories(Path.of(options.get("out")));
    List<String> list = new ArrayList<>();
    list.add("# file\treceived as\ttype (- : classified by content)\tthen");
    list.add("# written by bench/demo-scans.sh (jp.gyomu.bench.DemoScans); do not edit by hand");
    for (Scan s : SCANS) {
      GeneratedForm form =
          GeneratedForms.generate(
              OfficeForms.byType(s.generator()), s.seed(), s.variant(), s.edit());
      Files.write(out.resolve(s.file()), encode(form.document(), s.file()));
      list.add(String.join("\t", s.file(), s.receivedAs(), s.type(), s.then()));
      if (s.file().equals("travel-expense-clean.png")) {
        // the same file sent twice (a second scan-to-mail of the same sheet): a DUPLICATE
        list.add(String.join("\t", s.file(), "旅費精算書_教育委員会(1).png", s.type(), "-"));
      }
      System.out.println("wrote " + out.resolve(s.file()) + " " + form.expected());
    }
    // a PDF cut short in transfer: quarantined with its reason, never read
    byte[] pdf = pdf(GeneratedForms.generate(INVOICE, 1009, PageVariant.CLEAN).document());
    Files.write(out.resolve("invoice-damaged.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
    list.add(String.join("\t", "invoice-damaged.pdf", "請求書_送信途中.pdf", INVOICE, "-"));
    Files.write(out.resolve("documents.tsv"), list, StandardCharsets.UTF_8);
  }

  /**
   * Reads each written scan of a shipped type as the pipeline would (OCR, then the type's fields)
   * and prints whether it goes to review and why: the demo's story depends on it.
   */
  private static void check(Path dir) throws IOException {
    var templates = BenchTemplates.all();
    try (var engine = new TessApiOcrEngine(OcrSettings.defaults())) {
      for (Scan s : SCANS) {
        var template = templates.stream().filter(t -> t.id().equals(s.type())).findFirst();
        if (template.isEmpty()) {
          continue;
        }
        BufferedImage image = ImageIO.read(dir.resolve(s.file()).toFile());
        var page = engine.read(image, 300, "jpn");
        var extraction =
            FieldExtractor.extract(List.of(FormScoring.withImage(page, image)), template.get());
        System.out.printf(
            "%s review=%s %s%n",
            s.file(),
            extraction.needsReview(),
            extraction.fields().stream()
                .filter(f -> f.needsReview())
                .map(f -> f.name() + ":" + f.status() + "=" + f.value())
                .toList());
      }
    }
  }

  private static Scan scan(String file, String receivedAs, String type, long seed) {
    return new Scan(
        file, receivedAs, type, type, seed, PageVariant.CLEAN, UnaryOperator.identity(), "-");
  }

  /** The form with one value left empty (its label still printed). */
  private static FormContent blank(FormContent content, String field) {
    return new FormContent(
        content.type(),
        content.title(),
        content.elements().stream()
            .map(
                e ->
                    e instanceof Labelled l && field.equals(l.field())
                        ? new Labelled(l.field(), l.label(), "", null)
                        : e)
            .toList());
  }

  private static void writeCandidates(Path dir, int count) throws IOException {
    for (String type : List.of(TRAVEL, INVOICE, SUBSIDY, OfficeForms.SCHOOL_AID_APPLICATION)) {
      for (PageVariant variant : List.of(PageVariant.CLEAN, PageVariant.SCAN_LIKE)) {
        Path folder = Files.createDirectories(dir.resolve(type).resolve(variant.id()));
        for (long seed = 1001; seed < 1001 + count; seed++) {
          var form = GeneratedForms.generate(type, seed, variant);
          String file = seed + (variant == PageVariant.CLEAN ? ".png" : ".jpg");
          Files.write(folder.resolve(file), encode(form.document(), file));
          Files.writeString(folder.resolve(seed + ".expected.txt"), form.expected().toString());
        }
      }
    }
  }

  /** PNG (grey, with its dpi) for clean pages; JPEG as a scanner sends photos of paper. */
  private static byte[] encode(TestDocument page, String file) throws IOException {
    if (file.endsWith(".png")) {
      Path tmp = Files.createTempDirectory("demo-scan");
      Path png = TestDocumentFiles.writePng(page, tmp, "page");
      return Files.readAllBytes(png);
    }
    return Jpeg.encode(page.image(), 0.8f);
  }

  private static byte[] pdf(TestDocument page) {
    try {
      Path file = Files.createTempFile("demo-scan", ".pdf");
      TestDocumentFiles.writePdf(List.of(page), file);
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private DemoScans() {}
}
