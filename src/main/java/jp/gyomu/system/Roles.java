package jp.gyomu.system;

import java.util.Map;

/**
 * The jobs people and bots do in Gyomu. Each is a Camunda group; Spring Security sees the group as
 * a role.
 */
public final class Roles {

  public static final String ADMIN = "ADMIN";
  public static final String ANALYST = "ANALYST";
  public static final String OPERATOR = "OPERATOR";
  public static final String MANAGER = "MANAGER";
  public static final String BOT = "BOT";

  public static final String ADMIN_GROUP = "camunda-admin";
  public static final String ANALYST_GROUP = "gyomu-analysts";
  public static final String OPERATOR_GROUP = "gyomu-operators";
  public static final String MANAGER_GROUP = "gyomu-managers";
  public static final String BOT_GROUP = "gyomu-bots";

  /** Camunda group id to Spring Security role. */
  public static final Map<String, String> ROLE_BY_GROUP =
      Map.of(
          ADMIN_GROUP, ADMIN,
          ANALYST_GROUP, ANALYST,
          OPERATOR_GROUP, OPERATOR,
          MANAGER_GROUP, MANAGER,
          BOT_GROUP, BOT);

  private Roles() {}
}
