package jp.gyomu.system;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every exception that leaves a controller of {@code /api} becomes a problem (decision 0009).
 * Exceptions that know their answer implement Spring's {@link ErrorResponse} (status, detail,
 * headers such as Retry-After, members such as {@code errors}), as Spring MVC's own do; the rest
 * get a status and a message without internals. Elsewhere the exception goes on, as if this advice
 * did not exist, to Spring's resolvers and the HTML error page; so do database outages (to {@link
 * DatabaseAwayFilter}) and Spring Security's exceptions (to its filters).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblemAdvice {

  private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

  private final MessageSource messages;

  ApiProblemAdvice(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> problem(Exception e, HttpServletRequest request) throws Exception {
    if (!ApiProblems.isApi(request)
        || DatabaseOutages.isTransient(e)
        || e instanceof AccessDeniedException
        || e instanceof AuthenticationException) {
      throw e; // Spring carries on as if no handler had matched
    }
    if (e instanceof ErrorResponse answer) {
      ProblemDetail problem = answer.updateAndGetBody(messages, LocaleContextHolder.getLocale());
      if (e instanceof NoResourceFoundException) {
        problem.setDetail(ApiProblems.NOT_FOUND); // not Spring's "No static resource ..."
      } else if (problem.getDetail() == null) {
        problem.setDetail(problem.getTitle() + ".");
      }
      return ResponseEntity.status(answer.getStatusCode())
          .headers(answer.getHeaders())
          .body(problem);
    }
    if (e instanceof TypeMismatchException mismatch) {
      // Spring's own text names the Java type and echoes the value
      return badRequest(
          "parameter '" + mismatch.getPropertyName() + "' has a value that cannot be used");
    }
    if (e instanceof HttpMessageNotReadableException) {
      return badRequest("The request body cannot be read: it is not in the form this call takes.");
    }
    if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
      return badRequest(e.getMessage()); // Gyomu's refusals of a value or a state, in words
    }
    log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
    return ResponseEntity.internalServerError()
        .body(
            ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, ApiProblems.SERVER_ERROR));
  }

  private static ResponseEntity<ProblemDetail> badRequest(String detail) {
    return ResponseEntity.badRequest()
        .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
  }
}
