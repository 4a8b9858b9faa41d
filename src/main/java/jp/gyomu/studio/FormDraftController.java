package jp.gyomu.studio;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.gyomu.forms.FormSuggester.ScanFile;
import jp.gyomu.forms.TrialReport;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The form studio's drafts over HTTP (docs/STUDIO.md). */
@RestController
@RequestMapping("/api/form-drafts")
@Tag(
    name = "Form drafts",
    description =
        "Forms being defined in the studio: definition, sample page and test set of scans with"
            + " expected values, tried after every edit. Nothing is in use until published"
            + " (POST /api/document-types/{id}/publish).")
class FormDraftController {

  private final DraftService drafts;

  FormDraftController(DraftService drafts) {
    this.drafts = drafts;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Start a draft from a filled sample (and the blank form)",
      description =
          "The form suggester reads the sample and proposes the definition; the draft starts with"
              + " it, the sample page as read (upright) and its OCR lines. With `definition` the"
              + " draft starts from that YAML instead. The id is `id` when sent (409 when a draft"
              + " or a type in use has it), else the suggested one, made unique (-2, -3...).")
  @ApiResponse(responseCode = "201", description = "the new draft")
  ResponseEntity<DraftViews.Draft> create(
      @Parameter(description = "a filled form: PNG, JPEG, TIFF or PDF") @RequestPart("sample")
          MultipartFile sample,
      @Parameter(description = "the blank form, when the office has it")
          @RequestPart(value = "blank", required = false)
          MultipartFile blank,
      @Parameter(description = "the draft's id, e.g. facility-use")
          @RequestPart(value = "id", required = false)
          String id,
      @Parameter(description = "a definition (YAML) to start from instead of the suggestion")
          @RequestPart(value = "definition", required = false)
          String definition,
      Principal user)
      throws IOException {
    DraftViews.Draft draft =
        drafts.create(
            Optional.ofNullable(id).filter(s -> !s.isBlank()).map(String::strip),
            file(sample),
            blank == null || blank.isEmpty() ? Optional.empty() : Optional.of(file(blank)),
            Optional.ofNullable(definition).filter(s -> !s.isBlank()),
            user.getName());
    return ResponseEntity.created(URI.create("/api/form-drafts/" + draft.id())).body(draft);
  }

  @PostMapping("/from-type/{typeId}")
  @Operation(
      summary = "Start a draft of a type in use (its definition and sample page)",
      description = "409 when a draft of that id exists already.")
  @ApiResponse(responseCode = "201", description = "the new draft")
  ResponseEntity<DraftViews.Draft> fromType(@PathVariable String typeId, Principal user)
      throws IOException {
    DraftViews.Draft draft = drafts.fromType(typeId, user.getName());
    return ResponseEntity.created(URI.create("/api/form-drafts/" + draft.id())).body(draft);
  }

  @GetMapping
  @Operation(summary = "The drafts, by id")
  List<DraftViews.Summary> list() {
    return drafts.list();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One draft: definition (YAML and JSON), sample page lines, test scans")
  DraftViews.Draft get(@PathVariable String id) {
    return drafts.get(id);
  }

  /** A new definition: the YAML text, or the same as JSON. */
  record DefinitionChange(String yaml, JsonNode definition) {}

  @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Change the definition",
      description =
          "Send `{\"yaml\": \"...\"}` or `{\"definition\": {...}}` (the keys of the YAML file)."
              + " The template is checked exactly as start-up checks one: a refusal is 422 naming"
              + " the place and problem (e.g. `facility-use.fields.yaml: fields[1] (fee).type:"
              + " unknown type 'money'`) and nothing is saved. An `id` other than the draft's"
              + " renames the draft (its sample: line follows).")
  DraftViews.Draft put(@PathVariable String id, @RequestBody DefinitionChange change) {
    String yaml =
        change.yaml() != null
            ? change.yaml()
            : change.definition() != null ? Definitions.yaml(change.definition()) : null;
    if (yaml == null || yaml.isBlank()) {
      throw new IllegalArgumentException("send the definition as yaml or as definition");
    }
    return drafts.update(id, yaml);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete a draft and its test set (a published type stays in use)")
  void delete(@PathVariable String id) {
    drafts.delete(id);
  }

  @GetMapping(value = "/{id}/sample.png", produces = MediaType.IMAGE_PNG_VALUE)
  @Operation(summary = "The sample page (upright); the sample's lines and zones are in its pixels")
  ResponseEntity<byte[]> sample(@PathVariable String id) {
    return png(drafts.samplePng(id));
  }

  @GetMapping(value = "/{id}/scans/{scanId}/pages/{page}.png", produces = MediaType.IMAGE_PNG_VALUE)
  @Operation(summary = "A test scan's page as read (upright); the trial's boxes are in its pixels")
  ResponseEntity<byte[]> page(
      @PathVariable String id,
      @PathVariable String scanId,
      @Parameter(description = "counted from 1") @PathVariable int page) {
    return png(drafts.pagePng(id, scanId, page));
  }

  @PostMapping(value = "/{id}/scans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Add scans to the test set and try the draft on them",
      description =
          "Each file is read by OCR as an upload is (same limits and deadlines) and kept with"
              + " its upright page images. Answers the trial of the current definition on the new"
              + " scans (each with its `scanId`). At most gyomu.forms.max-trial-files files at a"
              + " time and gyomu.studio.max-scans in all.")
  @ApiResponse(responseCode = "201", description = "kept; the trial on them")
  ResponseEntity<TrialReport> addScans(
      @PathVariable String id, @RequestPart("file") List<MultipartFile> file) throws IOException {
    List<ScanFile> files = new ArrayList<>();
    for (MultipartFile f : file == null ? List.<MultipartFile>of() : file) {
      files.add(file(f));
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(drafts.addScans(id, files));
  }

  @PutMapping(value = "/{id}/scans/{scanId}/expected", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Keep the values a test scan should give",
      description =
          "A JSON object: field name (or table cell, `lineItems[0].amount`, or a table as a list"
              + " of rows) to value, e.g. `{\"applicationDate\": \"2024-05-01\", \"fee\": 4500}`."
              + " Keys that name no field of the current definition are refused (400). Replaces"
              + " what was kept before.")
  void expected(
      @PathVariable String id, @PathVariable String scanId, @RequestBody JsonNode expected) {
    if (expected == null || !expected.isObject()) {
      throw new IllegalArgumentException(
          "expected: an object of field name to value, e.g. {\"applicationDate\": \"2024-04-01\"}");
    }
    drafts.setExpected(id, scanId, expected);
  }

  @DeleteMapping("/{id}/scans/{scanId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove a scan from the test set")
  void deleteScan(@PathVariable String id, @PathVariable String scanId) {
    drafts.deleteScan(id, scanId);
  }

  @PostMapping("/{id}/trial")
  @Operation(
      summary = "Try the current definition on every test scan",
      description =
          "No OCR runs again (unless the definition's languages changed): the words and page"
              + " images kept with each scan are read with the draft's template. Per scan, with"
              + " its `scanId`: every field with value, confidence, status, page, box and verdict"
              + " against the expected values; totals with accuracy and per field. The accuracy"
              + " is kept with the draft (the list shows it) until the draft changes.")
  TrialReport trial(@PathVariable String id) {
    return drafts.trial(id);
  }

  private static ScanFile file(MultipartFile part) throws IOException {
    return new ScanFile(part.getOriginalFilename(), part.getBytes());
  }

  private static ResponseEntity<byte[]> png(byte[] image) {
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_PNG)
        .cacheControl(CacheControl.noStore())
        .body(image);
  }
}
