package jp.gyomu.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Proposes a template for a form nobody has defined yet, from a filled sample. */
@RestController
@RequestMapping("/api/document-types")
@Tag(name = "Document types")
class FormSuggestionController {

  static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");
  private static final ObjectMapper YAML_READER = new ObjectMapper(new YAMLFactory());

  private final FormSuggester suggester;

  FormSuggestionController(FormSuggester suggester) {
    this.suggester = suggester;
  }

  /**
   * The proposal as JSON.
   *
   * @param definition the template as JSON, the same keys as the YAML file
   * @param page the sample's first page upright as OCR read it; boxes are in its pixels
   * @param placements where each field's label and value are on that page
   */
  record SuggestionView(
      String id,
      JsonNode definition,
      String yaml,
      SuggestedForm.SamplePage page,
      List<SuggestedForm.Placement> placements) {}

  @PostMapping(
      value = "/suggest",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = {MediaType.APPLICATION_JSON_VALUE, "application/yaml"})
  @Operation(
      summary = "Propose a template for a new form from one filled sample (and its blank form)",
      description =
          "Reads the sample's first page as an upload is read (PDF, PNG, JPEG, TIFF; the same"
              + " size, page and pixel limits; the same OCR engine and deadlines), and proposes a"
              + " whole template: the title as name.ja and classification keyword, label/value"
              + " pairs (value right of its label or under it, after a colon or a gap), check boxes"
              + " and option groups (choice with options), tables with their header row (table"
              + " with columns), each value typed by what it looks like (date incl. 和暦, amount,"
              + " number, phone, postalCode, invoiceRegistrationNumber, text), names in romaji"
              + " camelCase from the labels (field1... when a label cannot be read), required for"
              + " what the sample fills in. With the blank form, labels are what both pages carry"
              + " and values what the filled page adds. Nothing is stored. The proposal loads with"
              + " the template loader as it is; PUT /api/document-types/{id} makes it a type."
              + " Answers JSON (`definition` is the template as JSON, `yaml` its file text,"
              + " `page` every OCR line and word with boxes, `placements` each field's label and"
              + " value boxes) or, with `?format=yaml` or `Accept: application/yaml`, the YAML"
              + " alone. A file that is not a readable scan answers a problem naming the part"
              + " and the reason (415 not a scan, 413 too large, 422 unreadable or past the OCR"
              + " deadline, 400 empty).")
  @ApiResponse(
      responseCode = "200",
      description = "the proposal",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = SuggestionView.class)),
        @Content(mediaType = "application/yaml", schema = @Schema(type = "string"))
      })
  ResponseEntity<?> suggest(
      @Parameter(description = "a filled form: PDF, PNG, JPEG or TIFF; its first page is read")
          @RequestPart("sample")
          MultipartFile sample,
      @Parameter(description = "the same form unfilled, if the office has it")
          @RequestPart(value = "blank", required = false)
          MultipartFile blank,
      @Parameter(description = "yaml: answer the template file's text alone")
          @RequestParam(value = "format", required = false)
          String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
      throws IOException {
    if (format != null && !format.equals("yaml") && !format.equals("json")) {
      throw new IllegalArgumentException("format: yaml or json, not '" + format + "'");
    }
    Optional<FormSuggester.ScanFile> empty =
        blank == null || blank.isEmpty() ? Optional.empty() : Optional.of(file(blank));
    SuggestedForm form = suggester.suggest(file(sample), empty);
    boolean yaml =
        "yaml".equals(format)
            || (format == null
                && accept != null
                && accept.contains("yaml")
                && !accept.contains(MediaType.APPLICATION_JSON_VALUE));
    if (yaml) {
      return ResponseEntity.ok().contentType(YAML).body(form.yaml());
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            new SuggestionView(
                form.id(),
                YAML_READER.readTree(form.yaml()),
                form.yaml(),
                form.page(),
                form.placements()));
  }

  private static FormSuggester.ScanFile file(MultipartFile part) throws IOException {
    return new FormSuggester.ScanFile(part.getOriginalFilename(), part.getBytes());
  }
}
