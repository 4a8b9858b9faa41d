package jp.gyomu.system;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/** Japanese first; {@code ?lang=en} switches and a cookie remembers the choice (LanguageSwitch). */
@Configuration
class WebConfig implements WebMvcConfigurer {

  @Bean
  LocaleResolver localeResolver() {
    var resolver = new CookieLocaleResolver("gyomu-lang");
    resolver.setDefaultLocale(Locale.JAPANESE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new LanguageSwitch());
  }
}
