package jp.gyomu.ingestion;

import java.awt.image.BufferedImage;
import java.io.IOException;
import jp.gyomu.pages.SearchablePdfWriter;
import org.springframework.stereotype.Component;

/**
 * Writes the searchable PDF the documents API serves: each upright page image the reading step
 * stored, with its text as an invisible layer. Pages are taken one at a time, from memory where the
 * reading step kept them ({@link PageImages}), else from the store, so memory stays flat whatever
 * the page count.
 */
@Component
class SearchablePdfStep implements PipelineStep {

  private final DocumentStore store;

  SearchablePdfStep(DocumentStore store) {
    this.store = store;
  }

  @Override
  public String name() {
    return "searchable-pdf";
  }

  @Override
  public Outcome apply(WorkingDocument document) throws IOException {
    try (var pdf = new SearchablePdfWriter(store.searchablePdf(document.id))) {
      for (int i = 0; i < document.pages.size(); i++) {
        BufferedImage upright =
            document.pageImages.read(i + 1, store.pageImage(document.id, i + 1));
        pdf.addPage(upright, document.pages.get(i));
      }
      pdf.save();
    }
    return PipelineStep.next();
  }
}
