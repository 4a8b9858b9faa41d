package jp.gyomu.ingestion;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.gyomu.fields.FieldExtraction;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.ocr.PageText;
import jp.gyomu.reasons.Reason;

/** What the pipeline knows about one document while it works on it. */
final class WorkingDocument {

  final String id;
  final Path original;
  final String originalName;
  final String sha256;
  final boolean preflightOverride;
  final boolean duplicateAccepted;
  String type;
  String mediaType;
  Integer pageCount;
  final List<PageText> pages = new ArrayList<>();
  final PageImages pageImages = new PageImages();
  FieldTemplate template;
  FieldExtraction fields;
  String duplicateOf;
  String processInstanceId;

  /** The node whose lease lets it write this document's result. */
  String leaseOwner;

  final Map<String, Long> timingsMillis = new LinkedHashMap<>();

  WorkingDocument(Document row, Path original) {
    this.id = row.id();
    this.original = original;
    this.originalName = row.originalName();
    this.sha256 = row.sha256();
    this.type = row.type();
    this.preflightOverride = row.preflightOverride();
    this.duplicateAccepted = row.duplicateAccepted();
  }

  Double meanConfidence() {
    return pages.isEmpty()
        ? null
        : pages.stream().mapToDouble(PageText::meanConfidence).average().orElse(0);
  }

  /** The row changes that go with settling in {@code status}. */
  DocumentRepository.Change change(DocumentStatus status, Reason reason) {
    boolean problem = status == DocumentStatus.FAILED || status == DocumentStatus.QUARANTINED;
    return new DocumentRepository.Change(
        type,
        mediaType,
        pageCount,
        meanConfidence(),
        timingsMillis,
        problem ? reason : null,
        duplicateOf,
        processInstanceId);
  }

  String text() {
    return String.join("\n\f\n", pages.stream().map(PageText::text).toList());
  }
}
