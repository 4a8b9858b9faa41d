package jp.gyomu.review;

import java.util.HashMap;
import java.util.Map;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;
import jp.gyomu.system.engine.UsableInModels;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Makes a person's decision on a task explicit, whichever door completes it (Tasklist's form, the
 * engine REST API, Java). The user task says what it needs with extension properties:
 *
 * <ul>
 *   <li>{@code decision}: a variable that must be {@code true} or {@code false} on completion;
 *   <li>{@code comment}: a text variable, required when the decision equals {@code
 *       commentRequiredWhen} ({@code true}, {@code false}) or always ({@code always}).
 * </ul>
 *
 * On {@code create} both variables are cleared, so an earlier decision of the case never stands in
 * for this one; on {@code complete} a missing decision or comment refuses the completion (the
 * engine wraps the refusal, and {@link RefusedDecisionMapper} makes its REST API answer 400 with
 * the reason in the caller's language).
 */
@UsableInModels
@Component("requireDecision")
class RequiredDecisionListener implements TaskListener {

  static final String DECISION = "decision";
  static final String COMMENT = "comment";
  static final String COMMENT_REQUIRED_WHEN = "commentRequiredWhen";

  @Override
  public void notify(DelegateTask task) {
    Map<String, String> rule = propertiesOf(task);
    String decision = rule.get(DECISION);
    String comment = rule.get(COMMENT);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      if (decision != null) {
        task.getExecution().setVariable(decision, null);
      }
      if (comment != null) {
        task.getExecution().setVariable(comment, null);
      }
      return;
    }
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    Object value = decision == null ? null : task.getVariable(decision);
    if (decision != null && !(value instanceof Boolean)) {
      throw new DecisionRequiredException(Reason.of(ReasonCode.DECISION_REQUIRED, decision));
    }
    String when = rule.get(COMMENT_REQUIRED_WHEN);
    boolean commentNeeded =
        comment != null
            && when != null
            && ("always".equals(when) || (value != null && when.equals(String.valueOf(value))));
    if (commentNeeded && blank(task.getVariable(comment))) {
      throw new DecisionRequiredException(Reason.of(ReasonCode.COMMENT_REQUIRED, comment));
    }
  }

  private static boolean blank(Object text) {
    return text == null || text.toString().isBlank();
  }

  /** The user task's {@code camunda:property} entries. */
  private static Map<String, String> propertiesOf(DelegateTask task) {
    Map<String, String> found = new HashMap<>();
    UserTask element = task.getBpmnModelElementInstance();
    ExtensionElements extensions = element == null ? null : element.getExtensionElements();
    if (extensions == null) {
      return found;
    }
    for (CamundaProperties properties :
        extensions.getChildElementsByType(CamundaProperties.class)) {
      for (CamundaProperty property : properties.getCamundaProperties()) {
        found.put(property.getCamundaName(), property.getCamundaValue());
      }
    }
    return found;
  }
}
