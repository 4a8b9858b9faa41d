package jp.gyomu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * The field check writes needsReview and reviewReasons only when its decision changes them
 * (decision 0023): a case the OCR and the rules both pass costs no variable update, and a rule's
 * finding is still written, with its history detail.
 */
class FieldCheckWritesOnlyChangesTest extends ProcessTestSupport {

  static final String TOPIC = "rpa.travel-expense";

  @Test
  void aCaseTheRulesPassKeepsTheOcrVerdictWithoutRewritingIt() {
    ProcessInstance instance =
        cases.start("travel-expense", TravelExpenseProcessTest.claim(12_800L));
    completeBotStep(instance, TOPIC);
    awaitEnded(instance);

    assertThat(updatedVariables(instance)).doesNotContain("needsReview", "reviewReasons");
    assertThat(historicValue(instance, "needsReview")).isEqualTo(false);
    assertThat(historicValue(instance, "reviewReasons")).isEqualTo("");
  }

  @Test
  void aRuleFindingIsWrittenAndKeptInHistory() {
    ProcessInstance instance =
        cases.start("travel-expense", TravelExpenseProcessTest.claim(120_000L));
    awaitTask(instance, "review");

    assertThat(updatedVariables(instance)).contains("needsReview", "reviewReasons");
    assertThat(runtime.getVariable(instance.getId(), "needsReview")).isEqualTo(true);
    assertThat((String) runtime.getVariable(instance.getId(), "reviewReasons")).isNotBlank();
  }

  private List<String> updatedVariables(ProcessInstance instance) {
    return history
        .createHistoricDetailQuery()
        .processInstanceId(instance.getId())
        .variableUpdates()
        .list()
        .stream()
        .map(d -> ((HistoricVariableUpdate) d).getVariableName())
        .toList();
  }

  private Object historicValue(ProcessInstance instance, String name) {
    return history
        .createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId())
        .variableName(name)
        .singleResult()
        .getValue();
  }
}
