package jp.gyomu.system.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNode;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/** Reads a JUEL expression with the engine's own parser into an {@link Expression} tree. */
public final class JuelExpressions {

  // the features the engine's expression manager enables, so both read the same grammar
  private static final Builder PARSER =
      new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

  private JuelExpressions() {}

  /**
   * @throws IllegalArgumentException when the text is no valid expression, with the parser's reason
   */
  public static Expression parse(String text) {
    try {
      return convert(PARSER.build(text).getRoot());
    } catch (TreeBuilderException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static Expression convert(Node node) {
    if (node instanceof AstMethod method) {
      AstProperty target = (AstProperty) method.getChild(0);
      return new Expression.Call(
          convert(target.getChild(0)), memberName(target), parts(method.getChild(1)));
    }
    if (node instanceof AstProperty property) {
      String name = memberName(property);
      Expression key =
          name == null && property.getCardinality() > 1 ? convert(property.getChild(1)) : null;
      return new Expression.Property(convert(property.getChild(0)), name, key);
    }
    if (node instanceof AstIdentifier identifier) {
      return new Expression.Identifier(identifier.getName());
    }
    if (node instanceof AstFunction function) {
      return new Expression.Function(function.getName(), parts(function));
    }
    return new Expression.Other(parts(node));
  }

  private static List<Expression> parts(Node node) {
    var parts = new ArrayList<Expression>();
    for (int i = 0; i < node.getCardinality(); i++) {
      Node child = node.getChild(i);
      // a function's or method's arguments come wrapped in one parameters node
      if (child instanceof org.camunda.bpm.impl.juel.AstParameters) {
        parts.addAll(parts(child));
      } else {
        parts.add(convert(child));
      }
    }
    return parts;
  }

  /** The member a property or call names, or null when it is computed ({@code a[b]}). */
  private static String memberName(AstProperty property) {
    if (property instanceof AstDot dot) {
      return dot.toString().substring(2); // ". name"
    }
    if (property instanceof AstBracket && property.getCardinality() > 1) {
      Node key = property.getChild(1);
      if (key instanceof AstString || key instanceof AstNumber) {
        return String.valueOf(((AstNode) key).eval(null, null));
      }
    }
    return null;
  }
}
