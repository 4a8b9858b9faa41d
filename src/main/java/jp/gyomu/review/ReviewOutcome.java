package jp.gyomu.review;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.gyomu.process.CaseField;
import jp.gyomu.process.CaseFields;
import jp.gyomu.process.CaseVariables;
import jp.gyomu.process.ProcessVariables;
import jp.gyomu.system.engine.EngineCaller;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;

/**
 * What a review did to a case's fields: each submitted value is normalised for its field ({@link
 * CaseField#normalise}), kept as a correction row, and written back to the case's variables.
 */
@Service
class ReviewOutcome {

  private final FieldCorrections corrections;

  ReviewOutcome(FieldCorrections corrections) {
    this.corrections = corrections;
  }

  void record(DelegateTask task) {
    Object fieldsVariable = task.getVariable(ProcessVariables.FIELDS);
    if (fieldsVariable == null) {
      return; // a case started without OCR: nothing was read, so nothing was corrected
    }
    Map<String, CaseField> fields = CaseFields.parse(fieldsVariable.toString());
    String user = whoCompleted(task);
    var now = OffsetDateTime.now(ZoneOffset.UTC);
    List<FieldCorrection> rows = new ArrayList<>();
    Map<String, CaseField> reviewed = new LinkedHashMap<>();
    fields.forEach(
        (name, field) -> {
          Object after = field.normalise(task.getVariable(name));
          task.setVariable(name, CaseVariables.variableValue(after));
          rows.add(
              new FieldCorrection(
                  (String) task.getVariable(ProcessVariables.DOCUMENT_ID),
                  task.getProcessDefinitionId().split(":")[0],
                  task.getId(),
                  name,
                  field.valueText(),
                  after == null ? null : after.toString(),
                  field.confidence(),
                  field.status(),
                  field.changedBy(after),
                  user,
                  now));
          reviewed.put(name, field.reviewed(after, user));
        });
    corrections.saveAll(rows);
    task.setVariable(ProcessVariables.FIELDS, CaseFields.variable(reviewed));
  }

  private static String whoCompleted(DelegateTask task) {
    return EngineCaller.current(task.getProcessEngineServices().getIdentityService())
        .orElse(task.getAssignee());
  }
}
