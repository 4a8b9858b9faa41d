package jp.gyomu.support;

import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Puts the current test context's engine back into Camunda's static registries. When the test
 * context cache swaps contexts, Spring starts the new one before it closes the evicted one, and the
 * old engine's shutdown unregisters the name "default", which now belongs to the new engine: the
 * REST API and webapps would then answer "No process engine available". Production runs one context
 * and never meets this.
 */
public class EngineRegistrationRepair extends AbstractTestExecutionListener {

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void prepareTestInstance(TestContext testContext) {
    if (!testContext.hasApplicationContext()) {
      return;
    }
    var beans = testContext.getApplicationContext().getBeanProvider(ProcessEngine.class);
    ProcessEngine engine = beans.getIfAvailable();
    if (engine == null) {
      return;
    }
    if (ProcessEngines.getProcessEngines().get(engine.getName()) != engine) {
      ProcessEngines.registerProcessEngine(engine);
    }
    var container = RuntimeContainerDelegate.INSTANCE.get();
    ProcessEngine registered =
        container.getProcessEngineService().getProcessEngine(engine.getName());
    if (registered != engine) {
      if (registered != null) {
        container.unregisterProcessEngine(registered);
      }
      container.registerProcessEngine(engine);
    }
  }
}
