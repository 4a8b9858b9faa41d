package jp.gyomu.ingestion;

import jp.gyomu.fields.FieldExtractor;
import jp.gyomu.process.CaseFields;
import org.springframework.stereotype.Component;

/**
 * Reads the type's fields from the pages and stores them with the document, replacing those of an
 * earlier reading (a document resumed after a crash is read again). No database transaction is open
 * while the fields are read. The documents API shows them whatever the document's end, and the
 * hand-off gives the case these same fields. A type without a field template has none.
 */
@Component
class ExtractFieldsStep implements PipelineStep {

  private final DocumentTypes types;
  private final DocumentRepository repository;

  ExtractFieldsStep(DocumentTypes types, DocumentRepository repository) {
    this.types = types;
    this.repository = repository;
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
            : FieldExtractor.extract(document.pages, document.template);
    repository.storeFields(
        document.id,
        document.fields == null ? null : CaseFields.read(document.template, document.fields));
    return PipelineStep.next();
  }
}
