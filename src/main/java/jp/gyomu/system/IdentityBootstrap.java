package jp.gyomu.system;

import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes sure the groups Gyomu's jobs need exist with fitting engine authorizations, and that there
 * is an administrator whose password nobody could guess. Runs on every start and adds what is
 * missing. A grant that an earlier Gyomu version made and that is still exactly as it made it is
 * replaced by the current one (the grants are Gyomu's, and an installation must not keep rights
 * Gyomu has since taken back); a grant an administrator changed in Camunda Admin differs from every
 * earlier default and stays as it is.
 */
@Component
class IdentityBootstrap {

  static final String ADMIN_USER = "admin";
  static final String PASSWORD_FILE = "initial-admin-password";
  private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final GyomuProperties properties;

  IdentityBootstrap(
      IdentityService identity, AuthorizationService authorizations, GyomuProperties properties) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.properties = properties;
  }

  @PostConstruct
  void bootstrap() {
    ensureGroup(Groups.CAMUNDA_ADMIN, "Camunda administrators / 管理者", Groups.GROUP_TYPE_SYSTEM);
    for (Resource resource : Resources.values()) {
      grant(Groups.CAMUNDA_ADMIN, resource, Permissions.ALL);
    }
    ensureGroup(Roles.ANALYST_GROUP, "業務分析担当 / Analysts", "WORKFLOW");
    ensureGroup(Roles.OPERATOR_GROUP, "運用担当 / Operators", "WORKFLOW");
    ensureGroup(Roles.MANAGER_GROUP, "管理職 / Managers", "WORKFLOW");
    ensureGroup(Roles.BOT_GROUP, "RPAボット / Bots", "WORKFLOW");
    // no engine grant at all: workers talk only to /api/ocr-work (decision 0015)
    ensureGroup(Roles.OCR_WORKER_GROUP, "OCRワーカー / OCR workers", "WORKFLOW");
    grantAnalysts();
    grantOperators();
    grantManagers();
    grantBots();
    narrowTaskGrantsOfOpenTasks();
    ensureAdminUser();
  }

  private void grantAnalysts() {
    String g = Roles.ANALYST_GROUP;
    grantApplications(g);
    for (Resource r :
        List.of(
            PROCESS_DEFINITION,
            PROCESS_INSTANCE,
            TASK,
            DEPLOYMENT,
            DECISION_DEFINITION,
            DECISION_REQUIREMENTS_DEFINITION)) {
      grant(g, r, Permissions.ALL);
    }
  }

  /**
   * Operators watch cases and work their group's tasks: they read everything about cases and retry
   * failed jobs and bot steps (RETRY_JOB; {@link WorkRules} lets it set external-task retries too).
   * They work a task only through the grant the engine makes per task for its candidate group or
   * assignee (TASK_WORK, see {@code default-user-permission-name-for-task}), so a manager's
   * approval is not theirs; without UPDATE they neither modify, suspend nor change the variables of
   * a case, nor lock or complete a bot's external task.
   */
  private void grantOperators() {
    String g = Roles.OPERATOR_GROUP;
    grantApplications(g);
    replacing(
            g,
            PROCESS_DEFINITION,
            ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.READ_HISTORY,
            ProcessDefinitionPermissions.READ_INSTANCE,
            ProcessDefinitionPermissions.UPDATE_INSTANCE,
            ProcessDefinitionPermissions.READ_TASK,
            ProcessDefinitionPermissions.UPDATE_TASK,
            ProcessDefinitionPermissions.TASK_WORK,
            ProcessDefinitionPermissions.RETRY_JOB)
        .with(
            ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.READ_HISTORY,
            ProcessDefinitionPermissions.READ_INSTANCE,
            ProcessDefinitionPermissions.READ_TASK,
            ProcessDefinitionPermissions.RETRY_JOB);
    replacing(
            g, PROCESS_INSTANCE, ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE)
        .with(ProcessInstancePermissions.READ);
    replacing(g, TASK, TaskPermissions.READ, TaskPermissions.UPDATE, TaskPermissions.TASK_WORK)
        .with(TaskPermissions.READ);
    grant(g, DEPLOYMENT, Permissions.READ);
    grant(g, DECISION_DEFINITION, Permissions.READ, Permissions.READ_HISTORY);
  }

  private void grantManagers() {
    String g = Roles.MANAGER_GROUP;
    grantApplications(g);
    grant(
        g,
        PROCESS_DEFINITION,
        ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_TASK);
    grant(g, PROCESS_INSTANCE, ProcessInstancePermissions.READ);
    grant(g, TASK, TaskPermissions.READ);
    grant(g, DEPLOYMENT, Permissions.READ);
    grant(g, DECISION_DEFINITION, Permissions.READ, Permissions.READ_HISTORY);
  }

  /**
   * Bots work external tasks only. Fetching needs READ_INSTANCE, completing UPDATE_INSTANCE on the
   * process definition; granted per definition (not on all process instances) so that a bot can be
   * confined to its processes by replacing '*' with process keys in Camunda Admin.
   */
  private void grantBots() {
    grant(
        Roles.BOT_GROUP,
        PROCESS_DEFINITION,
        ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.UPDATE_INSTANCE);
  }

  private void grantApplications(String group) {
    grant(group, APPLICATION, "cockpit", Permissions.ACCESS);
    grant(group, APPLICATION, "tasklist", Permissions.ACCESS);
    grant(group, FILTER, Permissions.READ);
  }

  /**
   * Open tasks created before Gyomu set {@code default-user-permission-name-for-task} to TASK_WORK
   * carry the engine's old per-task grant for their candidates and assignee, READ and UPDATE, which
   * lets a candidate reassign the task: it becomes READ and TASK_WORK, as for new tasks.
   */
  private void narrowTaskGrantsOfOpenTasks() {
    Set<String> oldDefault = names(TaskPermissions.READ, TaskPermissions.UPDATE);
    for (Authorization auth :
        authorizations
            .createAuthorizationQuery()
            .resourceType(TASK)
            .hasPermission(TaskPermissions.UPDATE)
            .list()) {
      if (!Authorization.ANY.equals(auth.getResourceId())
          && auth.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
          && granted(auth, TaskPermissions.values()).equals(oldDefault)) {
        auth.removePermission(TaskPermissions.UPDATE);
        auth.addPermission(TaskPermissions.TASK_WORK);
        authorizations.saveAuthorization(auth);
      }
    }
  }

  /** A grant on every object that replaces the one an earlier Gyomu made, if still unchanged. */
  private Replacement replacing(String group, Resource resource, Permission... earlier) {
    return now -> {
      Authorization existing =
          authorizations
              .createAuthorizationQuery()
              .groupIdIn(group)
              .resourceType(resource)
              .resourceId(Authorization.ANY)
              .singleResult();
      if (existing == null) {
        grant(group, resource, now);
      } else if (existing.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
          && granted(existing, earlier[0].getClass().getEnumConstants()).equals(names(earlier))) {
        for (Permission p : earlier) {
          existing.removePermission(p);
        }
        for (Permission p : now) {
          existing.addPermission(p);
        }
        authorizations.saveAuthorization(existing);
        log.info(
            "Narrowed the grant of {} on {} to {}", group, resource.resourceName(), names(now));
      }
    };
  }

  @FunctionalInterface
  private interface Replacement {
    void with(Permission... now);
  }

  /** The permissions a grant holds, of all those its resource knows ({@code possible}). */
  private static Set<String> granted(Authorization auth, Permission[] possible) {
    return names(auth.getPermissions(possible));
  }

  private static Set<String> names(Permission... permissions) {
    return Arrays.stream(permissions)
        .map(Permission::getName)
        .filter(n -> !n.equals("NONE"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private void ensureGroup(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      var group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  private void grant(String group, Resource resource, Permission... permissions) {
    grant(group, resource, Authorization.ANY, permissions);
  }

  private void grant(String group, Resource resource, String resourceId, Permission... perms) {
    boolean exists =
        authorizations
                .createAuthorizationQuery()
                .groupIdIn(group)
                .resourceType(resource)
                .resourceId(resourceId)
                .count()
            > 0;
    if (exists) {
      return;
    }
    Authorization auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    auth.setGroupId(group);
    auth.setResource(resource);
    auth.setResourceId(resourceId);
    for (Permission p : perms) {
      auth.addPermission(p);
    }
    authorizations.saveAuthorization(auth);
  }

  private void ensureAdminUser() {
    if (identity.createUserQuery().userId(ADMIN_USER).count() > 0) {
      return;
    }
    String password = properties.adminPassword();
    boolean generated = password == null || password.isBlank();
    if (generated) {
      password = randomPassword();
    }
    User admin = identity.newUser(ADMIN_USER);
    admin.setFirstName("Gyomu");
    admin.setLastName("Administrator");
    admin.setPassword(password);
    identity.saveUser(admin);
    identity.createMembership(ADMIN_USER, Groups.CAMUNDA_ADMIN);
    if (generated) {
      Path file = writeOwnerOnly(properties.dataDir().resolve(PASSWORD_FILE), password);
      log.warn(
          "Created user '{}' with a random password, written to {} (readable by this user only)."
              + " Change it in Camunda Admin and delete the file.",
          ADMIN_USER,
          file);
    } else {
      log.info("Created user '{}' with the password from GYOMU_ADMIN_PASSWORD", ADMIN_USER);
    }
  }

  private static String randomPassword() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    var random = new SecureRandom();
    var sb = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static Path writeOwnerOnly(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the initial admin password to " + file, e);
    }
  }
}
