package jp.gyomu.ingestion;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import jp.gyomu.fields.ExtractedField;
import jp.gyomu.fields.FieldDefinition;
import jp.gyomu.fields.FieldExtraction;
import jp.gyomu.fields.FieldExtractor;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.process.CaseStarter;
import jp.gyomu.process.ProcessVariables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extracts the type's fields and starts its process with them, in the transaction that marks the
 * document handed off: either both happen or neither. A type without a deployed process stops at
 * OCR_DONE.
 */
@Component
@Order(50)
class HandOffStep implements PipelineStep {

  private final DocumentTypes types;
  private final CaseStarter cases;
  private final DocumentRepository repository;

  HandOffStep(DocumentTypes types, CaseStarter cases, DocumentRepository repository) {
    this.types = types;
    this.cases = cases;
    this.repository = repository;
  }

  @Override
  public String name() {
    return "hand-off";
  }

  @Override
  @Transactional
  public Outcome apply(WorkingDocument document) {
    if (!cases.hasProcessFor(document.type)) {
      return PipelineStep.settle(
          DocumentStatus.OCR_DONE, "no process is deployed for type " + document.type);
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(ProcessVariables.MEAN_CONFIDENCE, document.meanConfidence());
    types.find(document.type).ifPresent(t -> variables.putAll(fieldVariables(document, t)));
    var instance = cases.startCase(document.id, document.type, variables).orElseThrow();
    document.processInstanceId = instance;
    String reason = "case " + instance + " of process " + document.type + " started";
    repository.transition(
        document.id,
        DocumentStatus.HANDED_OFF,
        reason,
        document.change(DocumentStatus.HANDED_OFF, reason));
    return new Outcome.Recorded();
  }

  private static Map<String, Object> fieldVariables(WorkingDocument doc, FieldTemplate template) {
    FieldExtraction extraction = FieldExtractor.extract(doc.pages, template);
    Map<String, String> labels =
        template.fields().stream()
            .collect(Collectors.toMap(FieldDefinition::name, FieldDefinition::label));
    Map<String, Object> variables = new LinkedHashMap<>();
    extraction.values().forEach((name, value) -> variables.put(name, plain(value)));
    variables.put(ProcessVariables.NEEDS_REVIEW, extraction.needsReview());
    variables.put(
        ProcessVariables.REVIEW_REASONS,
        extraction.fields().stream()
            .filter(ExtractedField::needsReview)
            .map(f -> labels.getOrDefault(f.name(), f.name()) + ": " + f.reason())
            .collect(Collectors.joining("\n")));
    variables.put(
        ProcessVariables.FIELDS, SpinValues.jsonValue(FieldsJson.of(extraction, labels)).create());
    return variables;
  }

  /** Dates travel as ISO strings: readable in Cockpit, forms and bots alike. */
  static Object plain(Object value) {
    return value instanceof LocalDate date ? date.toString() : value;
  }
}
