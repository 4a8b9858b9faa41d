package jp.gyomu.ingestion;

import java.time.Duration;
import jp.gyomu.pages.DocumentLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and knobs of the intake pipeline ({@code gyomu.intake.*}).
 *
 * @param workers documents read at the same time (one OCR engine each); 0 means one per core
 * @param queueCapacity document ids held in memory for the workers; more wait in the database for
 *     the sweep, so keep it above what the workers read in one sweep interval
 * @param maxWaiting documents waiting in the database (all nodes) beyond which uploads answer 503
 *     with Retry-After; the inbox folder is never refused (decision 0004)
 * @param maxFileSize larger files are quarantined
 * @param maxPages documents with more pages are quarantined
 * @param maxPixelsPerPage decompression-bomb guard, checked before pixels are decoded
 * @param maxDocumentMegapixels all pages of a document together, checked from headers before any
 *     page is read; the default holds 300 A4 pages at 300 dpi (8.7 megapixels each, 2,609 in all),
 *     so ordinary scans reach the page limit first and only oversized pages spend this budget
 * @param forceOcr OCR even PDF pages that carry their own text layer
 * @param defaultLanguages Tesseract languages for documents whose type names none
 * @param nodeName this node's name in document leases; the host name when blank, so give nodes that
 *     share a host name (containers, two processes on one machine) distinct names
 * @param leaseDuration how long a node holds a document it reads without renewing; a heartbeat
 *     renews every quarter of it while the document is read, so this is roughly how long a node
 *     that dies keeps its documents from the others (plus one sweep interval); a node paused longer
 *     than this loses its documents and writes nothing for them (fenced), so a short lease costs
 *     repeated reading at worst, never a second case
 */
@ConfigurationProperties(prefix = "gyomu.intake")
public record IntakeSettings(
    @DefaultValue("0") int workers,
    @DefaultValue("200") int queueCapacity,
    @DefaultValue("500") int maxWaiting,
    @DefaultValue("50MB") DataSize maxFileSize,
    @DefaultValue(DocumentLimits.DEFAULT_MAX_PAGES) int maxPages,
    @DefaultValue(DocumentLimits.DEFAULT_MAX_PIXELS_PER_PAGE) long maxPixelsPerPage,
    @DefaultValue(DocumentLimits.DEFAULT_MAX_DOCUMENT_MEGAPIXELS) long maxDocumentMegapixels,
    @DefaultValue("false") boolean forceOcr,
    @DefaultValue("jpn") String defaultLanguages,
    @DefaultValue("") String nodeName,
    @DefaultValue("30s") Duration leaseDuration) {

  /** How often the heartbeat renews this node's leases: four times per lease. */
  public Duration heartbeatInterval() {
    return leaseDuration.dividedBy(4);
  }

  public String effectiveNodeName() {
    if (!nodeName.isBlank()) {
      return nodeName;
    }
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      return "localhost";
    }
  }

  /** What preflight checks and reading opens a document with. */
  public DocumentLimits documentLimits() {
    return new DocumentLimits(
        maxPages,
        maxPixelsPerPage,
        maxDocumentMegapixels * 1_000_000,
        DocumentLimits.DEFAULT.pdfMainMemoryBytes());
  }

  /**
   * The limits for a document an administrator released beyond preflight's limits: any number of
   * pages and pixels in all, but still no page larger than {@code maxPixelsPerPage}, which keeps
   * one decoded page within memory.
   */
  public DocumentLimits overriddenLimits() {
    return new DocumentLimits(
        Integer.MAX_VALUE,
        maxPixelsPerPage,
        Long.MAX_VALUE,
        DocumentLimits.DEFAULT.pdfMainMemoryBytes());
  }

  public int effectiveWorkers() {
    return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
  }
}
