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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.gyomu.system.engine.EngineCaller;
import jp.gyomu.system.login.EngineUsers;
import jp.gyomu.system.login.LoginThrottle;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one gate in front of the Camunda webapps' login ({@code POST
 * /camunda/api/admin/auth/user/<engine>/login/<app>}). It keeps users who may open none of Cockpit,
 * Tasklist and Admin (bots) out: Camunda lets every user with a password into its Welcome page, and
 * that session opens the webapps' whole engine API. It also slows down failed logins ({@link
 * LoginThrottle}) and checks the password itself, so that Camunda only ever sees right ones.
 * Refused logins answer like Camunda's own: 401 for a wrong password or unknown user, 403 for a
 * right password without a webapp, and 429 with Retry-After for a client that must wait.
 *
 * <p>Jersey reads the form fields from the query string too (when the body has none), and decodes
 * the body with the charset the request names: a login must therefore carry its fields exactly
 * once, in a UTF-8 form body, and no query string at all (Camunda's login page sends nothing else).
 * Anything else under the path but the logout is treated as a login.
 */
@Component
class WebappLoginGate extends OncePerRequestFilter {

  // every POST below it: Jersey also routes variants such as a trailing slash to the login
  private static final String AUTH = "/camunda/api/admin/auth/user/";
  private static final Pattern LOGOUT = Pattern.compile("[A-Za-z0-9_-]+/logout");
  private static final int MAX_FORM = 16 * 1024;

  private final IdentityService identity;
  private final EngineUsers users;
  private final LoginThrottle throttle;

  WebappLoginGate(IdentityService identity, EngineUsers users, LoginThrottle throttle) {
    this.identity = identity;
    this.users = users;
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"POST".equals(request.getMethod())
        || !path.startsWith(AUTH)
        || (LOGOUT.matcher(path.substring(AUTH.length())).matches()
            && request.getQueryString() == null);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getQueryString() != null) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "login fields belong in the body");
      return;
    }
    if (!isUtf8Form(request.getContentType())) {
      response.sendError(
          HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
          "a login is an application/x-www-form-urlencoded body in UTF-8");
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_FORM + 1);
    if (body.length > MAX_FORM) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    Map<String, List<String>> form = LoginForm.parse(body);
    List<String> users = form.getOrDefault("username", List.of());
    List<String> passwords = form.getOrDefault("password", List.of());
    if (form.isEmpty() || users.size() != 1 || passwords.size() != 1) {
      response.sendError(
          HttpServletResponse.SC_BAD_REQUEST, "one username and one password field, in the body");
      return;
    }
    String user = users.get(0);
    if (user.isBlank() || passwords.get(0).isEmpty()) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED); // guesses nothing: not counted
      return;
    }
    String address = request.getRemoteAddr();
    Duration wait = throttle.holdBack(user, address, LoginThrottle.Door.WEBAPP);
    if (!wait.isZero()) {
      response.setStatus(429);
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(LoginThrottle.roundUp(wait)));
      return;
    }
    int refusal = refusal(user, passwords.get(0));
    if (refusal == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(user, address, LoginThrottle.Door.WEBAPP);
    }
    if (refusal != 0) {
      response.setStatus(refusal);
      return;
    }
    chain.doFilter(new ReplayedBody(request, body), response);
  }

  /**
   * 401 for a wrong password, 403 without a webapp, 0 to let the login through. Checked without the
   * session's user, as Camunda's login does: a logged-in user may not read other users.
   */
  private int refusal(String user, String password) {
    return EngineCaller.withoutCaller(
        identity,
        () -> {
          if (!identity.checkPassword(user, password)) {
            return HttpServletResponse.SC_UNAUTHORIZED;
          }
          return users.mayOpenAWebapp(user, users.groups(user))
              ? 0
              : HttpServletResponse.SC_FORBIDDEN;
        });
  }

  private static boolean isUtf8Form(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      Charset charset = type.getCharset();
      return MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(type)
          && (charset == null || charset.equals(StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) { // InvalidMediaTypeException, unknown charsets
      return false;
    }
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
