package jp.gyomu.system.engine;

import java.util.List;

/**
 * An expression of a model, as a tree Gyomu's own rules can walk without knowing the engine's
 * expression language classes ({@link JuelExpressions#parse}).
 */
public sealed interface Expression {

  /** A name: a variable, a bean, or {@code execution}/{@code task}. */
  record Identifier(String name) implements Expression {}

  /**
   * {@code base.name} or {@code base['name']}; {@code name} is null when the member is computed at
   * run time ({@code base[key]}), and then {@code key} holds the expression that computes it.
   */
  record Property(Expression base, String name, Expression key) implements Expression {}

  /** {@code target.name(arguments)}; {@code name} is null when computed. */
  record Call(Expression target, String name, List<Expression> arguments) implements Expression {}

  /** A function of the expression language, {@code name(arguments)} or {@code prefix:name(...)}. */
  record Function(String name, List<Expression> arguments) implements Expression {}

  /** Literals, operators and text: only their parts matter. */
  record Other(List<Expression> parts) implements Expression {}
}
