package jp.gyomu.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

/**
 * Content-Security-Policy for Gyomu's own pages: scripts, styles and images only from Gyomu itself,
 * no plugins, no framing, forms post back to Gyomu only. Chart.js and the dashboard script are
 * files; inline style attributes (the dashboard's progress bars) are allowed, inline scripts are
 * not. Swagger UI injects style elements, so its pages also allow inline styles. Cockpit, Tasklist
 * and Admin send their own policy (camunda.bpm.webapp.header-security), so they get none from here.
 */
final class BrowserHeaders {

  static final String GYOMU_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none';"
          + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  static final String SWAGGER_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none';"
          + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private BrowserHeaders() {}

  static HeaderWriter contentSecurityPolicy() {
    return BrowserHeaders::write;
  }

  private static void write(HttpServletRequest request, HttpServletResponse response) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/camunda") || path.startsWith("/camunda/")) {
      return;
    }
    response.setHeader(
        "Content-Security-Policy", path.startsWith("/swagger-ui") ? SWAGGER_POLICY : GYOMU_POLICY);
    response.setHeader("Referrer-Policy", "same-origin");
  }
}
