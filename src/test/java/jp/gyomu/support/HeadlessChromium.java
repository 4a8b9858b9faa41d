package jp.gyomu.support;

import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium and chromedriver (installed by {@code ./gyomu test}), headless. */
public final class HeadlessChromium {

  private HeadlessChromium() {}

  /** Options for a quiet headless window of {@code width} x {@code height} with its own profile. */
  public static ChromeOptions options(Path profile, int width, int height) {
    var options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile);
    return options;
  }

  public static ChromeDriver start(ChromeOptions options) {
    var driver =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    return new ChromeDriver(driver, options);
  }
}
