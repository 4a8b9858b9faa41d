package jp.gyomu.review;

import java.util.Locale;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.Reasons;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A person's task completed without the decision or comment it needs. The engine wraps it (a task
 * listener's exception, ENGINE-03051), so its REST API would answer 500; {@link
 * RefusedDecisionMapper} finds it under the wrapping and answers 400 in the caller's language.
 */
class DecisionRequiredException extends ProcessEngineException {

  private final transient Reason reason;

  DecisionRequiredException(Reason reason) {
    // the engine's log keeps both languages, as it did before reasons were typed
    super(Reasons.text(reason, Locale.JAPANESE) + " (" + reason.english() + ")");
    this.reason = reason;
  }

  Reason reason() {
    return reason;
  }
}
