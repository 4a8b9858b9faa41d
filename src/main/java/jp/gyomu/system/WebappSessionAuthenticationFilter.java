package jp.gyomu.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import jp.gyomu.system.engine.WebappSessionUser;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns the webapp session's user into a Spring authentication for one request to {@code
 * /camunda/api/**}, with the roles of the groups the user is in now, so the webapps' engine API
 * obeys the same URL rules as {@code /engine-rest}. A session whose user may open none of Cockpit,
 * Tasklist and Admin (a bot that got a session past the login gate, or a user whose access was
 * taken away) is refused outright. Logging in and out stay open: the login gate decides those.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  static final List<String> APPS = List.of("cockpit", "tasklist", "admin");
  private static final String AUTH = "/camunda/api/admin/auth/";

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final String engine;

  WebappSessionAuthenticationFilter(
      IdentityService identity, AuthorizationService authorizations, String engine) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.engine = engine;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length()).startsWith(AUTH);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var user = WebappSessionUser.of(request, engine);
    if (user.isPresent()) {
      List<String> groups =
          identity.createGroupQuery().groupMember(user.get()).list().stream()
              .map(Group::getId)
              .toList();
      if (!mayOpenAWebapp(user.get(), groups)) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
      var authorities =
          groups.stream()
              .map(Roles.ROLE_BY_GROUP::get)
              .filter(role -> role != null)
              .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
              .toList();
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(user.get(), null, authorities));
      SecurityContextHolder.setContext(context);
    }
    chain.doFilter(request, response);
  }

  private boolean mayOpenAWebapp(String user, List<String> groups) {
    return APPS.stream()
        .anyMatch(
            app ->
                authorizations.isUserAuthorized(
                    user, groups, Permissions.ACCESS, Resources.APPLICATION, app));
  }
}
