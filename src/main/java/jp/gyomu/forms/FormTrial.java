package jp.gyomu.forms;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import jp.gyomu.fields.DocumentClassifier;
import jp.gyomu.fields.FieldExtraction;
import jp.gyomu.fields.FieldExtractor;
import jp.gyomu.fields.FieldPage;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.ingestion.DocumentTypes;
import jp.gyomu.ingestion.IntakeSettings;
import jp.gyomu.ingestion.OcrDeadlines;
import jp.gyomu.ocr.OcrDeadlineException;
import jp.gyomu.ocr.PageText;
import jp.gyomu.ocr.QuarterTurns;
import jp.gyomu.pages.PageSource;
import jp.gyomu.pages.PageTextReader;
import jp.gyomu.pages.UnreadableDocumentException;
import jp.gyomu.process.CaseField;
import jp.gyomu.process.CaseFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reads scans with one template as the pipeline would (same limits, same OCR engine, same page
 * images for check boxes and codes) and keeps nothing: no document row, no stored file, no case.
 * The page images live in a temporary folder while the request runs. All files of one request share
 * one document's OCR deadline, so a trial holds the engine no longer than one document may.
 */
@Service
class FormTrial {

  private static final Logger log = LoggerFactory.getLogger(FormTrial.class);

  private final PageTextReader reader;
  private final DocumentTypes types;
  private final IntakeSettings intake;
  private final OcrDeadlines deadlines;

  FormTrial(
      PageTextReader reader, DocumentTypes types, IntakeSettings intake, OcrDeadlines deadlines) {
    this.reader = reader;
    this.types = types;
    this.intake = intake;
    this.deadlines = deadlines;
  }

  /** A file of the request: its name and how to read it. */
  interface Upload {
    String name();

    InputStream open() throws IOException;
  }

