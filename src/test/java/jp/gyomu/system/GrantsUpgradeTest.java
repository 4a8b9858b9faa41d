package jp.gyomu.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.gyomu.support.GyomuIntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An installation started by an earlier Gyomu keeps the operators' wide grants it made then;
 * starting this version narrows them, unless an administrator changed them.
 */
class GrantsUpgradeTest extends GyomuIntegrationTest {

  @Autowired IdentityBootstrap bootstrap;
  @Autowired AuthorizationService authorizations;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @Test
  void theOperatorsGrantsAnEarlierVersionMadeAreNarrowedAtStart() {
    set(
        Resources.PROCESS_DEFINITION,
        ProcessDefinitionPermissions.values(),
        ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.UPDATE_INSTANCE,
        ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.UPDATE_TASK,
        ProcessDefinitionPermissions.TASK_WORK,
        ProcessDefinitionPermissions.RETRY_JOB);
    set(
        Resources.TASK,
        TaskPermissions.values(),
        TaskPermissions.READ,
        TaskPermissions.UPDATE,
        TaskPermissions.TASK_WORK);

    bootstrap.bootstrap();

    assertThat(granted(Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.values()))
        .containsExactly("READ", "READ_HISTORY", "READ_INSTANCE", "READ_TASK", "RETRY_JOB");
    assertThat(granted(Resources.TASK, TaskPermissions.values())).containsExactly("READ");
  }

  @Test
  void aGrantAnAdministratorChangedStaysAsItIs() {
    set(
        Resources.PROCESS_INSTANCE,
        ProcessInstancePermissions.values(),
        ProcessInstancePermissions.READ,
        ProcessInstancePermissions.SUSPEND);
    try {
      bootstrap.bootstrap();

      assertThat(granted(Resources.PROCESS_INSTANCE, ProcessInstancePermissions.values()))
          .containsExactly("READ", "SUSPEND");
    } finally {
      set(
          Resources.PROCESS_INSTANCE,
          ProcessInstancePermissions.values(),
          ProcessInstancePermissions.READ);
    }
  }

  @Test
  void openTasksLoseTheOldPerTaskGrantThatLetCandidatesReassignThem() {
    repository
        .createDeployment()
        .addClasspathResource("processes/work-access.bpmn")
        .enableDuplicateFiltering(true)
        .name("work-access-test")
        .deploy();
    String instance = runtime.startProcessInstanceByKey("work-access").getId();
    String review =
        tasks
            .createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("review")
            .singleResult()
            .getId();
    Authorization perTask = taskGrant(review);
    assertThat(names(perTask.getPermissions(TaskPermissions.values())))
        .as("what the engine grants a candidate group now")
        .containsExactly("READ", "TASK_WORK");
    perTask.removePermission(TaskPermissions.TASK_WORK);
    perTask.addPermission(TaskPermissions.UPDATE);
    authorizations.saveAuthorization(perTask);

    bootstrap.bootstrap();

    assertThat(names(taskGrant(review).getPermissions(TaskPermissions.values())))
        .containsExactly("READ", "TASK_WORK");
  }

  private Authorization taskGrant(String taskId) {
    return authorizations
        .createAuthorizationQuery()
        .resourceType(Resources.TASK)
        .resourceId(taskId)
        .groupIdIn(Roles.OPERATOR_GROUP)
        .singleResult();
  }

  private Authorization operators(Resource resource) {
    return authorizations
        .createAuthorizationQuery()
        .groupIdIn(Roles.OPERATOR_GROUP)
        .resourceType(resource)
        .resourceId(Authorization.ANY)
        .singleResult();
  }

  private void set(Resource resource, Permission[] all, Permission... permissions) {
    Authorization grant = operators(resource);
    for (Permission p : all) {
      if (!p.getName().equals("NONE") && !p.getName().equals("ALL")) {
        grant.removePermission(p);
      }
    }
    for (Permission p : permissions) {
      grant.addPermission(p);
    }
    authorizations.saveAuthorization(grant);
  }

  private Set<String> granted(Resource resource, Permission[] all) {
    return names(operators(resource).getPermissions(all));
  }

  private static Set<String> names(Permission[] permissions) {
    return Arrays.stream(permissions)
        .map(Permission::getName)
        .filter(n -> !n.equals("NONE"))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
