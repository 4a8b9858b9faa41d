package jp.gyomu.system;

import java.time.Duration;
import jp.gyomu.system.login.EngineUsers;
import jp.gyomu.system.login.LoginThrottle;
import jp.gyomu.system.login.LoginThrottledException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password against Camunda's identity service, so Cockpit, Tasklist, the
 * engine REST API and Gyomu's own API share one user base (managed in Camunda Admin). Camunda
 * stores passwords salted and hashed; failed logins slow down their client ({@link LoginThrottle})
 * and never lock the user.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final EngineUsers users;
  private final LoginThrottle throttle;

  CamundaIdentityAuthenticationProvider(
      IdentityService identityService, EngineUsers users, LoginThrottle throttle) {
    this.identityService = identityService;
    this.users = users;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (isBlank(userId) || credentials == null || credentials.toString().isEmpty()) {
      // guesses nothing, so it is not counted (the access matrix probes the forms empty)
      throw new BadCredentialsException("Bad credentials");
    }
    String address =
        authentication.getDetails() instanceof WebAuthenticationDetails web
            ? web.getRemoteAddress()
            : null;
    Duration wait = throttle.holdBack(userId, address, LoginThrottle.Door.GYOMU);
    if (!wait.isZero()) {
      throw new LoginThrottledException(wait);
    }
    if (!identityService.checkPassword(userId, credentials.toString())) {
      throttle.failed(userId, address, LoginThrottle.Door.GYOMU);
      throw new BadCredentialsException("Bad credentials");
    }
    return users.authenticated(userId);
  }

  private static boolean isBlank(String userId) {
    return userId == null || userId.isBlank();
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
