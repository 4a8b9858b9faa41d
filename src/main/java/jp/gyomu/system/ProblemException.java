package jp.gyomu.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/**
 * A refusal that knows its answer on {@code /api} (decision 0009): the status, and its message as
 * the problem's detail. Unlike Spring's ErrorResponseException its message stays the plain text,
 * for logs and for callers outside the web (a model that breaks startup, say).
 */
public class ProblemException extends RuntimeException implements ErrorResponse {

  private final HttpStatus status;
  private final ProblemDetail problem;

  protected ProblemException(HttpStatus status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.problem = ProblemDetail.forStatusAndDetail(status, message);
  }

  @Override
  public HttpStatusCode getStatusCode() {
    return status;
  }

  @Override
  public ProblemDetail getBody() {
    return problem;
  }
}
