package jp.gyomu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import jp.gyomu.system.login.LoginThrottle;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that run the whole application on H2 over real HTTP. All subclasses share one
 * Spring context (same configuration), so the engine starts once per test run. The application
 * reads a copy of the repository's processes folder, so tests that change document types through
 * the API never write into the repository.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability // serve /actuator/prometheus as production does
public abstract class GyomuIntegrationTest {

  private static final Path DATA_DIR = newDataDir();
  private static final Path PROCESSES_DIR = copyOfProcesses();

  @DynamicPropertySource
  static void gyomuSettings(DynamicPropertyRegistry registry) {
    registry.add("gyomu.data-dir", DATA_DIR::toString);
    registry.add("gyomu.processes-dir", PROCESSES_DIR::toString);
    registry.add("gyomu.connectors-dir", () -> ProjectFolders.connectors().toString());
    registry.add("gyomu.admin-password", () -> TestUsers.ADMIN_PASSWORD);
    // tests count the documents, cases and registry entries they make: no demo (FirstRunDemoTest)
    registry.add("gyomu.demo.enabled", () -> "false");
    // process tests play the bot themselves; ReferenceBotTest starts its own over HTTP
    registry.add("gyomu.bot.enabled", () -> "false");
    // short waits after failed logins, so tests can play a patient stranger within seconds;
    // LoginThrottleSettingsTest checks the defaults
    registry.add("gyomu.login-throttle.first-delay", () -> "1s");
    registry.add("gyomu.login-throttle.max-delay", () -> "2s");
    registry.add("gyomu.login-throttle.forget-after", () -> "10s");
    // a killed OCR worker's page goes to another within seconds (OcrWorkersTest)
    registry.add("gyomu.ocr.worker-lease", () -> "2s");
  }

  /**
   * The login throttle counts failures per address for all tests of the shared context: a test that
   * sends wrong passwords on purpose must not slow down the next one from the same address.
   */
  @BeforeEach
  void startWithoutFailedLogins(@Autowired LoginThrottle throttle) {
    throttle.forgetAll();
  }

  protected static Path dataDir() {
    return DATA_DIR;
  }

  /** The processes folder the application reads: a copy of the repository's. */
  protected static Path processesDir() {
    return PROCESSES_DIR;
  }

  private static Path copyOfProcesses() {
    Path source = ProjectFolders.processes();
    try (Stream<Path> files = Files.walk(source)) {
      Path copy = Files.createTempDirectory("gyomu-it-processes-");
      for (Path file : files.toList()) {
        Path target = copy.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path newDataDir() {
    try {
      return Files.createTempDirectory("gyomu-it-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
