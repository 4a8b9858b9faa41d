package jp.gyomu.process;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

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

  private static final Builder PARSER =
      new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

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
    Node root;
    try {
      root = PARSER.build(text).getRoot();
    } catch (TreeBuilderException e) {
      return Optional.of("the expression cannot be read: " + e.getMessage());
    }
    return Optional.ofNullable(check(root));
  }

  private String check(Node node) {
    if (node instanceof AstMethod method) {
      return checkCall(method);
    }
    if (node instanceof AstProperty property) {
      return checkProperty(property);
    }
    if (node instanceof AstIdentifier identifier) {
      return checkName(identifier.getName());
    }
    if (node instanceof AstFunction function && !FUNCTIONS.contains(function.getName())) {
      return "the function '%s' is not available in models (only %s)"
          .formatted(function.getName(), String.join(", ", FUNCTIONS.stream().sorted().toList()));
    }
    return checkChildren(node, 0);
  }

  private String checkChildren(Node node, int from) {
    for (int i = from; i < node.getCardinality(); i++) {
      String refusal = check(node.getChild(i));
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

  private String checkCall(AstMethod method) {
    AstProperty target = (AstProperty) method.getChild(0);
    String name = memberName(target);
    Node base = target.getChild(0);
    String refusal = checkChildren(method, 1); // the arguments
    if (refusal != null) {
      return refusal;
    }
    if (name == null) {
      return "a method name must be written out, not computed";
    }
    if (base instanceof AstIdentifier identifier) {
      String object = identifier.getName();
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
      if (checkName(object) != null) {
        return checkName(object);
      }
      return VALUE_METHODS.contains(name)
          ? null
          : "the method '%s' may not be called in models".formatted(name);
    }
    if (isDateTime(base) && DATE_METHODS.contains(name)) {
      return null;
    }
    if (base instanceof AstProperty data && VALUE_METHODS.contains(name)) {
      return checkProperty(data);
    }
    return "a method ('%s') may be called only on a variable or a Gyomu helper, not on the result of another expression"
        .formatted(name);
  }

  private static boolean isDateTime(Node node) {
    if (node instanceof AstFunction f) {
      return f.getName().equals("dateTime") || f.getName().equals("now");
    }
    return node instanceof AstMethod m
        && DATE_METHODS.contains(memberName((AstProperty) m.getChild(0)))
        && isDateTime(m.getChild(0).getChild(0));
  }

  private String checkProperty(AstProperty property) {
    String name = memberName(property);
    Node base = property.getChild(0);
    if (name == null) {
      return "a property name must be written out, not computed";
    }
    if (FORBIDDEN_PROPERTIES.contains(name)) {
      return "the property '%s' is not available in models".formatted(name);
    }
    if (base instanceof AstIdentifier identifier) {
      String object = identifier.getName();
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
    if (base instanceof AstProperty inner) {
      return checkProperty(inner);
    }
    return "properties may be read only from variables, not from the result of a call";
  }

  /** The member a property or call names, or null when it is computed ({@code a[b]}). */
  private static String memberName(AstProperty property) {
    if (property instanceof AstDot dot) {
      return dot.toString().substring(2); // ". name"
    }
    if (property instanceof AstBracket && property.getCardinality() > 1) {
      Node key = property.getChild(1);
      if (key instanceof AstString || key instanceof AstNumber) {
        return String.valueOf(((org.camunda.bpm.impl.juel.AstNode) key).eval(null, null));
      }
    }
    return null;
  }
}
