package jp.gyomu.system;

import java.util.EnumSet;
import java.util.Set;
import jp.gyomu.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;

/** Who knocks: nobody, or a user of one of Gyomu's jobs (the columns of the access matrix). */
enum Caller {
  ANONYMOUS(null, null),
  ANALYST("matrix-analyst", Roles.ANALYST_GROUP),
  OPERATOR("matrix-operator", Roles.OPERATOR_GROUP),
  MANAGER("matrix-manager", Roles.MANAGER_GROUP),
  BOT("matrix-bot", Roles.BOT_GROUP),
  OCR_WORKER("matrix-ocr-worker", Roles.OCR_WORKER_GROUP),
  ADMIN(IdentityBootstrap.ADMIN_USER, null);

  static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
  static final Set<Caller> PEOPLE = EnumSet.of(ANALYST, OPERATOR, MANAGER, ADMIN);

  private final String user;
  private final String group;

  Caller(String user, String group) {
    this.user = user;
    this.group = group;
  }

  String user() {
    return user;
  }

  String password() {
    return this == ADMIN ? TestUsers.ADMIN_PASSWORD : user == null ? null : TestUsers.PASSWORD;
  }

  String label() {
    if (this == OCR_WORKER) {
      return "OCR worker";
    }
    return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  /** Creates the users of every job in the engine under test. */
  static void ensureUsers(IdentityService identity) {
    for (Caller caller : values()) {
      if (caller.group != null) {
        TestUsers.ensure(identity, caller.user, caller.group);
      }
    }
  }
}
