package jp.gyomu.forms;

import jp.gyomu.system.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A sample or blank form that cannot be read, naming the part and the reason (not a scan, too many
 * pixels, encrypted, OCR past its deadline): a 4xx problem on the API.
 */
public class UnreadableScanException extends ProblemException {

  UnreadableScanException(HttpStatus status, String message, Throwable cause) {
    super(status, message, cause);
  }
}
