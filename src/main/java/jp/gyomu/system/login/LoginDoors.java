package jp.gyomu.system.login;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
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
 * HTTP Basic answers 429 with Retry-After, the login form shows how long to wait.
 */
@Component
public class LoginDoors {

  private final BotTokens tokens;
  private final EngineUsers users;
  private final LoginThrottle throttle;

  LoginDoors(BotTokens tokens, EngineUsers users, LoginThrottle throttle) {
    this.tokens = tokens;
    this.users = users;
    this.throttle = throttle;
  }

  /** HTTP Basic as Spring configures it, answering 429 to a held-back client. */
  public Customizer<HttpBasicConfigurer<HttpSecurity>> httpBasic() {
    return basic -> basic.authenticationEntryPoint(basicEntryPoint());
  }

  /** Gyomu's login form at {@code /login}, telling a held-back client how long to wait. */
  public Customizer<FormLoginConfigurer<HttpSecurity>> formLogin() {
    return form -> form.loginPage("/login").failureHandler(formFailure()).permitAll();
  }

  /** {@code Authorization: Bearer <token>} for bots, on the APIs. */
  public Filter botTokens() {
    return new BotTokenFilter(tokens, users, throttle);
  }

  private static AuthenticationEntryPoint basicEntryPoint() {
    var basic = new BasicAuthenticationEntryPoint();
    basic.setRealmName("Realm");
    return (request, response, failure) -> {
      if (failure instanceof LoginThrottledException throttled) {
        tooManyRequests(response, throttled);
      } else {
        basic.commence(request, response, failure);
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
