package jp.gyomu.support;

import org.camunda.bpm.engine.IdentityService;

/** One user per job, created on demand in the engine under test. */
public final class TestUsers {

  public static final String PASSWORD = "test-Passw0rd";
  public static final String ADMIN_PASSWORD = "admin-Test-Passw0rd";

  private TestUsers() {}

  /** Creates {@code userId} in {@code group} unless it exists; returns the user id. */
  public static String ensure(IdentityService identity, String userId, String group) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      var user = identity.newUser(userId);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(userId, group);
    }
    return userId;
  }
}
