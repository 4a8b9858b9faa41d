package jp.gyomu.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is away (decision 0006) every request that needs it, starting with the login
 * check of Basic credentials, is answered 503 with Retry-After and a message saying so, instead of
 * a 500 with a stack trace in the log. The answer is a problem (decision 0009) on every path: it is
 * Gyomu's own, given before the engine's REST API or a page gets a say. Wraps the security filters,
 * which look users up in the engine.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseAwayFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(DatabaseAwayFilter.class);

  private final ApiProblems problems;

  DatabaseAwayFilter(ApiProblems problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!DatabaseOutages.isTransient(e) || response.isCommitted()) {
        throw e;
      }
      log.warn(
          "{} {} answered 503: the database is away ({})",
          request.getMethod(),
          request.getRequestURI(),
          e.getMessage());
      response.resetBuffer();
      problems.databaseAway(request, response);
    }
  }
}
