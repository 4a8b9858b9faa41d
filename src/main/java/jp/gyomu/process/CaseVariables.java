package jp.gyomu.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.gyomu.fields.ExtractedField;
import jp.gyomu.fields.FieldDefinition;
import jp.gyomu.fields.FieldExtraction;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.reasons.Reasons;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Turns what the fields step read into the start variables named in {@link ProcessVariables}, so
 * every caller of {@link CaseStarter} hands a case over in the same shape.
 */
public final class CaseVariables {

  private CaseVariables() {}

  /**
   * The variables for one document. Every template field becomes a variable, {@code null} when it
   * was not read, so gateways and decision tables can test for a missing value instead of failing
   * on an unknown name.
   */
  public static Map<String, Object> of(
      FieldTemplate template, FieldExtraction extraction, double meanConfidence) {
    Map<String, Object> variables = new LinkedHashMap<>();
    Map<String, CaseField> fields = CaseFields.read(template, extraction);
    List<String> reasons = new ArrayList<>();
    for (FieldDefinition definition : template.fields()) {
      Object value = fields.get(definition.name()).value();
      variables.put(definition.name(), variableValue(value));
      extraction
          .field(definition.name())
          .filter(ExtractedField::needsReview)
          .ifPresent(f -> reasons.add(definition.label() + ": " + reasonOf(f)));
    }
    // a check across fields names its fields and values itself (合計 12,000 が 小計 ... と一致しません)
    extraction.failedChecks().forEach(failure -> reasons.add(failure.reason()));
    variables.put(ProcessVariables.MEAN_CONFIDENCE, meanConfidence);
    variables.put(ProcessVariables.FIELDS, CaseFields.variable(fields));
    variables.put(ProcessVariables.NEEDS_REVIEW, extraction.needsReview());
    variables.put(ProcessVariables.REVIEW_REASONS, String.join("\n", reasons));
    return variables;
  }

  /** A field's value as its own variable: a table as Json, anything else as it is. */
  public static Object variableValue(Object value) {
    // like fields: Camunda keeps a Json variable readable and without a size cap
    return value instanceof List<?> rows
        ? SpinValues.jsonValue(CaseFields.json(rows)).create()
        : value;
  }

  private static String reasonOf(ExtractedField field) {
    if (!field.reasons().isEmpty()) {
      return Reasons.text(field.reasons(), Locale.JAPANESE);
    }
    return switch (field.status()) {
      case MISSING -> "読み取れませんでした";
      case INVALID -> "形式が正しくありません";
      case LOW_CONFIDENCE -> "読取の確信度が低いため確認してください";
      case OK -> "";
    };
  }
}
