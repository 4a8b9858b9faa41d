package jp.gyomu.ingestion;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The intake pipeline: its steps, in the order {@link DocumentPipeline} runs them on each document
 * (docs/ARCHITECTURE.md, "A document's path", describes the same list). Each step lets the document
 * go on or settles it with a status and a reason; its time is kept under its name in the document's
 * {@code timings}.
 *
 * <ol>
 *   <li>{@link PreflightStep}: refuses what cannot or must not be read (QUARANTINED).
 *   <li>{@link DeduplicationStep}: the same bytes again become a DUPLICATE.
 *   <li>{@link ReadPagesStep}: text of every page (text layer or OCR), page images and text stored.
 *   <li>{@link SearchablePdfStep}: the searchable PDF.
 *   <li>{@link ClassificationStep}: a type for an untyped document, or NEEDS_ROUTING.
 *   <li>{@link ExtractFieldsStep}: the type's fields, stored with the document.
 *   <li>{@link HandOffStep}: the case started (HANDED_OFF), or OCR_DONE without a process.
 * </ol>
 */
@Component
class PipelineSteps {

  private final List<PipelineStep> inOrder;

  PipelineSteps(
      PreflightStep preflight,
      DeduplicationStep duplicateCheck,
      ReadPagesStep readPages,
      SearchablePdfStep searchablePdf,
      ClassificationStep classify,
      ExtractFieldsStep extractFields,
      HandOffStep handOff) {
    this.inOrder =
        List.of(
            preflight, duplicateCheck, readPages, searchablePdf, classify, extractFields, handOff);
  }

  List<PipelineStep> inOrder() {
    return inOrder;
  }
}
