package jp.gyomu.system.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Keeps deployed models from reaching into the server (decision 0007): the engine's expressions see
 * only the {@link UsableInModels} beans instead of the whole application context, and every
 * deployment passes the {@link DeploymentCheck}s first. The check also runs when the engine reads a
 * stored deployment back into its cache, so a model refused today never runs.
 */
@Component
class ModelGuardPlugin extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;
  private final ObjectProvider<DeploymentCheck> checks;

  ModelGuardPlugin(ApplicationContext context, ObjectProvider<DeploymentCheck> checks) {
    this.context = context;
    this.checks = checks;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setBeans(new UsableBeans(context, ModelBeans.of(context).keySet()));
    List<Deployer> preDeployers =
        configuration.getCustomPreDeployers() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPreDeployers());
    preDeployers.add(0, this::refuseUnsafe);
    configuration.setCustomPreDeployers(preDeployers);
  }

  private void refuseUnsafe(DeploymentEntity deployment) {
    if (deployment.getResources() == null) {
      return;
    }
    for (ResourceEntity resource : deployment.getResources().values()) {
      List<Problem> problems =
          checks
              .orderedStream()
              .flatMap(c -> c.problems(resource.getName(), resource.getBytes()).stream())
              .map(Problem.class::cast)
              .toList();
      if (!problems.isEmpty()) {
        String reasons =
            problems.stream()
                .limit(5)
                .map(p -> "line %d: %s".formatted(p.getLine(), p.getMessage()))
                .collect(Collectors.joining("; "));
        throw new ParseException(
            "The model %s may not be deployed: %s".formatted(resource.getName(), reasons),
            resource.getName(),
            problems,
            List.of());
      }
    }
  }

  /** The engine's view of the application: the usable beans only, each fetched when named. */
  private static final class UsableBeans extends java.util.AbstractMap<Object, Object> {
    private final ApplicationContext context;
    private final Set<String> names;

    UsableBeans(ApplicationContext context, Set<String> names) {
      this.context = context;
      this.names = Set.copyOf(names);
    }

    @Override
    public boolean containsKey(Object key) {
      return names.contains(key);
    }

    @Override
    public Object get(Object key) {
      return names.contains(key) ? context.getBean((String) key) : null;
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
      return names.stream()
          .map(name -> Map.entry((Object) name, context.getBean(name)))
          .collect(Collectors.toUnmodifiableSet());
    }
  }
}
