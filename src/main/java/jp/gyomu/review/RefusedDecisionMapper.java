package jp.gyomu.review;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.gyomu.reasons.Reasons;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Engine REST: completing a task (or submitting its form) without the decision it needs is the
 * caller's mistake, so it answers 400 with the reason in the caller's language ({@code gyomu-lang}
 * cookie, {@code Accept-Language}, Japanese by default) in Camunda's error shape ({@code type},
 * {@code message}), instead of the 500 that Camunda gives any exception of a task listener. Every
 * other exception keeps Camunda's own mapping.
 */
@Priority(1) // before Camunda's own mapper of RestException, which has the default priority
class RefusedDecisionMapper implements ExtendedExceptionMapper<RestException> {

  private final LocaleResolver languages;

  RefusedDecisionMapper(LocaleResolver languages) {
    this.languages = languages;
  }

  @Override
  public boolean isMappable(RestException exception) {
    return refusal(exception).isPresent();
  }

  @Override
  public Response toResponse(RestException exception) {
    DecisionRequiredException refusal = refusal(exception).orElseThrow();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "DecisionRequiredException");
    body.put("message", Reasons.text(refusal.reason(), language()));
    body.put("code", refusal.reason().code().name());
    body.put("reason", refusal.reason());
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body)
        .build();
  }

  private Locale language() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
      return languages.resolveLocale(request.getRequest());
    }
    return Locale.JAPANESE;
  }

  private static Optional<DecisionRequiredException> refusal(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof DecisionRequiredException refusal) {
        return Optional.of(refusal);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }
}
