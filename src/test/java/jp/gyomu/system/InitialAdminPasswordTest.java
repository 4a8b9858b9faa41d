package jp.gyomu.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Without GYOMU_ADMIN_PASSWORD the first start invents the administrator's password: it goes into a
 * file only the service user can read, and never into the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class InitialAdminPasswordTest {

  @TempDir Path data;

  @Test
  void aGeneratedPasswordIsWrittenToAnOwnerOnlyFileAndNotLogged(CapturedOutput log)
      throws Exception {
    IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    AuthorizationService authorizations = mock(AuthorizationService.class, RETURNS_DEEP_STUBS);
    User admin = mock(User.class);
    when(identity.newUser(IdentityBootstrap.ADMIN_USER)).thenReturn(admin);
    var properties = new GyomuProperties(data, data, data, "");

    new IdentityBootstrap(identity, authorizations, properties).bootstrap();

    var password = ArgumentCaptor.forClass(String.class);
    verify(admin).setPassword(password.capture());
    Path file = data.resolve(IdentityBootstrap.PASSWORD_FILE);
    assertThat(Files.readString(file).strip()).isEqualTo(password.getValue());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(password.getValue()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(log.getAll()).contains(file.toString()).doesNotContain(password.getValue());
  }

  @Test
  void aGivenPasswordIsUsedAndNeitherWrittenNorLogged(CapturedOutput log) {
    IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    AuthorizationService authorizations = mock(AuthorizationService.class, RETURNS_DEEP_STUBS);
    User admin = mock(User.class);
    when(identity.newUser(IdentityBootstrap.ADMIN_USER)).thenReturn(admin);
    String given = "given-Admin-Passw0rd";

    new IdentityBootstrap(identity, authorizations, new GyomuProperties(data, data, data, given))
        .bootstrap();

    verify(admin).setPassword(given);
    assertThat(data.resolve(IdentityBootstrap.PASSWORD_FILE)).doesNotExist();
    assertThat(log.getAll()).doesNotContain(given);
  }
}
