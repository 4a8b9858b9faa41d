package jp.gyomu.support;

import org.camunda.bpm.engine.IdentityService;

/** One user per job, created on demand in the engine under test. */
public final class TestUsers {

  public static final String PASSWORD = "test-Passw0rd";
  public static final String ANALYST = "t-analyst";
  public static final String MANAGER = "t-manager";
  public static final String BOT = "t-bot";
  public static final String ADMIN_PASSWORD = "admin-Test-Passw0rd";

  private TestUsers() {}

  /** An analyst, a manager and a bot, for tests that act as each job. */
  public static void ensure(IdentityService identity) {
    ensure(identity, ANALYST, "gyomu-analysts");
    ensure(identity, MANAGER, "gyomu-managers");
    ensure(identity, BOT, "gyomu-bots");
  }

  /** Creates {@code userId} in {@code group} unless it exists; returns the user id. */
  public static String ensure(IdentityService identity, String userId, String group) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      var user = identity.newUser(userId);
      // Camunda's Admin requires names; without them Tasklist's header reads "null null"
      user.setFirstName(userId);
      user.setLastName("(test)");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(userId, group);
    }
    return userId;
  }
}
