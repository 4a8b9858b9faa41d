package jp.gyomu.forms;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.ingestion.DocumentTypes;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Document types over HTTP: list, read, change without a restart, and try on scans. */
@RestController
@RequestMapping("/api/document-types")
@Tag(
    name = "Document types",
    description =
        "The *.fields.yaml templates of the processes folder: read, change without a restart, and"
            + " try a template on scans without storing anything")
class DocumentTypeController {

  private static final String YAML_EXAMPLE =
      """
      id: facility-use
      name:
        ja: 施設使用許可申請書
        en: Facility use application
      classification:
        keywords: [施設使用許可申請書]
      fields:
        - name: applicationDate
          label: 申請日
          type: date
          required: true
        - name: fee
          label: 使用料
          type: amount
      """;

  private static final String EXPECTED_EXAMPLE =
      "{\"applicationDate\": \"2024-05-01\", \"fee\": 4500, \"lineItems[0].amount\": 1200}";

  private final DocumentTypes types;
  private final DocumentTypeFiles files;
  private final FormTrial trial;
  private final FormsSettings settings;

  DocumentTypeController(
      DocumentTypes types, DocumentTypeFiles files, FormTrial trial, FormsSettings settings) {
    this.types = types;
    this.files = files;
    this.trial = trial;
    this.settings = settings;
  }

  @GetMapping
  @Operation(summary = "The document types in use, in file-name order")
  List<DocumentTypeView.Summary> list() {
    return types.all().stream().map(DocumentTypeView::summary).toList();
  }

  @GetMapping("/{id}")
  @Operation(
      summary = "One document type: its template file as written, and as Gyomu reads it",
      description = "`form` holds every field with the defaults filled in (minConfidence, lines).")
  DocumentTypeView.Details get(@PathVariable String id) {
    return DocumentTypeView.details(files.inUse(id), files.definition(id));
  }

  @GetMapping(
      value = "/{id}/sample",
      produces = {MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE})
  @Operation(summary = "The type's reference page (sample), whose pixels its zones are given in")
  ResponseEntity<Resource> sample(@PathVariable String id) {
    FieldTemplate template = files.inUse(id);
    if (template.sample() == null) {
      throw new UnknownDocumentTypeException(id, "no reference page (sample) beside it");
    }
    String name = template.sample().getFileName().toString();
    return ResponseEntity.ok()
        .contentType(name.endsWith(".png") ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG)
        .body(new FileSystemResource(template.sample()));
  }

  @PutMapping(value = "/{id}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Create or change a document type, in use at once (no restart)",
      description =
          "Checks the template exactly as start-up does, then writes processes/{id}.fields.yaml"
              + " (and {id}.sample.png), each replaced in one step, and reads the document types"
              + " again: the next scan is read with it, and inbox/{id}/ exists. The id in the"
              + " address is the template's id. A refused template answers 422 naming the place"
              + " and problem (e.g. `facility-use.fields.yaml: fields[1] (fee).type: unknown type"
              + " 'money'`); nothing is written then and the type in use stays as it was. A"
              + " sample (PNG or JPEG, one page) is stored as {id}.sample.png, so the template"
              + " names it: `sample: {id}.sample.png`. Answers 201 for a new type, 200 for a"
              + " changed one. The process for the type is deployed separately (Camunda Modeler,"
              + " POST /api/processes/redeploy); without one, its documents stop at OCR_DONE.")
  @ApiResponse(responseCode = "200", description = "changed and in use")
  @ApiResponse(responseCode = "201", description = "created and in use")
  ResponseEntity<DocumentTypeView.Details> put(
      @PathVariable String id,
      @Parameter(
              description = "the template (YAML, UTF-8), as a file or a text field",
              schema = @Schema(type = "string", format = "binary"),
              examples = @ExampleObject(value = YAML_EXAMPLE))
          @RequestPart("definition")
          Part definition,
      @Parameter(description = "a reference page: PNG or JPEG, one page")
          @RequestPart(value = "sample", required = false)
          MultipartFile sample)
      throws IOException {
    DocumentTypeFiles.checkId(id);
    byte[] yaml = bytes(definition, settings.maxDefinitionSize().toBytes() + 1);
    Optional<DocumentTypeFiles.Sample> image =
        sample == null || sample.isEmpty()
            ? Optional.empty()
            : Optional.of(new DocumentTypeFiles.Sample(sample.getBytes()));
    var saved = files.save(id, yaml, image);
    var body = DocumentTypeView.details(saved.template(), new String(yaml, StandardCharsets.UTF_8));
    return saved.created()
        ? ResponseEntity.created(URI.create("/api/document-types/" + id)).body(body)
        : ResponseEntity.ok(body);
  }

