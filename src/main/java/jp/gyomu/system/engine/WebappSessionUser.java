package jp.gyomu.system.engine;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who a request's Cockpit, Tasklist or Admin session belongs to. Camunda keeps its webapp logins in
 * the HTTP session in a class of its own; this is the one place Gyomu's security reads it.
 */
public final class WebappSessionUser {

  private WebappSessionUser() {}

  /** The user logged into the webapps for {@code engine} in this request's session, if any. */
  public static Optional<String> of(HttpServletRequest request, String engine) {
    var session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    var authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications != null
        && authentications.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication u
        && u.getIdentityId() != null) {
      return Optional.of(u.getIdentityId());
    }
    return Optional.empty();
  }
}
