package jp.gyomu.system;

/**
 * Work that could not be done because the database is away for a while (decision 0006): whoever
 * catches it leaves things where they are to be tried again, and logs it without a stack trace.
 */
public class DatabaseUnavailableException extends RuntimeException {

  /** How soon a client should try again: a restart or failover takes seconds. */
  public static final long RETRY_AFTER_SECONDS = 30;

  public DatabaseUnavailableException(Throwable cause) {
    super("The database cannot be reached: " + cause.getMessage(), cause);
  }
}
