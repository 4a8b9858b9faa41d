package jp.gyomu.process;

import java.util.List;
import jp.gyomu.system.engine.DeploymentCheck;
import jp.gyomu.system.engine.ModelBeans;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Gyomu's rules for deployed models (decision 0007; docs/PROCESSES.md, "What expressions may do"),
 * applied by the engine adapter to every deployment.
 */
@Component
class ModelSafety implements DeploymentCheck {

  private final ModelSafetyCheck check;

  ModelSafety(ApplicationContext context) {
    this.check =
        new ModelSafetyCheck(new ExpressionPolicy(ModelBeans.of(context), context::containsBean));
  }

  @Override
  public List<ModelProblem> problems(String resourceName, byte[] content) {
    return check.problems(resourceName, content);
  }
}
