package jp.gyomu.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import jp.gyomu.system.engine.WebappSessionUser;
import jp.gyomu.system.login.EngineUsers;
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

  private static final String AUTH = "/camunda/api/admin/auth/";

  private final EngineUsers users;
  private final String engine;

  WebappSessionAuthenticationFilter(EngineUsers users, String engine) {
    this.users = users;
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
      List<String> groups = users.groups(user.get());
      if (!users.mayOpenAWebapp(user.get(), groups)) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(users.authenticated(user.get(), groups));
      SecurityContextHolder.setContext(context);
    }
    chain.doFilter(request, response);
  }
}
