package jp.gyomu.support;

import java.awt.Rectangle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.gyomu.fields.CrossFieldChecks;
import jp.gyomu.fields.ExtractedField;
import jp.gyomu.fields.FieldDefinition;
import jp.gyomu.fields.FieldExtraction;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.fields.FieldTemplateLoader;
import jp.gyomu.process.CaseStarter;
import jp.gyomu.process.CaseVariables;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts cases exactly as the intake pipeline hands them over ({@link CaseVariables} then {@link
 * CaseStarter} inside a transaction), from field values instead of a scan. Fields not given are
 * missing; fields named as unsure are read with low confidence.
 */
public final class TestCases {

  public static final float CONFIDENT = 95f;
  public static final float UNSURE = 40f;

  private final CaseStarter starter;
  private final TransactionTemplate transaction;
  private final RuntimeService runtime;

  public TestCases(
      CaseStarter starter, PlatformTransactionManager transactions, RuntimeService runtime) {
    this.starter = starter;
    this.transaction = new TransactionTemplate(transactions);
    this.runtime = runtime;
  }

  /** Starts a case for a new document id; values are Long, LocalDate or String by field type. */
  public ProcessInstance start(
      String documentType, Map<String, Object> values, String... unsureFields) {
    return start(template(documentType), values, unsureFields);
  }

  /**
   * Starts a case of the template's process with the template's fields, e.g. the shipped one with
   * fields added for a test; its checks across fields are applied as the fields step applies them.
   */
  public ProcessInstance start(
      FieldTemplate template, Map<String, Object> values, String... unsureFields) {
    String documentType = template.id();
    FieldExtraction extraction = extraction(template, values, Set.of(unsureFields));
    String documentId = UUID.randomUUID().toString();
    String instanceId =
        transaction.execute(
            status ->
                starter
                    .startCase(
                        documentId, documentType, CaseVariables.of(template, extraction, 90.0))
                    .orElseThrow(() -> new IllegalStateException("No process " + documentType)));
    return runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
  }

  /** A travel expense claim whose total amount OCR was unsure of: it waits for review. */
  public ProcessInstance travelExpenseUnsureOfItsAmount(long totalAmount) {
    return start("travel-expense", travelExpenseClaim(totalAmount), "totalAmount");
  }

  /** The values of a plain travel expense claim. */
  public static Map<String, Object> travelExpenseClaim(long totalAmount) {
    return Map.of(
        "applicationDate", java.time.LocalDate.of(2026, 4, 10),
        "applicantName", "山田 太郎",
        "department", "総務部",
        "destination", "東京都",
        "purpose", "会議",
        "totalAmount", totalAmount);
  }

  public static FieldTemplate template(String documentType) {
    return FieldTemplateLoader.load(
        ProjectFolders.processes().resolve(documentType + FieldTemplateLoader.SUFFIX));
  }

  /** What the fields step would have read: each value in its own row of the first page. */
  public static FieldExtraction extraction(
      FieldTemplate template, Map<String, Object> values, Set<String> unsure) {
    List<ExtractedField> fields = new ArrayList<>();
    int row = 0;
    for (FieldDefinition definition : template.fields()) {
      Object value = values.get(definition.name());
      var box = new Rectangle(600, 200 + 80 * row++, 500, 48);
      if (value == null) {
        fields.add(
            new ExtractedField(
                definition.name(),
                null,
                "",
                0,
                0,
                null,
                -1,
                ExtractedField.Status.MISSING,
                List.of(Reason.of(ReasonCode.LABEL_NOT_FOUND, definition.label())),
                definition.required()));
        continue;
      }
      boolean low = unsure.contains(definition.name());
      float confidence = low ? UNSURE : CONFIDENT;
      fields.add(
          new ExtractedField(
              definition.name(),
              value,
              raw(value),
              confidence,
              confidence,
              box,
              0,
              low ? ExtractedField.Status.LOW_CONFIDENCE : ExtractedField.Status.OK,
              // as the readers say it
              low
                  ? List.of(
                      Reason.of(
                          ReasonCode.LOW_CONFIDENCE, (int) confidence, definition.minConfidence()))
                  : List.of(),
              definition.required()));
    }
    return new FieldExtraction(template.id(), fields, CrossFieldChecks.failures(template, fields));
  }

  private static String raw(Object value) {
    if (value instanceof Long amount) {
      return String.format("%,d円", amount);
    }
    if (value instanceof LocalDate date) {
      return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
    return value.toString();
  }
}
