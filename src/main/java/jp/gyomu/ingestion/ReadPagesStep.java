package jp.gyomu.ingestion;

import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import jp.gyomu.ocr.PageText;
import jp.gyomu.ocr.QuarterTurns;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads every page (a PDF's own text layer where it is real, else OCR) and writes what the document
 * store keeps: one upright PNG per page, the text, and a searchable PDF. Pages are read one at a
 * time, so memory stays flat whatever the page count.
 */
@Component
@Order(30)
class ReadPagesStep implements PipelineStep {

  private final PageTextReader reader;
  private final DocumentStore store;
  private final DocumentTypes types;
  private final PreflightStep preflight;

  ReadPagesStep(
      PageTextReader reader, DocumentStore store, DocumentTypes types, PreflightStep preflight) {
    this.reader = reader;
    this.store = store;
    this.types = types;
    this.preflight = preflight;
  }

  @Override
  public String name() {
    return "read-pages";
  }

  @Override
  public Outcome apply(WorkingDocument document) throws Exception {
    String languages = types.languagesFor(document.type);
    try (PageSource source = PageSource.open(document.original, preflight.limits());
        var pdf = new SearchablePdfWriter(store.searchablePdf(document.id))) {
      for (int i = 0; i < source.pageCount(); i++) {
        int page = i;
        var read = reader.read(source, page, languages);
        PageText text = read.text();
        BufferedImage image = read.image().orElseGet(() -> source.render(page)).image();
        BufferedImage upright = QuarterTurns.clockwise(image, text.rotationDegrees());
        ImageIO.write(upright, "png", store.pageImage(document.id, page + 1).toFile());
        pdf.addPage(upright, text);
        document.pages.add(text);
      }
      pdf.save();
    }
    store.writeText(document.id, document.text());
    return PipelineStep.next();
  }
}
