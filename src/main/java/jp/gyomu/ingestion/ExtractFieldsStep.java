package jp.gyomu.ingestion;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.gyomu.fields.FieldExtractor;
import jp.gyomu.fields.FieldPage;
import jp.gyomu.fields.SecondLook;
import jp.gyomu.ocr.OcrDeadlineException;
import jp.gyomu.ocr.TessApiOcrEngine;
import jp.gyomu.process.CaseFields;
import org.springframework.stereotype.Component;

/**
 * Reads the type's fields from the pages and stores them with the document, replacing those of an
 * earlier reading (a document resumed after a crash is read again). No database transaction is open
 * while the fields are read. The documents API shows them whatever the document's end, and the
 * hand-off gives the case these same fields. A type without a field template has none. The checks
 * across fields that failed are stored beside them. Unsure text values are read again by a second
 * model ({@link FieldSecondLookProperties}).
 */
@Component
class ExtractFieldsStep implements PipelineStep {

  // one value's crop takes milliseconds; a stuck one must not hold the document
  private static final Duration CROP_DEADLINE = Duration.ofSeconds(10);

  private final DocumentTypes types;
  private final DocumentRepository repository;
  private final DocumentStore store;
  private final SecondLook look;

  ExtractFieldsStep(
      DocumentTypes types,
      DocumentRepository repository,
      DocumentStore store,
      TessApiOcrEngine engine,
      FieldSecondLookProperties secondLook) {
    this.types = types;
    this.repository = repository;
    this.store = store;
    this.look =
        engine == null || secondLook == null || !secondLook.enabled()
            ? SecondLook.NONE
            : SecondLook.by(
                (image, dpi, region, model, characters) -> {
                  try {
                    return engine.readLine(image, dpi, region, model, CROP_DEADLINE, characters);
                  } catch (OcrDeadlineException e) {
                    // the value stays as first read
                    return List.of();
                  }
                },
                secondLook.model());
  }

  @Override
  public String name() {
    return "extract-fields";
  }

  @Override
  public Outcome apply(WorkingDocument document) {
    document.template = types.find(document.type).orElse(null);
    document.fields =
        document.template == null
            ? null
            : FieldExtractor.extract(pagesOf(document), document.template, look);
    if (!repository.storeFields(
        document.id,
        document.leaseOwner,
        document.fields == null ? null : CaseFields.read(document.template, document.fields),
        document.fields == null ? null : FailedCheck.of(document.fields))) {
      throw new LeaseLostException(document.id); // the new holder's fields stay
    }
    return PipelineStep.next();
  }

  /** The pages with their stored upright images, loaded only for fields read from pixels. */
  private List<FieldPage> pagesOf(WorkingDocument document) {
    List<FieldPage> pages = new ArrayList<>();
    for (int i = 0; i < document.pages.size(); i++) {
      int page = i + 1;
      Path image = store.pageImage(document.id, page);
      pages.add(FieldPage.of(document.pages.get(i), () -> readImage(document, page, image)));
    }
    return pages;
  }

  private static BufferedImage readImage(WorkingDocument document, int page, Path file) {
    try {
      return Files.exists(file) ? document.pageImages.read(page, file) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the page image " + file, e);
    }
  }
}
