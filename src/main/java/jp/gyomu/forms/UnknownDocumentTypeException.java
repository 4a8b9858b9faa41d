package jp.gyomu.forms;

import jp.gyomu.system.ProblemException;
import org.springframework.http.HttpStatus;

/** No document type of this id is in use, or it lacks what was asked for: 404 on the API. */
class UnknownDocumentTypeException extends ProblemException {

  UnknownDocumentTypeException(String id) {
    super(
        HttpStatus.NOT_FOUND,
        "No document type " + id + ": no processes/" + id + ".fields.yaml is in use",
        null);
  }

  /** The type is in use but lacks what was asked for. */
  UnknownDocumentTypeException(String id, String lacking) {
    super(HttpStatus.NOT_FOUND, "Document type " + id + " has " + lacking, null);
  }
}
