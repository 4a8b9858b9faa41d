package jp.gyomu.forms;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import jp.gyomu.fields.suggest.FormProposer;
import jp.gyomu.fields.suggest.Proposal;
import jp.gyomu.fields.suggest.TemplateYaml;
import jp.gyomu.ingestion.IntakeSettings;
import jp.gyomu.ingestion.OcrDeadlines;
import jp.gyomu.ocr.OcrDeadlineException;
import jp.gyomu.ocr.OcrEngine;
import jp.gyomu.ocr.PageText;
import jp.gyomu.ocr.QuarterTurns;
import jp.gyomu.pages.PageImage;
import jp.gyomu.pages.PageSource;
import jp.gyomu.pages.UnreadableDocumentException;
import jp.gyomu.process.CaseField.Box;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Reads a sample's first page as an upload is read (PDF, PNG, JPEG, TIFF; the same size, page and
 * pixel limits; the same OCR engine and deadlines; always by OCR, since a proposal needs word
 * boxes) and proposes a template from it ({@link FormProposer}). The sample and the blank share one
 * document's OCR deadline.
 */
@Service
class SampleFormSuggester implements FormSuggester {

  private static final String LANGUAGES = "jpn";

  private final OcrEngine engine;
  private final IntakeSettings intake;
  private final OcrDeadlines deadlines;

  SampleFormSuggester(OcrEngine engine, IntakeSettings intake, OcrDeadlines deadlines) {
    this.engine = engine;
    this.intake = intake;
    this.deadlines = deadlines;
  }

  @Override
  public SuggestedForm suggest(ScanFile sample, Optional<ScanFile> blank) throws IOException {
    long start = System.nanoTime();
    Read filled = read("sample", sample, deadlines.documentDeadline());
    Optional<PageText> empty = Optional.empty();
    if (blank.isPresent()) {
      Duration left = deadlines.documentDeadline().minusNanos(System.nanoTime() - start);
      empty = Optional.of(read("blank", blank.get(), left).text());
    }
    Proposal proposal = FormProposer.propose(filled.text(), filled.image(), empty);
    String yaml = TemplateYaml.yaml(TemplateYaml.definition(proposal));
    return new SuggestedForm(
        proposal.id(), yaml, png(filled.image()), page(proposal), placements(proposal));
  }

  private record Read(PageText text, BufferedImage image) {}

  private Read read(String part, ScanFile file, Duration budget) throws IOException {
    if (file.content() == null || file.content().length == 0) {
      throw new UnreadableScanException(
          HttpStatus.BAD_REQUEST, part + ": the file is empty (0 bytes)", null);
    }
    if (budget.isNegative() || budget.isZero()) {
      throw new UnreadableScanException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          part + ": not read: the OCR deadline for one document ran out",
          null);
    }
    Path folder = Files.createTempDirectory("gyomu-suggest-");
    Path original = folder.resolve("original");
    try {
      Files.write(original, file.content());
      try (PageSource source = PageSource.open(original, intake.documentLimits())) {
        PageImage page = source.render(0);
        PageText text = engine.read(page.image(), page.dpi(), LANGUAGES, budget);
        return new Read(text, QuarterTurns.clockwise(page.image(), text.rotationDegrees()));
      }
    } catch (UnreadableDocumentException e) {
      HttpStatus status =
          switch (e.problem()) {
            case UNSUPPORTED_FORMAT -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            default -> HttpStatus.UNPROCESSABLE_ENTITY;
          };
      throw new UnreadableScanException(status, part + ": " + e.getMessage(), e);
    } catch (OcrDeadlineException e) {
      throw new UnreadableScanException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "%s: page 1 was still being read after %d s; at most %d s are spent on one page"
              .formatted(part, e.elapsed().toSeconds(), e.limit().toSeconds()),
          e);
    } finally {
      Files.deleteIfExists(original);
      Files.deleteIfExists(folder);
    }
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static SuggestedForm.SamplePage page(Proposal proposal) {
    List<SuggestedForm.Line> lines =
        proposal.lines().stream()
            .map(
                l ->
                    new SuggestedForm.Line(
                        l.text(),
                        box(l.box()),
                        l.words().stream()
                            .map(
                                w ->
                                    new SuggestedForm.Word(
                                        w.text(),
                                        box(w.box()),
                                        Math.round(w.confidence() * 10) / 10.0))
                            .toList()))
            .toList();
    return new SuggestedForm.SamplePage(proposal.width(), proposal.height(), lines);
  }

  private static List<SuggestedForm.Placement> placements(Proposal proposal) {
    return proposal.fields().stream()
        .map(f -> new SuggestedForm.Placement(f.name(), box(f.labelBox()), box(f.valueBox())))
        .toList();
  }

  private static Box box(Rectangle r) {
    return r == null ? null : new Box(r.x, r.y, r.width, r.height);
  }
}
