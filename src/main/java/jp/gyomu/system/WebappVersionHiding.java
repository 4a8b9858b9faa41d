package jp.gyomu.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import jp.gyomu.system.engine.EngineVersion;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The webapps' pages (Cockpit, Tasklist, Admin, Welcome: their login screen for anonymous visitors)
 * name the engine version in their footer and in every script address. This takes it out of the
 * page: the footer shows no version and the addresses carry a token made at start-up instead (they
 * only need to change when Gyomu is upgraded). Camunda's script files themselves are left as
 * shipped.
 */
@Configuration
class WebappVersionHiding {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> webappVersionHidingFilter() {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new PageFilter());
    registration.addUrlPatterns("/camunda/app/*");
    // around Camunda's filter that writes the pages
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  static final class PageFilter extends OncePerRequestFilter {

    private final String version = EngineVersion.current();
    private final String token = Long.toHexString(ThreadLocalRandom.current().nextLong());

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (!"GET".equals(request.getMethod()) || !request.getRequestURI().endsWith("/")) {
        chain.doFilter(request, response);
        return;
      }
      var page = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, page);
      String type = page.getContentType();
      if (type == null || !type.startsWith("text/html")) {
        page.copyBodyToResponse();
        return;
      }
      Charset charset =
          page.getCharacterEncoding() == null
              ? StandardCharsets.UTF_8
              : Charset.forName(page.getCharacterEncoding());
      byte[] body =
          withoutVersion(new String(page.getContentAsByteArray(), charset)).getBytes(charset);
      page.resetBuffer();
      page.getOutputStream().write(body);
      page.copyBodyToResponse();
    }

    String withoutVersion(String html) {
      return html.replace("version=\"v" + version + "\"", "version=\"\"")
          .replace("bust=" + version, "bust=" + token);
    }
  }
}
