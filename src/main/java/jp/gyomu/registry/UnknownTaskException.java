package jp.gyomu.registry;

/** No task with this code is registered. */
public class UnknownTaskException extends RuntimeException {

  public UnknownTaskException(String code) {
    super("No automation task " + code);
  }
}
