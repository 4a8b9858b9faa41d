package jp.gyomu.forms;

import jp.gyomu.system.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A template that cannot be used: 422 on the API, the detail naming the file, the place in it and
 * the problem, as the loader words it. Nothing was written or changed.
 */
class DefinitionRefusedException extends ProblemException {

  DefinitionRefusedException(String message, Throwable cause) {
    super(HttpStatus.UNPROCESSABLE_ENTITY, message, cause);
  }
}
