package jp.gyomu.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * {@code ?lang=ja} or {@code ?lang=en} switches the language; anything else is a bad request (400),
 * not a server error, and never reaches the language cookie.
 */
class LanguageSwitch extends LocaleChangeInterceptor {

  static final String PARAMETER = "lang";
  static final Set<String> LANGUAGES = Set.of("ja", "en");

  LanguageSwitch() {
    setParamName(PARAMETER);
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws jakarta.servlet.ServletException {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      return true; // the error page of a refused request carries the same parameter
    }
    String language = request.getParameter(PARAMETER);
    if (language != null && !LANGUAGES.contains(language)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unsupported language");
    }
    return super.preHandle(request, response, handler);
  }
}
