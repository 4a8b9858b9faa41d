package jp.gyomu.system.login;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import jp.gyomu.system.ApiProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;
import org.springframework.security.config.annotation.web.configurers.HttpBasicConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * How Gyomu's own doors answer a held-back login, and the bots' token door, for SecurityConfig:
 * HTTP Basic answers 429 with Retry-After, the login form shows how long to wait. On Gyomu's own
 * APIs ({@code /api}) the refusals carry a problem (decision 0009); the engine's REST API keeps
 * status and headers only.
 */
@Component
public class LoginDoors {

  private static final String REALM = "Realm";

  private final BotTokens tokens;
  private final EngineUsers users;
  private final LoginThrottle throttle;
  private final ApiProblems problems;

  LoginDoors(BotTokens tokens, EngineUsers users, LoginThrottle throttle, ApiProblems problems) {
    this.tokens = tokens;
    this.users = users;
    this.throttle = throttle;
    this.problems = problems;
  }

  /** HTTP Basic as Spring configures it, answering 429 to a held-back client. */
  public Customizer<HttpBasicConfigurer<HttpSecurity>> httpBasic() {
    return basic -> basic.authenticationEntryPoint(basicEntryPoint());
  }

  /** HTTP Basic for {@code /api}: 401 and 429 answer with a problem. */
  public Customizer<HttpBasicConfigurer<HttpSecurity>> apiHttpBasic() {
    return basic -> basic.authenticationEntryPoint(apiEntryPoint());
  }

  /** Gyomu's login form at {@code /login}, telling a held-back client how long to wait. */
  public Customizer<FormLoginConfigurer<HttpSecurity>> formLogin() {
    return form -> form.loginPage("/login").failureHandler(formFailure()).permitAll();
  }

  /** {@code Authorization: Bearer <token>} for bots, on the engine's REST API. */
  public Filter botTokens() {
    return new BotTokenFilter(tokens, users, throttle, (request, response) -> {});
  }

  /** {@code Authorization: Bearer <token>} for bots, on {@code /api}: a refusal is a problem. */
  public Filter apiBotTokens() {
    return new BotTokenFilter(tokens, users, throttle, problems::invalidToken);
  }

  private static AuthenticationEntryPoint basicEntryPoint() {
    var basic = new BasicAuthenticationEntryPoint();
    basic.setRealmName(REALM);
    return (request, response, failure) -> {
      if (failure instanceof LoginThrottledException throttled) {
        tooManyRequests(response, throttled);
      } else {
        basic.commence(request, response, failure);
      }
    };
  }

  private AuthenticationEntryPoint apiEntryPoint() {
    return (request, response, failure) -> {
      if (failure instanceof LoginThrottledException throttled) {
        problems.throttled(request, response, throttled.retryAfterSeconds());
      } else {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        problems.unauthenticated(
            request, response, !(failure instanceof InsufficientAuthenticationException));
      }
    };
  }

  private static AuthenticationFailureHandler formFailure() {
    return (request, response, failure) -> {
      String target =
          failure instanceof LoginThrottledException throttled
              ? "/login?wait=" + throttled.retryAfterSeconds()
              : "/login?error";
      response.sendRedirect(request.getContextPath() + target);
    };
  }

  static void tooManyRequests(HttpServletResponse response, LoginThrottledException throttled) {
    response.setStatus(429);
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
  }
}
