package jp.gyomu.system.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.springframework.stereotype.Component;

/** Makes the engine check passwords with {@link CountlessIdentityProvider}: no user lockout. */
@Component
class NoEngineLockout extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(
        new GenericManagerFactory(CountlessIdentityProvider.class));
  }
}
