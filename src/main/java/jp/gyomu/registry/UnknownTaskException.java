package jp.gyomu.registry;

import jp.gyomu.system.ProblemException;
import org.springframework.http.HttpStatus;

/** No task with this code is registered: 404 on the API. */
public class UnknownTaskException extends ProblemException {

  public UnknownTaskException(String code) {
    super(HttpStatus.NOT_FOUND, "No automation task " + code, null);
  }
}
