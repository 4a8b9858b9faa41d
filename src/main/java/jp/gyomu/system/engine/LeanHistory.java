package jp.gyomu.system.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricExternalTaskLogEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.CompositeDbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricJobLogEventEntity;
import org.springframework.stereotype.Component;

/**
 * Stores history level {@code full} without the rows nobody reads (decision 0019): a case's
 * history, tasks, activities, variables, incidents, decisions, identity links and the user
 * operation log (the office's audit trail) are all kept; left out are the log rows of jobs and bot
 * steps that were created, succeeded or were deleted (a failure is still logged, with its
 * exception) and the variable-detail row written when a variable is created, whose value the
 * historic variable keeps (later changes are still details). The level in the database stays {@code
 * full}, so {@code GYOMU_ENGINE_LEANHISTORY=false} goes back to everything at any time.
 */
@Component
class LeanHistory extends AbstractProcessEnginePlugin {

  private final EngineSettings settings;

  LeanHistory(EngineSettings settings) {
    this.settings = settings;
  }

  /**
   * After the engine built its default backend (Camunda's database handler plus any custom
   * handlers, e.g. the Spring Boot starter's) and before it runs: the database handler is replaced,
   * the custom ones kept. A backend someone configured instead is left alone.
   */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!settings.leanHistory()
        || !(configuration.getHistoryEventHandler() instanceof CompositeDbHistoryEventHandler)) {
      return;
    }
    List<HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(new Backend());
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setHistoryEventHandler(new CompositeHistoryEventHandler(handlers));
  }

  /** Camunda's database history backend with the rows above left out. */
  static final class Backend extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (isSuccessfulStepLog(event)) {
        return;
      }
      super.handleEvent(event);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return super.shouldWriteHistoricDetail(event)
          && !event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE);
    }

    private static boolean isSuccessfulStepLog(HistoryEvent event) {
      if (event instanceof HistoricJobLogEventEntity job) {
        return !job.isFailureLog();
      }
      if (event instanceof HistoricExternalTaskLogEntity botStep) {
        return !botStep.isFailureLog();
      }
      return false;
    }
  }
}
