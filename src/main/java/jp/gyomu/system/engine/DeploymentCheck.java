package jp.gyomu.system.engine;

import java.util.List;
import org.camunda.bpm.engine.Problem;

/**
 * A check every resource of every deployment passes before the engine parses it, whichever door it
 * comes through. A resource with problems fails the whole deployment with the engine's own {@code
 * ParseException} (400 on the engine REST API, with the problems in {@code details}).
 */
public interface DeploymentCheck {

  /** What is wrong with {@code content}, or an empty list. */
  List<? extends Problem> problems(String resourceName, byte[] content);
}