  @PostMapping(value = "/{id}/trial", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Try a document type's template on scans; nothing is stored, no case starts",
      description =
          "Reads each file as an upload would be read (PDF, PNG, JPEG, TIFF; the same size, page"
              + " and pixel limits; the same OCR engine) and answers, per file, which type the"
              + " classifier picks (and the runner-up), every field with value, raw text, status,"
              + " confidence, page and box (in the pixels of `pages`), the checks across fields"
              + " that failed, and, given `expected`, each expected value against the value read"
              + " (compared after normalising: dates ISO, amounts numbers, text without"
              + " whitespace) with totals per field. A file that cannot be read gets an `error`"
              + " and the others are still read. At most gyomu.forms.max-trial-files files; the"
              + " request as a whole at most gyomu.intake.max-file-size; all files share one"
              + " document's OCR deadline (gyomu.ocr.document-deadline).")
  TrialReport trial(
      @PathVariable String id,
      @Parameter(description = "a scan to read; repeat the part for more") @RequestPart("file")
          List<MultipartFile> file,
      @Parameter(
              description =
                  "expected values as JSON: field name (or table cell, lineItems[0].amount) to"
                      + " value. One part applies to every file; one part per file pairs them in"
                      + " order.",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      examples = @ExampleObject(value = EXPECTED_EXAMPLE)))
          @RequestPart(value = "expected", required = false)
          List<Part> expected)
      throws IOException {
    FieldTemplate template = files.inUse(id);
    List<MultipartFile> scans = file == null ? List.of() : file;
    if (scans.isEmpty()) {
      throw new IllegalArgumentException("file: at least one scan is required");
    }
    if (scans.size() > settings.maxTrialFiles()) {
      throw new IllegalArgumentException(
          "file: %d files sent; a trial reads at most %d at a time (gyomu.forms.max-trial-files)"
              .formatted(scans.size(), settings.maxTrialFiles()));
    }
    List<ExpectedValues> wanted = expected(template, expected, scans.size());
    List<FormTrial.Upload> uploads = new ArrayList<>();
    for (MultipartFile scan : scans) {
      uploads.add(
          new FormTrial.Upload() {
            @Override
            public String name() {
              return scan.getOriginalFilename();
            }

            @Override
            public InputStream open() throws IOException {
              return scan.getInputStream();
            }
          });
    }
    return trial.run(template, uploads, wanted);
  }

  /** One set for all files, or one per file in order. */
  private static List<ExpectedValues> expected(FieldTemplate template, List<Part> parts, int files)
      throws IOException {
    if (parts == null || parts.isEmpty()) {
      return java.util.Collections.nCopies(files, ExpectedValues.none());
    }
    if (parts.size() != 1 && parts.size() != files) {
      throw new IllegalArgumentException(
          "expected: %d parts for %d files; send one for all files or one per file"
              .formatted(parts.size(), files));
    }
    List<ExpectedValues> sets = new ArrayList<>();
    for (Part part : parts) {
      sets.add(
          ExpectedValues.parse(new String(bytes(part, 1 << 20), StandardCharsets.UTF_8), template));
    }
    return parts.size() == 1 ? java.util.Collections.nCopies(files, sets.get(0)) : sets;
  }

  /** The part's bytes, at most {@code limit} (one more than allowed tells "too large"). */
  private static byte[] bytes(Part part, long limit) throws IOException {
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }
  }
}
