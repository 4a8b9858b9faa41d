package jp.gyomu.process;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Keeps deployed models from running code on the server (decision 0007). Two locks: every
 * deployment, whichever door it comes through, is checked by {@link ModelSafetyCheck} before the
 * engine parses it; and the engine's expressions see only the {@link UsableInModels} beans, not the
 * whole application context, so a name that slipped through would still resolve to nothing.
 */
@Component
class ModelSafetyPlugin implements ProcessEnginePlugin {

  private final ApplicationContext context;
  private ModelSafetyCheck check;

  ModelSafetyPlugin(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Map<String, Set<String>> beans = usableBeans();
    configuration.setBeans(new UsableBeans(context, beans.keySet()));
    check = new ModelSafetyCheck(new ExpressionPolicy(beans, context::containsBean));
    List<Deployer> preDeployers =
        configuration.getCustomPreDeployers() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPreDeployers());
    preDeployers.add(0, deployment -> refuseUnsafe(check, deployment));
    configuration.setCustomPreDeployers(preDeployers);
  }

  /** The check every deployment passes, with the engine's own bean list. */
  ModelSafetyCheck check() {
    return check;
  }

  private static void refuseUnsafe(ModelSafetyCheck check, DeploymentEntity deployment) {
    if (deployment.getResources() == null) {
      return;
    }
    for (ResourceEntity resource : deployment.getResources().values()) {
      List<ModelProblem> problems = check.problems(resource.getName(), resource.getBytes());
      if (!problems.isEmpty()) {
        String reasons =
            problems.stream()
                .limit(5)
                .map(p -> "line %d: %s".formatted(p.line(), p.message()))
                .collect(Collectors.joining("; "));
        throw new ParseException(
            "The model %s may not be deployed: %s".formatted(resource.getName(), reasons),
            resource.getName(),
            List.copyOf(problems),
            List.of());
      }
    }
  }

  /** Each {@link UsableInModels} bean with the public methods its own class declares. */
  private Map<String, Set<String>> usableBeans() {
    var beans = new TreeMap<String, Set<String>>();
    for (String name : context.getBeanNamesForAnnotation(UsableInModels.class)) {
      Class<?> type = ClassUtils.getUserClass(context.getType(name));
      beans.put(
          name,
          Arrays.stream(type.getDeclaredMethods())
              .filter(m -> Modifier.isPublic(m.getModifiers()))
              .filter(m -> !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
              .map(Method::getName)
              .collect(Collectors.toUnmodifiableSet()));
    }
    return beans;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {}

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {}

  /** The engine's view of the application: the usable beans only, each fetched when first named. */
  private static final class UsableBeans extends AbstractMap<Object, Object> {
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
    public Set<Entry<Object, Object>> entrySet() {
      return names.stream()
          .map(name -> Map.entry((Object) name, context.getBean(name)))
          .collect(Collectors.toUnmodifiableSet());
    }
  }
}
