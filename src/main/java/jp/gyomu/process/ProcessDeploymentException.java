package jp.gyomu.process;

/** A model file could not be deployed; the message names the file, line and reason. */
public class ProcessDeploymentException extends RuntimeException {

  ProcessDeploymentException(String message, Throwable cause) {
    super(message, cause);
  }
}
