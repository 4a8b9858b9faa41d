package jp.gyomu.system;

import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started Gyomu where to go next. */
@Component
class StartupReport {

  private static final Logger log = LoggerFactory.getLogger(StartupReport.class);
  private final GyomuProperties properties;

  StartupReport(GyomuProperties properties) {
    this.properties = properties;
  }

  @EventListener
  void ready(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
      return;
    }
    String base = "http://localhost:" + web.getWebServer().getPort();
    var passwordFile = properties.dataDir().resolve(IdentityBootstrap.PASSWORD_FILE);
    String password =
        Files.exists(passwordFile)
            ? "in " + passwordFile
            : "as set by GYOMU_ADMIN_PASSWORD when first started (or changed in Admin since)";
    log.info(
        """

        ==== Gyomu is ready ====
          Landing page  {}/
          Cockpit       {}/camunda/app/cockpit/
          Tasklist      {}/camunda/app/tasklist/
          Admin         {}/camunda/app/admin/
          API docs      {}/swagger-ui.html
          User 'admin', password {}
          Data folder   {}
        ========================""",
        base,
        base,
        base,
        base,
        base,
        password,
        properties.dataDir());
  }
}
