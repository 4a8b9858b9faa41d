package jp.gyomu.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.gyomu.fields.ExtractedField;
import jp.gyomu.fields.FieldDefinition;
import jp.gyomu.fields.FieldExtraction;
import jp.gyomu.fields.FieldTemplate;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Turns what the fields step read into the start variables named in {@link ProcessVariables}, so
 * every caller of {@link CaseStarter} hands a case over in the same shape.
 */
public final class CaseVariables {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CaseVariables() {}

  /**
   * The variables for one document. Every template field becomes a variable, {@code null} when it
   * was not read, so gateways and decision tables can test for a missing value instead of failing
   * on an unknown name.
   */
  public static Map<String, Object> of(
      FieldTemplate template, FieldExtraction extraction, double meanConfidence) {
    Map<String, Object> variables = new LinkedHashMap<>();
    ObjectNode fields = JSON.createObjectNode();
    List<String> reasons = new ArrayList<>();
    for (FieldDefinition definition : template.fields()) {
      var read = extraction.field(definition.name());
      Object value = read.map(ExtractedField::value).map(CaseVariables::typed).orElse(null);
      variables.put(definition.name(), value);
      fields.set(definition.name(), describe(definition, read.orElse(null), value));
      read.filter(ExtractedField::needsReview)
          .ifPresent(f -> reasons.add(definition.label() + ": " + reasonOf(f)));
    }
    variables.put(ProcessVariables.MEAN_CONFIDENCE, meanConfidence);
    variables.put(ProcessVariables.FIELDS, SpinValues.jsonValue(fields.toString()).create());
    variables.put(ProcessVariables.NEEDS_REVIEW, extraction.needsReview());
    variables.put(ProcessVariables.REVIEW_REASONS, String.join("\n", reasons));
    return variables;
  }

  /** Dates travel as ISO strings: readable in Cockpit, in FEEL and for any bot. */
  static Object typed(Object value) {
    return value instanceof LocalDate date ? date.toString() : value;
  }

  private static ObjectNode describe(
      FieldDefinition definition, ExtractedField read, Object value) {
    ObjectNode node = JSON.createObjectNode();
    node.put("label", definition.label());
    node.put("type", definition.type().id());
    node.put("required", definition.required());
    node.putPOJO("value", value);
    if (read == null) {
      node.put("status", ExtractedField.Status.MISSING.name());
      node.put("confidence", 0);
      return node;
    }
    node.put("raw", read.rawText());
    node.put("confidence", Math.round(read.confidence() * 10) / 10.0);
    node.put("status", read.status().name());
    if (read.reason() != null) {
      node.put("reason", read.reason());
    }
    if (read.page() >= 0) {
      node.put("page", read.page() + 1); // pages are counted from 1 in the document API
    }
    if (read.box() != null) {
      ObjectNode box = node.putObject("box");
      box.put("x", read.box().x);
      box.put("y", read.box().y);
      box.put("width", read.box().width);
      box.put("height", read.box().height);
    }
    return node;
  }

  private static String reasonOf(ExtractedField field) {
    if (field.reason() != null && !field.reason().isBlank()) {
      return field.reason();
    }
    return switch (field.status()) {
      case MISSING -> "読み取れませんでした";
      case INVALID -> "形式が正しくありません";
      case LOW_CONFIDENCE -> "読取の確信度が低いため確認してください";
      case OK -> "";
    };
  }
}
