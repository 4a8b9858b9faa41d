package jp.gyomu.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.gyomu.fields.ColumnDefinition;
import jp.gyomu.fields.CrossFieldCheck;
import jp.gyomu.fields.FieldDefinition;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.fields.FieldTemplateLoader;
import jp.gyomu.fields.Zone;

/** A document type as the API shows it: the same names and values as in its YAML file. */
final class DocumentTypeView {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DocumentTypeView() {}

  @Schema(description = "A type's names as officials and English readers know it")
  record Names(
      @Schema(example = "施設使用許可申請書") String ja,
      @Schema(example = "Facility use application") String en) {}

  @Schema(description = "One document type in the list")
  record Summary(
      @Schema(example = "facility-use") String id,
      Names name,
      @Schema(example = "5") int fieldCount,
      @Schema(description = "whether a reference page (sample) is beside the template")
          boolean hasSample,
      @Schema(
              description = "the template's file in the processes folder",
              example = "facility-use.fields.yaml")
          String file) {}

  @Schema(description = "One document type: its file as written, and as Gyomu reads it")
  record Details(
      String id,
      Names name,
      @Schema(example = "jpn") String languages,
      @Schema(example = "facility-use.fields.yaml") String file,
      @Schema(description = "the template file's text (YAML)") String definition,
      Form form,
      @Schema(
              description = "where to fetch the reference page, or null without one",
              example = "/api/document-types/facility-use/sample")
          String sample) {}

  @Schema(description = "The template as Gyomu reads it (defaults filled in)")
  record Form(
      Classification classification, List<Field> fields, List<Map<String, Object>> checks) {}

  record Classification(List<String> keywords, List<String> patterns) {}

  @Schema(description = "One field; type-specific members are empty when they do not apply")
  record Field(
      @Schema(example = "applicationDate") String name,
      @Schema(example = "申請日") String label,
      List<String> anchors,
      @Schema(example = "date") String type,
      boolean required,
      @Schema(example = "50") int minConfidence,
      @Schema(description = "fractions of the page (or of the sample page), null for anywhere")
          Zone zone,
      List<String> options,
      List<Column> columns,
      @Schema(example = "1") int lines) {}

  record Column(String name, String label, List<String> anchors, String type) {}

  static Summary summary(FieldTemplate t) {
    return new Summary(
        t.id(),
        new Names(t.nameJa(), t.nameEn()),
        t.fields().size(),
        t.sample() != null,
        t.id() + FieldTemplateLoader.SUFFIX);
  }

  static Details details(FieldTemplate t, String definition) {
    return new Details(
        t.id(),
        new Names(t.nameJa(), t.nameEn()),
        t.languages(),
        t.id() + FieldTemplateLoader.SUFFIX,
        definition,
        form(t),
        t.sample() == null ? null : "/api/document-types/" + t.id() + "/sample");
  }

  static Form form(FieldTemplate t) {
    return new Form(
        new Classification(
            t.titleKeywords(), t.titlePatterns().stream().map(Pattern::pattern).toList()),
        t.fields().stream().map(DocumentTypeView::field).toList(),
        t.checks().stream().map(DocumentTypeView::check).toList());
  }

  private static Field field(FieldDefinition f) {
    return new Field(
        f.name(),
        f.label(),
        f.anchors(),
        f.type().id(),
        f.required(),
        f.minConfidence(),
        f.zone(),
        f.options(),
        f.columns().stream().map(DocumentTypeView::column).toList(),
        f.lines());
  }

  private static Column column(ColumnDefinition c) {
    return new Column(c.name(), c.label(), c.anchors(), c.type().id());
  }

  /** {@code {"kind": "sum", "total": ..., "parts": [...]}}: the rule's kind and its members. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> check(CrossFieldCheck check) {
    String name = check.getClass().getSimpleName();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", Character.toLowerCase(name.charAt(0)) + name.substring(1));
    json.putAll(JSON.convertValue(check, Map.class));
    return json;
  }
}
