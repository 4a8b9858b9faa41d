package jp.gyomu.system.login;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Failed logins for administrators (SecurityConfig keeps it to them). */
@RestController
@Tag(name = "Logins", description = "Failed logins and bots' API tokens (administrators)")
class LoginFailuresController {

  static final int SHOWN = 100;

  private final LoginThrottle throttle;

  LoginFailuresController(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @GetMapping("/api/login-failures")
  @Operation(
      summary =
          "Recent failed logins per user name and per client address: count, last failure and"
              + " how long the source still waits (the 100 most recent of each)")
  LoginFailures recent() {
    return throttle.recent(SHOWN);
  }
}
