package jp.gyomu.system.login;

import jp.gyomu.system.ProblemException;
import org.springframework.http.HttpStatus;

/** Tokens are for members of the bots' group only: a person's password stays their login. */
class NotABotException extends ProblemException {

  NotABotException(String user) {
    super(
        HttpStatus.UNPROCESSABLE_ENTITY,
        "'"
            + user
            + "' is not a member of the bots' group (gyomu-bots) or the OCR workers' (gyomu-ocr-workers)",
        null);
  }
}
