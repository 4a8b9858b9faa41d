package jp.gyomu.ingestion;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import jp.gyomu.pages.DocumentLimits;
import jp.gyomu.pages.PageSource;
import jp.gyomu.pages.UnreadableDocumentException;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Refuses what cannot or must not be read, before any pixel is decoded: empty or oversized files,
 * types other than PNG, JPEG, TIFF, BMP and PDF (by content, not name), encrypted or corrupt files,
 * too many pages, pages whose pixel count would exhaust memory, documents whose pages together hold
 * more pixels than one document may cost to read.
 */
@Component
class PreflightStep implements PipelineStep {

  private final IntakeSettings settings;
  private final DocumentRepository repository;

  PreflightStep(IntakeSettings settings, DocumentRepository repository) {
    this.settings = settings;
    this.repository = repository;
  }

  @Override
  public String name() {
    return "preflight";
  }

  @Override
  public Outcome apply(WorkingDocument document) throws IOException {
    long size = Files.size(document.original);
    if (size == 0) {
      return quarantine(Reason.of(ReasonCode.FILE_EMPTY));
    }
    if (size > settings.maxFileSize().toBytes() && !document.preflightOverride) {
      return quarantine(
          Reason.of(
              ReasonCode.FILE_TOO_LARGE,
              megabytes(size),
              megabytes(settings.maxFileSize().toBytes())));
    }
    try (PageSource source = PageSource.open(document.original, limits(document, settings))) {
      document.mediaType = source.format().name();
      document.pageCount = source.pageCount();
      source
          .ignoredContent()
          .ifPresent(
              what -> repository.note(document.id, Reason.of(ReasonCode.CONTENT_LEFT_OUT, what)));
      return PipelineStep.next();
    } catch (UnreadableDocumentException e) {
      return quarantine(Reason.of(ReasonCode.FILE_UNREADABLE, e.getMessage()));
    }
  }

  /** An administrator's override lifts the limits of size and count, never the one page's. */
  static DocumentLimits limits(WorkingDocument document, IntakeSettings settings) {
    return document.preflightOverride ? settings.overriddenLimits() : settings.documentLimits();
  }

  /** 3.2 MB, 50 MB: one decimal where it tells a file just over the limit from the limit. */
  static String megabytes(long bytes) {
    double mb = bytes / (double) DataSize.ofMegabytes(1).toBytes();
    return String.format(Locale.ROOT, mb == Math.rint(mb) ? "%.0f MB" : "%.1f MB", mb);
  }

  private static Outcome quarantine(Reason reason) {
    return PipelineStep.settle(DocumentStatus.QUARANTINED, reason);
  }
}
