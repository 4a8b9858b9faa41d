package jp.gyomu.registry;

import jp.gyomu.system.Roles;
import org.camunda.bpm.engine.IdentityService;

/** One user per job, made once per engine. */
public final class TestUsers {

  public static final String PASSWORD = "test-password-1";
  public static final String ANALYST = "t-analyst";
  public static final String MANAGER = "t-manager";
  public static final String BOT = "t-bot";

  private TestUsers() {}

  public static void ensure(IdentityService identity) {
    ensure(identity, ANALYST, Roles.ANALYST_GROUP);
    ensure(identity, MANAGER, Roles.MANAGER_GROUP);
    ensure(identity, BOT, Roles.BOT_GROUP);
  }

  private static void ensure(IdentityService identity, String id, String group) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    var user = identity.newUser(id);
    user.setFirstName(id);
    user.setLastName("Test");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, group);
  }
}
