package jp.gyomu.pages;

/**
 * A document Gyomu cannot read, with a reason a clerk can act on. Preflight quarantines the file
 * with {@link #getMessage()} as its reason.
 */
public class UnreadableDocumentException extends RuntimeException {

  /** What is wrong, for statistics and for choosing the quarantine reason. */
  public enum Problem {
    UNSUPPORTED_FORMAT,
    ENCRYPTED,
    CORRUPT,
    TOO_LARGE
  }

  private final Problem problem;

  UnreadableDocumentException(Problem problem, String reason) {
    this(problem, reason, null);
  }

  UnreadableDocumentException(Problem problem, String reason, Throwable cause) {
    super(reason, cause);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
