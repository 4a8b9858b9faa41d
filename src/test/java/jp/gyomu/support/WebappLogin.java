package jp.gyomu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Logs a test browser into Camunda's webapps with the request their login page sends (the XSRF
 * cookie as a header), made from a quiet page: the engine list's JSON, not an app.
 *
 * <p>Why not from the app's own page: an app starting up sends requests with the session the login
 * is about to replace. Camunda's login invalidates that session; a start-up request arriving after
 * it carries the old cookie, gets a new, empty session, and its {@code Set-Cookie} can land after
 * the login's and log the browser out again (seen as "Session already invalidated" in the server's
 * log and a login page where the task should be, in CI and under load). A JSON document sends
 * nothing of its own.
 */
public final class WebappLogin {

  private WebappLogin() {}

  /** Logs {@code user} into {@code app} (tasklist, cockpit, admin, welcome); asserts a 200. */
  public static void logIn(
      ChromeDriver browser, String baseUrl, String app, String user, String password) {
    browser.get(baseUrl + "/camunda/api/engine/engine/");
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(b -> b.manage().getCookieNamed("XSRF-TOKEN") != null);
    Object status =
        browser.executeAsyncScript(
            """
            const done = arguments[arguments.length - 1];
            const xsrf = document.cookie.split('; ')
                .find(c => c.startsWith('XSRF-TOKEN=')).substring('XSRF-TOKEN='.length);
            fetch('/camunda/api/admin/auth/user/default/login/' + arguments[0], {
              method: 'POST',
              headers: {'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': xsrf},
              body: new URLSearchParams({username: arguments[1], password: arguments[2]})
            }).then(r => done(r.status), e => done(String(e)));
            """,
            app,
            user,
            password);
    assertThat(status).as("login to " + app + " as " + user).isEqualTo(200L);
  }
}
