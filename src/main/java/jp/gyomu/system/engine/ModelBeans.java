package jp.gyomu.system.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.util.ClassUtils;

/** The {@link UsableInModels} beans, each with the public methods its own class declares. */
public final class ModelBeans {

  private ModelBeans() {}

  public static Map<String, Set<String>> of(ListableBeanFactory beans) {
    var usable = new TreeMap<String, Set<String>>();
    for (String name : beans.getBeanNamesForAnnotation(UsableInModels.class)) {
      Class<?> type = ClassUtils.getUserClass(beans.getType(name));
      usable.put(
          name,
          Arrays.stream(type.getDeclaredMethods())
              .filter(m -> Modifier.isPublic(m.getModifiers()))
              .filter(m -> !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
              .map(Method::getName)
              .collect(Collectors.toUnmodifiableSet()));
    }
    return usable;
  }
}
