package jp.gyomu.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps users who may open none of Cockpit, Tasklist and Admin (bots) out of the Camunda webapps.
 * Camunda lets every user with a password into its Welcome page, and that session opens the
 * webapps' whole engine API: a bot could read and change every case it may work on, beyond the
 * external-task calls its job needs. Refused logins answer like Camunda's own: 401 for a wrong
 * password, 403 for a right one.
 */
@Component
class WebappLoginGate extends OncePerRequestFilter {

  static final List<String> APPS = List.of("cockpit", "tasklist", "admin");

  // every POST below it: Jersey also routes variants such as a trailing slash to the login
  private static final String AUTH = "/camunda/api/admin/auth/user/";
  private static final int MAX_FORM = 16 * 1024;

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  WebappLoginGate(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"POST".equals(request.getMethod()) || !path.startsWith(AUTH);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] form = request.getInputStream().readNBytes(MAX_FORM + 1);
    if (form.length > MAX_FORM) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    String user = field(form, "username");
    if (user != null && !user.isEmpty() && !mayOpenAWebapp(user)) {
      boolean rightPassword = identity.checkPassword(user, field(form, "password"));
      response.setStatus(
          rightPassword ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    chain.doFilter(new ReplayedBody(request, form), response);
  }

  private boolean mayOpenAWebapp(String user) {
    List<String> groups =
        identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    return APPS.stream()
        .anyMatch(
            app ->
                authorizations.isUserAuthorized(
                    user, groups, Permissions.ACCESS, Resources.APPLICATION, app));
  }

  private static String field(byte[] form, String name) {
    for (String pair : new String(form, StandardCharsets.UTF_8).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** The login form, read once here and again by Camunda. */
  private static final class ReplayedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    ReplayedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      var in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("blocking reads only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
