package jp.gyomu.support;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * When a browser test fails, keeps what the browser showed: a screenshot, the page's source and its
 * address under {@code target/screenshots/failures/}, named after the test. Runs before
 * {@code @AfterEach} closes the browser. Finds the browser in the test's {@link WebDriver} fields.
 */
public final class BrowserEvidence implements AfterTestExecutionCallback {

  static final Path FOLDER = Path.of("target", "screenshots", "failures");

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty() || context.getTestInstance().isEmpty()) {
      return;
    }
    String name = context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName();
    name = name.replaceAll("[^A-Za-z0-9._-]", "");
    for (WebDriver browser : browsersOf(context.getTestInstance().get())) {
      keep(browser, name);
    }
  }

  /** Saves what {@code browser} shows; a browser that no longer answers is noted, not thrown. */
  public static void keep(WebDriver browser, String name) {
    try {
      Files.createDirectories(FOLDER);
      Files.writeString(
          FOLDER.resolve(name + ".html"),
          "<!-- " + browser.getCurrentUrl() + " -->\n" + browser.getPageSource(),
          StandardCharsets.UTF_8);
      if (browser instanceof TakesScreenshot camera) {
        Files.write(FOLDER.resolve(name + ".png"), camera.getScreenshotAs(OutputType.BYTES));
      }
      System.err.println("Browser evidence kept in " + FOLDER.resolve(name) + ".{png,html}");
    } catch (IOException | RuntimeException e) {
      System.err.println("Browser evidence for " + name + " could not be kept: " + e);
    }
  }

  private static List<WebDriver> browsersOf(Object test) {
    var found = new ArrayList<WebDriver>();
    for (Class<?> c = test.getClass(); c != null; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (WebDriver.class.isAssignableFrom(field.getType())) {
          try {
            field.setAccessible(true);
            if (field.get(test) instanceof WebDriver browser) {
              found.add(browser);
            }
          } catch (ReflectiveOperationException | RuntimeException e) {
            // a field we cannot read holds no evidence
          }
        }
      }
    }
    return found;
  }
}
