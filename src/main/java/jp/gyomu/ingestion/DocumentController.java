package jp.gyomu.ingestion;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Documents over HTTP: upload, follow, read the text, fetch the searchable PDF and pages. */
@RestController
@RequestMapping("/api/documents")
@Tag(name = "Documents")
class DocumentController {

  private final IntakeService intake;
  private final UploadAdmission admission;
  private final DocumentQueries queries;
  private final DocumentStore store;

  DocumentController(
      IntakeService intake,
      UploadAdmission admission,
      DocumentQueries queries,
      DocumentStore store) {
    this.intake = intake;
    this.admission = admission;
    this.queries = queries;
    this.store = store;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Upload a scanned document",
      description =
          "Answers 202 with the document's id at once; reading happens in the background."
              + " Answers 503 with Retry-After (seconds) and stores nothing while more than"
              + " gyomu.intake.max-waiting documents wait to be read.")
  ResponseEntity<IntakeService.Receipt> upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam(value = "type", required = false) String type)
      throws IOException {
    admission.refusal().ifPresent(UploadAdmission::refuse);
    // while the database is away, DatabaseAwayFilter answers 503 with Retry-After (decision 0006)
    try (var in = file.getInputStream()) {
      var receipt = intake.receive(in, file.getOriginalFilename(), "upload", null, type);
      return ResponseEntity.accepted()
          .location(URI.create("/api/documents/" + receipt.id()))
          .body(receipt);
    }
  }

  @GetMapping
  @Operation(summary = "List documents, newest first, filtered by status and type")
  DocumentQueries.Page list(
      @RequestParam(required = false) DocumentStatus status,
      @RequestParam(required = false) String type,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return queries.list(status, type, Math.max(0, page), Math.min(Math.max(1, size), 500));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One document with its history of states")
  DocumentQueries.Details get(@PathVariable String id) {
    return queries.details(id);
  }

  @PatchMapping("/{id}")
  @Operation(
      summary = "Assign a document type",
      description = "For documents in NEEDS_ROUTING: sets the type and resumes the pipeline.")
  DocumentQueries.Details assignType(
      @PathVariable String id, @RequestBody Map<String, String> body, Authentication user) {
    intake.assignType(id, body.get("type"), user.getName());
    return queries.details(id);
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
