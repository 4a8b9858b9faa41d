package jp.gyomu.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * The one error shape of Gyomu's own APIs (decision 0009): RFC 9457 problem details (type, title,
 * status, detail, instance; {@code errors} for refused values) as {@code application/problem+json}.
 * Holds the answers that are not any feature's (sign-in, job, outage, server error) and writes
 * problems for the filters that answer before Spring MVC does; {@link ApiProblemAdvice} writes
 * those of the controllers.
 */
@Component
public class ApiProblems {

  static final String UNAUTHENTICATED =
      "Sign in first: this API takes HTTP Basic credentials or a bot's API token"
          + " (Authorization: Bearer).";
  static final String BAD_CREDENTIALS = "The user name or password was not accepted.";
  static final String FORBIDDEN = "Your job does not include this request.";
  static final String NOT_FOUND = "Gyomu's API has nothing at this address.";
  static final String THROTTLED =
      "Too many failed logins from this address or for this user. Try again after Retry-After"
          + " seconds.";
  static final String DATABASE_AWAY =
      "The database cannot be reached just now; nothing was changed. Try again after Retry-After"
          + " seconds.";
  static final String SERVER_ERROR =
      "Gyomu could not handle this request. Please try again later; if it happens again, tell"
          + " your administrator the time of the request.";

  private final ObjectMapper json;

  ApiProblems(ObjectMapper json) {
    this.json = json;
  }

  /** True for Gyomu's own APIs, whose errors are problem details. */
  public static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }

  /** 401 for a request without credentials, or with credentials that were not accepted. */
  public void unauthenticated(
      HttpServletRequest request, HttpServletResponse response, boolean credentialsSent)
      throws IOException {
    write(
        request,
        response,
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNAUTHORIZED, credentialsSent ? BAD_CREDENTIALS : UNAUTHENTICATED));
  }

  /** 401 for a bot token that is unknown or revoked. */
  public void invalidToken(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    write(
        request,
        response,
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNAUTHORIZED,
            "The API token was not accepted: it is revoked, expired or mistyped."));
  }

  /** 429 with Retry-After for a client the login throttle holds back (decision 0008). */
  public void throttled(HttpServletRequest request, HttpServletResponse response, long seconds)
      throws IOException {
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    write(
        request,
        response,
        ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, THROTTLED));
  }

  /** 503 with Retry-After while the database is away (decision 0006). */
  void databaseAway(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setHeader(
        HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailableException.RETRY_AFTER_SECONDS));
    write(
        request,
        response,
        ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DATABASE_AWAY));
  }

  /** 403 for a signed-in user whose job does not include the request. */
  AccessDeniedHandler accessDenied() {
    return (request, response, denied) ->
        write(request, response, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, FORBIDDEN));
  }

  /** Writes the problem with its status; the instance is the request's path, as Spring MVC sets. */
  void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
      throws IOException {
    if (problem.getInstance() == null) {
      problem.setInstance(URI.create(request.getRequestURI()));
    }
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json.writeValueAsString(problem));
  }
}
