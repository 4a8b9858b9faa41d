package jp.gyomu.fields;

/**
 * A template file that cannot be read or makes no sense; the message names file, field, problem.
 */
public class FieldTemplateException extends RuntimeException {

  public FieldTemplateException(String message) {
    super(message);
  }

  public FieldTemplateException(String message, Throwable cause) {
    super(message, cause);
  }
}
