package jp.gyomu.studio;

import java.util.List;
import jp.gyomu.system.ProblemException;
import org.springframework.http.HttpStatus;

/** The studio's refusals, answered as problems (decision 0009). */
class StudioProblem extends ProblemException {

  private StudioProblem(HttpStatus status, String message) {
    super(status, message, null);
  }

  static StudioProblem noDraft(String id) {
    return new StudioProblem(HttpStatus.NOT_FOUND, "No form draft " + id);
  }

  static StudioProblem notFound(String what) {
    return new StudioProblem(HttpStatus.NOT_FOUND, what);
  }

  static StudioProblem conflict(String message) {
    return new StudioProblem(HttpStatus.CONFLICT, message);
  }

  static StudioProblem refused(String message) {
    return new StudioProblem(HttpStatus.UNPROCESSABLE_ENTITY, message);
  }

  /** 422 with every reason in the problem's {@code errors}, e.g. a publish below the threshold. */
  static StudioProblem refused(String summary, List<String> reasons) {
    StudioProblem problem =
        new StudioProblem(
            HttpStatus.UNPROCESSABLE_ENTITY, summary + ": " + String.join("; ", reasons));
    problem.getBody().setProperty("errors", List.copyOf(reasons));
    return problem;
  }

  static StudioProblem unavailable(String message) {
    return new StudioProblem(HttpStatus.SERVICE_UNAVAILABLE, message);
  }
}
