package jp.gyomu.system.engine;

import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.cmd.SetExternalTaskRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetExternalTasksRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockExternalTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.PermissionCheckBuilder;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Two rules the engine's grants cannot express, added to its own authorization checks (so both
 * {@code /engine-rest} and the webapps' API obey them):
 *
 * <ul>
 *   <li>A task claimed by someone is theirs: nobody else completes, unclaims or reassigns it,
 *       except an administrator. The engine checks the permission on the task, not who holds it.
 *   <li>Retrying a bot step (setting an external task's retries, or unlocking it so a bot takes it
 *       again) needs RETRY_JOB, as retrying a job does. The engine asks UPDATE on the case for it,
 *       the same permission as completing the step or modifying the case, which operators must not
 *       have.
 * </ul>
 *
 * This is the one place Gyomu extends engine internals (command checkers); the Operaton fork keeps
 * the same classes under {@code org.operaton}.
 */
@Component
class WorkRules extends AbstractProcessEnginePlugin {

  private static final Set<Class<?>> BOT_STEP_RETRIES =
      Set.of(
          SetExternalTaskRetriesCmd.class,
          SetExternalTasksRetriesCmd.class,
          UnlockExternalTaskCmd.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandChecker> checkers = new ArrayList<>();
    checkers.add(new TenantCommandChecker());
    checkers.add(new Checker());
    configuration.setCommandCheckers(checkers);
  }

  /** The engine's authorization checks with Gyomu's two rules. */
  static final class Checker extends AuthorizationCommandChecker {

    @Override
    public void checkTaskWork(TaskEntity task) {
      super.checkTaskWork(task);
      ensureNotSomeoneElses(task);
    }

    @Override
    public void checkTaskAssign(TaskEntity task) {
      super.checkTaskAssign(task);
      ensureNotSomeoneElses(task);
    }

    @Override
    public void checkUpdateProcessInstanceById(String processInstanceId) {
      if (!retryingABotStep()) {
        super.checkUpdateProcessInstanceById(processInstanceId);
        return;
      }
      ExecutionEntity execution = findExecutionById(processInstanceId);
      if (execution == null) {
        return;
      }
      String key = execution.getProcessDefinition().getKey();
      getAuthorizationManager()
          .checkAuthorization(
              new PermissionCheckBuilder()
                  .disjunctive()
                  .atomicCheckForResourceId(
                      PROCESS_INSTANCE, processInstanceId, ProcessInstancePermissions.RETRY_JOB)
                  .atomicCheckForResourceId(
                      PROCESS_DEFINITION, key, ProcessDefinitionPermissions.RETRY_JOB)
                  .atomicCheckForResourceId(PROCESS_INSTANCE, processInstanceId, UPDATE)
                  .atomicCheckForResourceId(PROCESS_DEFINITION, key, UPDATE_INSTANCE)
                  .build());
    }

    private static boolean retryingABotStep() {
      var invocation = Context.getCommandInvocationContext();
      return invocation != null && BOT_STEP_RETRIES.contains(invocation.getCommand().getClass());
    }

    /** Engine-internal work (no user) and administrators pass; so does the task's holder. */
    private void ensureNotSomeoneElses(TaskEntity task) {
      var context = Context.getCommandContext();
      Authentication user = context.getAuthentication();
      String holder = task.getAssignee();
      if (holder == null
          || !getAuthorizationManager().isAuthorizationEnabled()
          || !context.isAuthorizationCheckEnabled()
          || user == null
          || user.getUserId() == null
          || holder.equals(user.getUserId())
          || getAuthorizationManager().isCamundaAdmin(user)) {
        return;
      }
      throw new AuthorizationException(
          user.getUserId(),
          TaskPermissions.TASK_WORK.getName(),
          Resources.TASK.resourceName(),
          task.getId());
    }
  }
}
