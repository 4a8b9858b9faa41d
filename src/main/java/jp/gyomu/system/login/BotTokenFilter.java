package jp.gyomu.system.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} as the token's bot. A valid token is never
 * held back (a stranger cannot lock it out); an invalid one counts as a failure of its address and
 * is answered 401 at once.
 */
class BotTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final BotTokens tokens;
  private final EngineUsers users;
  private final LoginThrottle throttle;
  private final Refusal refusal;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  /** What else a refusal carries besides its status and challenge: a body, or nothing. */
  interface Refusal {
    void write(HttpServletRequest request, HttpServletResponse response) throws IOException;
  }

  BotTokenFilter(BotTokens tokens, EngineUsers users, LoginThrottle throttle, Refusal refusal) {
    this.tokens = tokens;
    this.users = users;
    this.throttle = throttle;
    this.refusal = refusal;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      chain.doFilter(request, response);
      return;
    }
    Optional<String> bot = tokens.botFor(header.substring(BEARER.length()).strip());
    if (bot.isEmpty()) {
      throttle.failed(null, request.getRemoteAddr(), LoginThrottle.Door.TOKEN);
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      refusal.write(request, response);
      return;
    }
    var context = contexts.createEmptyContext();
    context.setAuthentication(users.authenticated(bot.get()));
    contexts.setContext(context);
    chain.doFilter(request, response);
  }
}
