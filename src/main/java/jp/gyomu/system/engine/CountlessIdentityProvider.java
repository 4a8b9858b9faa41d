package jp.gyomu.system.engine;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's database identity provider without its lockout. Camunda's {@code checkPassword}
 * counts every wrong password on the user itself and, after {@code loginMaxAttempts}, locks the
 * user until an administrator unlocks it; since anybody may send wrong passwords, anybody could
 * lock out {@code admin} or a bot. Failed logins are slowed down per client by {@link
 * LoginThrottle} instead (decision 0008). The stored lock columns are ignored, so users locked
 * before this change can log in again.
 */
public class CountlessIdentityProvider extends DbIdentityServiceProvider {

  @Override
  public boolean checkPassword(String userId, String password) {
    if (userId == null || password == null) {
      return false;
    }
    UserEntity user = findUserById(userId);
    return user != null && matchPassword(password, user);
  }
}
