package jp.gyomu.system.login;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused before its password was checked: the client must wait first. */
public class LoginThrottledException extends AuthenticationException {

  private final Duration wait;

  public LoginThrottledException(Duration wait) {
    super("Too many failed logins; retry after " + LoginThrottle.roundUp(wait) + " s");
    this.wait = wait;
  }

  /** Whole seconds, for Retry-After. */
  public long retryAfterSeconds() {
    return Math.max(1, LoginThrottle.roundUp(wait));
  }
}
