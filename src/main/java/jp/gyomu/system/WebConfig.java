package jp.gyomu.system;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Japanese first; {@code ?lang=en} switches and a cookie remembers the choice (LanguageSwitch). A
 * caller of the APIs without that cookie may ask with {@code Accept-Language} (ja or en): reasons
 * and problems come back in that language; pages keep Japanese for every browser.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

  @Bean
  LocaleResolver localeResolver() {
    var resolver = new CookieLocaleResolver("gyomu-lang");
    resolver.setDefaultLocaleFunction(WebConfig::withoutCookie);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  static final List<Locale> LANGUAGES = List.of(Locale.JAPANESE, Locale.ENGLISH);

  /** The language of a request without the cookie: Japanese, or what an API caller asked for. */
  static Locale withoutCookie(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String asked = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
    if (asked == null || !(path.startsWith("/api/") || path.startsWith("/engine-rest/"))) {
      return Locale.JAPANESE;
    }
    try {
      Locale found = Locale.lookup(Locale.LanguageRange.parse(asked), LANGUAGES);
      return found == null ? Locale.JAPANESE : found;
    } catch (IllegalArgumentException unreadable) {
      return Locale.JAPANESE;
    }
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new LanguageSwitch());
  }
}
