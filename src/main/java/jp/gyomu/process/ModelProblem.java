package jp.gyomu.process;

import java.util.List;
import org.camunda.bpm.engine.Problem;

/** One reason a model may not be deployed, in the engine's own shape so REST clients see it. */
record ModelProblem(String message, int line, int column, String mainElementId) implements Problem {

  @Override
  public String getMessage() {
    return message;
  }

  @Override
  public int getLine() {
    return line;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public String getMainElementId() {
    return mainElementId;
  }

  @Override
  public List<String> getElementIds() {
    return mainElementId == null ? List.of() : List.of(mainElementId);
  }
}
