package jp.gyomu.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist in a test browser: log in, then open a task's form.
 *
 * <p>The login is the request Tasklist's login page sends, made from a quiet page ({@link
 * WebappLogin}): typing into the page raced its start-up on a busy machine. The task is then opened
 * by loading Tasklist again, not by changing the address's {@code #...} part: Tasklist asks once
 * whether its session is logged in and keeps the answer (AuthenticationService in Camunda's
 * commons-ui), so when its start-up asked before the login had finished, a {@code #/?task=} change
 * sent it back to its login page and the form never came (the 90 s timeouts of
 * ReviewFormBrowserTest). A fresh load asks again, with the session cookie.
 */
public final class Tasklist {

  /** Long enough for Tasklist's start-up and an embedded form on a busy two-core machine. */
  public static final Duration PATIENCE = Duration.ofSeconds(90);

  private final ChromeDriver browser;
  private final String baseUrl;
  private String user;
  private String password;

  public Tasklist(ChromeDriver browser, int port) {
    this.browser = browser;
    this.baseUrl = "http://localhost:" + port;
  }

  public Tasklist logIn(String user, String password) {
    this.user = user;
    this.password = password;
    WebappLogin.logIn(browser, baseUrl, "tasklist", user, password);
    return this;
  }

  /**
   * Loads Tasklist afresh on the task and waits for {@code formElement} to be visible. The task's
   * name in Tasklist's task pane comes first: a timeout there means Tasklist did not open the task
   * (not logged in, task not visible); a timeout after it means the form did not render.
   */
  public WebElement openTask(String taskId, By formElement) {
    browser.get("about:blank");
    browser.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId);
    if (user != null && showsLoginPageRatherThan(formElement)) {
      // seen on a loaded machine after a login that Tasklist's server had answered 200: log in
      // once more; a second login page fails the wait below with its message
      logIn(user, password);
      browser.get("about:blank");
      browser.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId);
    }
    var wait = new WebDriverWait(browser, PATIENCE);
    wait.withMessage("Tasklist shows the task " + taskId + " (logged in, task visible)")
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-tasklist-form]")));
    return wait.withMessage("the task's form shows " + formElement)
        .until(ExpectedConditions.visibilityOfElementLocated(formElement));
  }

  /** Whether Tasklist shows its login page before the form's element (within the patience). */
  private boolean showsLoginPageRatherThan(By formElement) {
    try {
      // a String, not a Boolean: the wait goes on while a condition answers false
      String shown =
          new WebDriverWait(browser, PATIENCE)
              .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
              .until(
                  b -> {
                    if (!b.findElements(By.cssSelector("input[ng-model=username]")).isEmpty()) {
                      return "login page";
                    }
                    return b.findElements(formElement).stream().anyMatch(WebElement::isDisplayed)
                        ? "form"
                        : null;
                  });
      return shown.equals("login page");
    } catch (org.openqa.selenium.TimeoutException neither) {
      return false; // the waits below say which part never came
    }
  }
}