  TrialReport run(FieldTemplate template, List<Upload> files, List<ExpectedValues> expected) {
    long start = System.nanoTime();
    List<TrialReport.FileResult> results = new ArrayList<>();
    List<List<String>> tallies = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Duration left = deadlines.documentDeadline().minusNanos(System.nanoTime() - start);
      ExpectedValues wanted = expected.get(i);
      results.add(
          left.isNegative() || left.isZero()
              ? TrialReport.FileResult.failed(
                  null,
                  files.get(i).name(),
                  "not read: the trial's files together may take "
                      + seconds(deadlines.documentDeadline())
                      + " of OCR (gyomu.ocr.document-deadline); send fewer files at a time")
              : result(
                  template,
                  null,
                  read(types.languagesFor(template.id()), files.get(i), left),
                  wanted,
                  types.all()));
      tallies.add(wanted.tallies());
    }
    return new TrialReport(template.id(), results, TrialReport.totals(results, tallies));
  }

  /**
   * Reads a scan as the pipeline's read-pages step does, within {@code budget}: the upright page
   * images (PNG) and what OCR read on them. Nothing is kept.
   */
  ReadScan read(String languages, Upload upload, Duration budget) {
    Path folder = null;
    try {
      folder = Files.createTempDirectory("gyomu-trial-");
      Path original = folder.resolve("original");
      try (InputStream in = upload.open()) {
        Files.copy(in, original);
      }
      if (Files.size(original) == 0) {
        return ReadScan.failed(upload.name(), "the file is empty (0 bytes)");
      }
      List<ReadScan.Page> pages = new ArrayList<>();
      String refused = read(languages, original, budget, pages);
      return refused == null
          ? new ReadScan(upload.name(), null, List.copyOf(pages))
          : ReadScan.failed(upload.name(), refused);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(folder);
    }
  }

  /**
   * Reads every page into {@code pages}, as the pipeline's read-pages step does.
   *
   * @return why the file cannot be read, or null when it was
   */
  private String read(String languages, Path original, Duration budget, List<ReadScan.Page> pages)
      throws IOException {
    long start = System.nanoTime();
    try (PageSource source = PageSource.open(original, intake.documentLimits())) {
      for (int i = 0; i < source.pageCount(); i++) {
        int page = i;
        Duration left = budget.minusNanos(System.nanoTime() - start);
        if (left.isNegative() || left.isZero()) {
          return "not read past page %d of %d: the OCR deadline (%s) ran out"
              .formatted(page, source.pageCount(), seconds(budget));
        }
        PageTextReader.ReadPage read = reader.read(source, page, languages, left);
        PageText text = read.text();
        BufferedImage image = read.image().orElseGet(() -> source.render(page)).image();
        BufferedImage upright = QuarterTurns.clockwise(image, text.rotationDegrees());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(upright, "png", png);
        byte[] bytes = png.toByteArray();
        pages.add(new ReadScan.Page(text, upright.getWidth(), upright.getHeight(), () -> bytes));
      }
      return null;
    } catch (UnreadableDocumentException e) {
      return e.getMessage();
    } catch (OcrDeadlineException e) {
      return "page %d was still being read after %s; at most %s are spent on one page"
          .formatted(pages.size() + 1, seconds(e.elapsed()), seconds(e.limit()));
    }
  }

  /**
   * The template on scans read before (no OCR runs): what the trial of a draft does after each
   * edit.
   *
   * @param scanIds each scan's id, shown in its result
   * @param others the types the classifier weighs the template against
   */
  TrialReport run(
      FieldTemplate template,
      List<ReadScan> scans,
      List<String> scanIds,
      List<ExpectedValues> expected,
      List<FieldTemplate> others) {
    List<FieldTemplate> candidates = new ArrayList<>();
    others.stream().filter(t -> !t.id().equals(template.id())).forEach(candidates::add);
    candidates.add(template);
    List<TrialReport.FileResult> results = new ArrayList<>();
    List<List<String>> tallies = new ArrayList<>();
    for (int i = 0; i < scans.size(); i++) {
      results.add(result(template, scanIds.get(i), scans.get(i), expected.get(i), candidates));
      tallies.add(expected.get(i).tallies());
    }
    return new TrialReport(template.id(), results, TrialReport.totals(results, tallies));
  }

  private TrialReport.FileResult result(
      FieldTemplate template,
      String scanId,
      ReadScan scan,
      ExpectedValues expected,
      List<FieldTemplate> candidates) {
    if (scan.error() != null) {
      return TrialReport.FileResult.failed(scanId, scan.name(), scan.error());
    }
    List<FieldPage> pages =
        scan.pages().stream()
            .map(p -> FieldPage.of(p.text(), () -> decode(p.png().get())))
            .toList();
    List<TrialReport.Page> sizes =
        scan.pages().stream().map(p -> new TrialReport.Page(p.width(), p.height())).toList();
    FieldExtraction extraction = FieldExtractor.extract(pages, template);
    List<ExpectedValues.Comparison> comparisons = expected.compare(extraction);
    List<TrialReport.Field> fields = new ArrayList<>();
    for (Map.Entry<String, CaseField> read : CaseFields.read(template, extraction).entrySet()) {
      fields.add(
          TrialReport.Field.of(
              read.getKey(), read.getValue(), verdict(read.getKey(), comparisons)));
    }
    int right = (int) comparisons.stream().filter(ExpectedValues.Comparison::right).count();
    return new TrialReport.FileResult(
        scanId,
        scan.name(),
        null,
        sizes,
        classification(template, pages, candidates),
        fields,
        extraction.failedChecks().stream()
            .map(f -> new TrialReport.FailedCheck(DocumentTypeView.check(f.check()), f.reason()))
            .toList(),
        extraction.needsReview(),
        comparisons,
        right,
        comparisons.size());
  }

  /** RIGHT when every expected value of the field (each cell of a table) was read right. */
  private static TrialReport.Verdict verdict(
      String field, List<ExpectedValues.Comparison> comparisons) {
    var own =
        comparisons.stream()
            .filter(c -> c.key().equals(field) || c.key().startsWith(field + "["))
            .toList();
    if (own.isEmpty()) {
      return null;
    }
    return own.stream().allMatch(ExpectedValues.Comparison::right)
        ? TrialReport.Verdict.RIGHT
        : TrialReport.Verdict.WRONG;
  }

  /** What the classifier would make of the first page, and its next best match. */
  private static TrialReport.Classification classification(
      FieldTemplate template, List<FieldPage> pages, List<FieldTemplate> candidates) {
    if (pages.isEmpty()) {
      return new TrialReport.Classification(null, null, null, null, false);
    }
    var result = DocumentClassifier.classify(pages.get(0).text(), candidates);
    String chosen = result.type().orElse(null);
    var best = result.best();
    var runnerUp = result.runnerUp();
    return new TrialReport.Classification(
        chosen,
        best.map(DocumentClassifier.TypeScore::score).orElse(null),
        runnerUp.map(DocumentClassifier.TypeScore::documentType).orElse(null),
        runnerUp.map(DocumentClassifier.TypeScore::score).orElse(null),
        template.id().equals(chosen));
  }

  private static BufferedImage decode(byte[] png) {
    try {
      return ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read a page image", e);
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
  }

  private static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("Trial folder {} not removed", folder, e);
    }
  }
}
