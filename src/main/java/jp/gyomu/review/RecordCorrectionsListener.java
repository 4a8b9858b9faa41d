package jp.gyomu.review;

import jp.gyomu.system.engine.UsableInModels;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing a review task: keeps what the operator changed or confirmed, and brings the case's
 * {@code fields} up to date with the reviewed values.
 */
@UsableInModels
@Component("recordCorrections")
class RecordCorrectionsListener implements TaskListener {

  private final ReviewOutcome reviewOutcome;

  RecordCorrectionsListener(ReviewOutcome reviewOutcome) {
    this.reviewOutcome = reviewOutcome;
  }

  @Override
  public void notify(DelegateTask task) {
    reviewOutcome.record(task);
  }
}
