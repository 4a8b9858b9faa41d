package jp.gyomu.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * How Gyomu's own pages call {@code /api} (decision 0010): the signed-in page session is read,
 * never written, and a change made with it needs the page's CSRF token in {@code X-CSRF-TOKEN}.
 * Scripts and bots keep sending their credentials on every call, and those calls need no token.
 */
final class PageSessionOnApi {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private PageSessionOnApi() {}

  /** Credentials of the request first, then the page session; nothing is saved to a session. */
  static SecurityContextRepository contexts() {
    return new DelegatingSecurityContextRepository(
        new RequestAttributeSecurityContextRepository(),
        new ReadOnly(new HttpSessionSecurityContextRepository()));
  }

  /** A change that only the session cookie would authenticate. */
  static RequestMatcher needsCsrfToken() {
    return request ->
        !SAFE_METHODS.contains(request.getMethod())
            && request.getHeader(HttpHeaders.AUTHORIZATION) == null
            && request.getRequestedSessionId() != null;
  }

  private record ReadOnly(HttpSessionSecurityContextRepository sessions)
      implements SecurityContextRepository {

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
      return sessions.loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
      return sessions.loadDeferredContext(request);
    }

    @Override
    public void saveContext(
        SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
      // an API call never creates or changes a session
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
      return sessions.containsContext(request);
    }
  }
}
