package jp.gyomu.process;

import jp.gyomu.system.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A model file could not be deployed; the message names the file, line and reason. On the API it is
 * a 422 problem with that message as its detail.
 */
public class ProcessDeploymentException extends ProblemException {

  ProcessDeploymentException(String message, Throwable cause) {
    super(HttpStatus.UNPROCESSABLE_ENTITY, message, cause);
  }
}
