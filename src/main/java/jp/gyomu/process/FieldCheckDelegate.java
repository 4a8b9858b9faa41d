package jp.gyomu.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import jp.gyomu.system.engine.UsableInModels;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Decides whether a person checks the case: the OCR said so, or a business rule found something.
 * Rule findings join the reasons the operator reads in the review form. Used by the "field check"
 * element template; its optional input {@code findings} is a list of texts (e.g. a decision table's
 * collected results).
 */
@UsableInModels
@Component("fieldCheck")
class FieldCheckDelegate implements JavaDelegate {

  static final String FINDINGS = "findings";

  @Override
  public void execute(DelegateExecution execution) {
    var decision =
        ReviewNeed.decide(
            (Boolean) execution.getVariable(ProcessVariables.NEEDS_REVIEW),
            (String) execution.getVariable(ProcessVariables.REVIEW_REASONS),
            findings(execution.getVariable(FINDINGS)));
    var instance = execution.getProcessInstance();
    setIfChanged(instance, ProcessVariables.NEEDS_REVIEW, decision.needed());
    setIfChanged(instance, ProcessVariables.REVIEW_REASONS, decision.reasons());
  }

  /**
   * Writing a variable's own value again would cost a row update, a history read and a history
   * detail for nothing (decision 0023): most cases leave the check as the OCR decided it.
   */
  private static void setIfChanged(DelegateExecution instance, String name, Object value) {
    if (!instance.hasVariableLocal(name)
        || !Objects.equals(instance.getVariableLocal(name), value)) {
      instance.setVariable(name, value);
    }
  }

  private static List<String> findings(Object value) {
    List<String> findings = new ArrayList<>();
    if (value instanceof Collection<?> many) {
      many.stream().filter(f -> f != null).forEach(f -> findings.add(f.toString()));
    } else if (value != null && !value.toString().isBlank()) {
      findings.add(value.toString());
    }
    return findings;
  }
}
