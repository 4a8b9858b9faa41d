package jp.gyomu.ingestion;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jp.gyomu.system.Roles;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents over HTTP: upload, follow, read the text, fetch the searchable PDF, pages and original,
 * and the documents console's actions on those that wait for a person.
 */
@RestController
@RequestMapping("/api/documents")
@Tag(name = "Documents")
class DocumentController {

  private final IntakeService intake;
  private final UploadAdmission admission;
  private final DocumentQueries queries;
  private final DocumentStore store;
  private final DocumentActions actions;

  DocumentController(
      IntakeService intake,
      UploadAdmission admission,
      DocumentQueries queries,
      DocumentStore store,
      DocumentActions actions) {
    this.intake = intake;
    this.admission = admission;
    this.queries = queries;
    this.store = store;
    this.actions = actions;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Upload a scanned document",
      description =
          "Answers 202 with the document's id at once; reading happens in the background."
              + " Answers 503 with Retry-After (seconds) and stores nothing while more than"
              + " gyomu.intake.max-waiting documents wait to be read. With an Idempotency-Key"
              + " header, sending the same file again with the same key (to any node) answers"
              + " 202 with the document the first upload became; the same key with a different"
              + " file is refused with 422.")
  ResponseEntity<IntakeService.Receipt> upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam(value = "type", required = false) String type,
      @Parameter(
              description =
                  "A key the client makes for this upload (a UUID) and sends again on a retry:"
                      + " 1 to 200 visible ASCII characters, one document per user and key")
          @RequestHeader(value = UploadIdempotency.HEADER, required = false)
          String idempotencyKey,
      Authentication user)
      throws IOException {
    String sourceKey =
        idempotencyKey == null ? null : UploadIdempotency.sourceKey(user.getName(), idempotencyKey);
    var earlier = intake.earlierUpload(sourceKey);
    if (earlier.isPresent()) {
      try (var in = file.getInputStream()) {
        UploadIdempotency.requireSameContent(in, earlier.get().sha256());
      }
      return accepted(new IntakeService.Receipt(earlier.get().id(), earlier.get().status()));
    }
    admission.refusal().ifPresent(UploadAdmission::refuse);
    // while the database is away, DatabaseAwayFilter answers 503 with Retry-After (decision 0006)
    try (var in = file.getInputStream()) {
      return accepted(intake.receive(in, file.getOriginalFilename(), "upload", sourceKey, type));
    }
  }

  private static ResponseEntity<IntakeService.Receipt> accepted(IntakeService.Receipt receipt) {
    return ResponseEntity.accepted()
        .location(URI.create("/api/documents/" + receipt.id()))
        .body(receipt);
  }

  @GetMapping
  @Operation(
      summary = "List documents, newest first, filtered by status and type",
      description =
          "status may be given several times (any of them). Managers see the list without what"
              + " may identify a person: no file name, error, fields, checks or content hash"
              + " (docs/SECURITY.md, \"Documents\").")
  DocumentQueries.Page list(
      @RequestParam(required = false) List<DocumentStatus> status,
      @RequestParam(required = false) String type,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      Authentication user) {
    var found =
        queries
            .list(status, type, Math.max(0, page), Math.min(Math.max(1, size), 500))
            .in(reader());
    if (readsDocuments(user)) {
      return found;
    }
    return new DocumentQueries.Page(
        found.items().stream().map(Document::withoutPersonalData).toList(),
        found.page(),
        found.size(),
        found.total());
  }

  @GetMapping("/counts")
  @Operation(
      summary = "How many documents are in each status",
      description =
          "Every status, zero included, in the order the documents console shows them: those that"
              + " wait for a person first (NEEDS_ROUTING, QUARANTINED, FAILED, DUPLICATE).")
  List<DocumentQueries.StatusCount> counts(@RequestParam(required = false) String type) {
    return queries.countsByStatus(type);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One document with its history of states and what people did to it")
  DocumentQueries.Details get(@PathVariable String id) {
    return queries.details(id).in(reader());
  }

  /**
   * The caller's language for reasons: the {@code gyomu-lang} cookie, else {@code Accept-Language}
   * (ja or en), else Japanese (WebConfig).
   */
  private static Locale reader() {
    return LocaleContextHolder.getLocale();
  }

  /** An action's optional words for the record. */
  record ActionRequest(
      @Schema(description = "why, for the document's history and audit", example = "再スキャン済み")
          String comment) {}

  /** A type for a document in NEEDS_ROUTING, with optional words for the record. */
  record TypeRequest(
      @Schema(example = "travel-expense", requiredMode = Schema.RequiredMode.REQUIRED) String type,
      @Schema(description = "why, for the document's history and audit") String comment) {}

  @PatchMapping("/{id}")
  @Operation(
      summary = "Assign a document type",
      description =
          "For documents in NEEDS_ROUTING: sets the type and resumes the pipeline (409 in any"
              + " other state, 422 without a valid type). Recorded with who did it.")
  DocumentQueries.Details assignType(
      @PathVariable String id, @RequestBody TypeRequest body, Authentication user) {
    actions.assignType(id, body.type(), user.getName(), body.comment());
    return queries.details(id).in(reader());
  }

  @PostMapping("/{id}/retry")
  @Operation(
      summary = "Read a FAILED document again",
      description = "From the start of the pipeline; 409 in any other state. Recorded.")
  DocumentQueries.Details retry(
      @PathVariable String id,
      @RequestBody(required = false) ActionRequest body,
      Authentication user) {
    actions.retry(id, user.getName(), comment(body));
    return queries.details(id).in(reader());
  }

  @PostMapping("/{id}/release")
  @Operation(
      summary = "Release a QUARANTINED document after a look",
      description =
          "Moves the original back and reads it again from preflight on, which may quarantine it"
              + " again; 409 in any other state. Recorded.")
  DocumentQueries.Details release(
      @PathVariable String id,
      @RequestBody(required = false) ActionRequest body,
      Authentication user) {
    actions.release(id, false, user.getName(), comment(body));
    return queries.details(id).in(reader());
  }

  @PostMapping("/{id}/release-override")
  @Operation(
      summary = "Release a QUARANTINED document beyond preflight's limits (administrators)",
      description =
          "As release, but the document is read whatever its file size, page count and pixels in"
              + " all; a single page larger than gyomu.intake.max-pixels-per-page, or a file that"
              + " cannot be read, is still refused. Recorded.")
  DocumentQueries.Details releaseOverride(
      @PathVariable String id,
      @RequestBody(required = false) ActionRequest body,
      Authentication user) {
    actions.release(id, true, user.getName(), comment(body));
    return queries.details(id).in(reader());
  }

  @PostMapping("/{id}/accept-duplicate")
  @Operation(
      summary = "Read a DUPLICATE on as intended",
      description =
          "For a document handed in again on purpose: it is read as a document of its own and"
              + " starts its own case; 409 in any other state. Recorded.")
  DocumentQueries.Details acceptDuplicate(
      @PathVariable String id,
      @RequestBody(required = false) ActionRequest body,
      Authentication user) {
    actions.acceptDuplicate(id, user.getName(), comment(body));
    return queries.details(id).in(reader());
  }

  @GetMapping(value = "/{id}/original", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
  @Operation(
      summary = "The original file as it came (a download)",
      description = "From the document's folder, or from quarantine while it is quarantined.")
  ResponseEntity<Resource> original(@PathVariable String id) {
    var document = queries.details(id).document();
    var path =
        store
            .currentOriginal(id, document.originalName())
            .orElseThrow(() -> new DocumentQueries.NotFound("Document " + id + " has no original"));
    // always a download, never shown by the browser: a quarantined file may be anything
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(document.originalName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(new FileSystemResource(path));
  }

  @GetMapping(value = "/{id}/text", produces = "text/plain;charset=UTF-8")
  @Operation(summary = "The document's text (OCR or the PDF's own text layer)")
  ResponseEntity<Resource> text(@PathVariable String id) {
    return file(id, store.text(id), MediaType.parseMediaType("text/plain;charset=UTF-8"), "txt");
  }

  @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "The searchable PDF: page images with an invisible text layer")
  ResponseEntity<Resource> pdf(@PathVariable String id) {
    return file(id, store.searchablePdf(id), MediaType.APPLICATION_PDF, "pdf");
  }

  @GetMapping(value = "/{id}/pages/{page}.png", produces = MediaType.IMAGE_PNG_VALUE)
  @Operation(summary = "One page as the OCR read it (upright, deskewed), starting at 1")
  ResponseEntity<Resource> page(@PathVariable String id, @PathVariable int page) {
    return file(id, store.pageImage(id, page), MediaType.IMAGE_PNG, "png");
  }

  private static String comment(ActionRequest body) {
    return body == null ? null : body.comment();
  }

  /** Whether the caller may see documents' personal data (the jobs that work on them). */
  private static boolean readsDocuments(Authentication user) {
    return user.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(a -> Roles.DOCUMENT_READERS.stream().anyMatch(r -> a.equals("ROLE_" + r)));
  }

  private ResponseEntity<Resource> file(String id, Path path, MediaType type, String ext) {
    queries.details(id); // 404 for unknown ids before touching the file system
    if (!Files.isRegularFile(path)) {
      throw new DocumentQueries.NotFound("Document " + id + " has no " + ext + " (yet)");
    }
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(id + "." + ext).build().toString())
        .body(new FileSystemResource(path));
  }
}
