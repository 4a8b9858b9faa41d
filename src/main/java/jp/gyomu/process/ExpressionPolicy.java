package jp.gyomu.process;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import jp.gyomu.system.engine.Expression;
import jp.gyomu.system.engine.Expression.Call;
import jp.gyomu.system.engine.Expression.Function;
import jp.gyomu.system.engine.Expression.Identifier;
import jp.gyomu.system.engine.Expression.Property;
import jp.gyomu.system.engine.JuelExpressions;
import jp.gyomu.system.engine.UsableInModels;

/**
 * What an expression in a deployed model may do. JUEL calls any method of any object it reaches
 * ({@code ''.getClass().forName(...)}), so whoever deploys a model could run code on the server;
 * the policy therefore admits only: variables and literals, operators, properties of variables, a
 * few harmless methods on variables, the engine's own functions, the case's execution or task
 * through named members, and calls of the methods that {@link UsableInModels} beans declare.
 * Everything else is refused before the engine sees the model (docs/PROCESSES.md lists it).
 */
final class ExpressionPolicy {

  /** Engine functions: who is logged in, and the time. */
  private static final Set<String> FUNCTIONS =
      Set.of("now", "dateTime", "currentUser", "currentUserGroups");

  /** Members of the case objects the engine puts into every expression. */
  private static final Set<String> CASE_OBJECTS = Set.of("execution", "task", "externalTask");

  private static final Set<String> CASE_MEMBERS =
      Set.of(
          "getVariable",
          "getVariableLocal",
          "hasVariable",
          "hasVariableLocal",
          "getVariables",
          "getProcessBusinessKey",
          "getBusinessKey",
          "getId",
          "getProcessInstanceId",
          "getProcessDefinitionId",
          "getCurrentActivityId",
          "getCurrentActivityName",
          "getActivityInstanceId",
          "getEventName",
          "getAssignee",
          "getOwner",
          "getName",
          "getTaskDefinitionKey",
          "getPriority",
          "getDueDate",
          "getCreateTime",
          "getTopicName");

  /** Methods of strings, numbers and collections that read and never reach further. */
  private static final Set<String> VALUE_METHODS =
      Set.of(
          "size",
          "isEmpty",
          "contains",
          "containsKey",
          "equals",
          "equalsIgnoreCase",
          "startsWith",
          "endsWith",
          "length",
          "trim",
          "strip",
          "toUpperCase",
          "toLowerCase",
          "substring",
          "indexOf",
          "compareTo");

  /** Date arithmetic on {@code dateTime()}, the usual way to write a due date. */
  private static final Set<String> DATE_METHODS =
      Set.of(
          "plusYears",
          "plusMonths",
          "plusWeeks",
          "plusDays",
          "plusHours",
          "plusMinutes",
          "minusYears",
          "minusMonths",
          "minusWeeks",
          "minusDays",
          "minusHours",
          "minusMinutes",
          "withTimeAtStartOfDay",
          "toDate");

  /** Properties that lead from data to the JVM (class loaders, reflection). */
  private static final Set<String> FORBIDDEN_PROPERTIES =
      Set.of("class", "classLoader", "declaringClass", "module", "protectionDomain");

  private final Map<String, Set<String>> beanMethods;
  private final Predicate<String> isOtherSpringBean;

  /**
   * @param beanMethods the beans models may use, each with the methods a model may call on it
   * @param isOtherSpringBean names of the application's other beans, refused by name
   */
  ExpressionPolicy(Map<String, Set<String>> beanMethods, Predicate<String> isOtherSpringBean) {
    this.beanMethods = Map.copyOf(beanMethods);
    this.isOtherSpringBean = isOtherSpringBean;
  }

  /** Why {@code text} may not be deployed, or empty when it may. */
  Optional<String> refusal(String text) {
    Expression root;
    try {
      root = JuelExpressions.parse(text);
    } catch (IllegalArgumentException e) {
      return Optional.of("the expression cannot be read: " + e.getMessage());
    }
    return Optional.ofNullable(check(root));
  }

  private String check(Expression node) {
    if (node instanceof Call call) {
      return checkCall(call);
    }
    if (node instanceof Property property) {
      return checkProperty(property);
    }
    if (node instanceof Identifier identifier) {
      return checkName(identifier.name());
    }
    if (node instanceof Function function) {
      return FUNCTIONS.contains(function.name())
          ? checkAll(function.arguments())
          : "the function '%s' is not available in models (only %s)"
              .formatted(function.name(), String.join(", ", FUNCTIONS.stream().sorted().toList()));
    }
    return checkAll(((Expression.Other) node).parts());
  }

  private String checkAll(List<Expression> parts) {
    for (Expression part : parts) {
      String refusal = check(part);
      if (refusal != null) {
        return refusal;
      }
    }
    return null;
  }

  private String checkName(String name) {
    if (isOtherSpringBean.test(name) && !beanMethods.containsKey(name)) {
      return "'%s' is a part of Gyomu that models may not use".formatted(name);
    }
    return null;
  }

  private String checkCall(Call call) {
    String name = call.name();
    String refusal = checkAll(call.arguments());
    if (refusal != null) {
      return refusal;
    }
    if (name == null) {
      return "a method name must be written out, not computed";
    }
    if (call.target() instanceof Identifier identifier) {
      String object = identifier.name();
      Set<String> methods = beanMethods.get(object);
      if (methods != null) {
        return methods.contains(name)
            ? null
            : "'%s' has no method '%s' that models may call (it has: %s)"
                .formatted(object, name, String.join(", ", methods.stream().sorted().toList()));
      }
      if (CASE_OBJECTS.contains(object)) {
        return CASE_MEMBERS.contains(name)
            ? null
            : "'%s.%s' is not available in models".formatted(object, name);
      }
      String refusedName = checkName(object);
      if (refusedName != null) {
        return refusedName;
      }
      return VALUE_METHODS.contains(name)
          ? null
          : "the method '%s' may not be called in models".formatted(name);
    }
    if (isDateTime(call.target()) && DATE_METHODS.contains(name)) {
      return null;
    }
    if (call.target() instanceof Property data && VALUE_METHODS.contains(name)) {
      return checkProperty(data);
    }
    return ("a method ('%s') may be called only on a variable or a Gyomu helper, not on the result"
            + " of another expression")
        .formatted(name);
  }

  /** {@code dateTime()} or {@code now()}, with date arithmetic whose arguments pass too. */
  private boolean isDateTime(Expression node) {
    if (node instanceof Function f) {
      return (f.name().equals("dateTime") || f.name().equals("now")) && f.arguments().isEmpty();
    }
    return node instanceof Call call
        && DATE_METHODS.contains(call.name())
        && checkAll(call.arguments()) == null
        && isDateTime(call.target());
  }

  private String checkProperty(Property property) {
    String name = property.name();
    if (name == null) {
      return "a property name must be written out, not computed";
    }
    if (FORBIDDEN_PROPERTIES.contains(name)) {
      return "the property '%s' is not available in models".formatted(name);
    }
    if (property.base() instanceof Identifier identifier) {
      String object = identifier.name();
      if (beanMethods.containsKey(object)) {
        return "'%s' may only be named or have its methods called, not its properties read"
            .formatted(object);
      }
      if (CASE_OBJECTS.contains(object)) {
        String getter = "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return CASE_MEMBERS.contains(getter)
            ? null
            : "'%s.%s' is not available in models".formatted(object, name);
      }
      return checkName(object);
    }
    if (property.base() instanceof Property inner) {
      return checkProperty(inner);
    }
    return "properties may be read only from variables, not from the result of a call";
  }
}
