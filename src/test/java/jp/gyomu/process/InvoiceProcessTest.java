package jp.gyomu.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import jp.gyomu.system.Roles;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

class InvoiceProcessTest extends ProcessTestSupport {

  static final String TOPIC = "rpa.invoice";

  /** A fresh invoice number per test: earlier tests' cases stay in the shared history. */
  static Map<String, Object> invoice(String number) {
    Map<String, Object> values = new HashMap<>();
    values.put("invoiceDate", LocalDate.of(2026, 5, 1));
    values.put("invoiceNumber", number);
    values.put("issuer", "株式会社みらい文具");
    values.put("totalAmount", 55_000L);
    values.put("dueDate", LocalDate.of(2026, 5, 31));
    return values;
  }

  static String newNumber() {
    return "INV-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void newConfidentInvoiceIsEnteredIntoTheLedger() {
    ProcessInstance instance = cases.start("invoice", invoice(newNumber()));

    completeBotStep(instance, TOPIC);
    awaitEnded(instance);

    assertThat(instance)
        .hasPassed("duplicateCheck", "fieldCheck", "ledgerEntry", "done")
        .hasNotPassed("confirmDuplicate", "review");
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName("duplicateOf")
                .singleResult()
                .getValue())
        .isNull();
  }

  @Test
  void sameIssuerAndNumberIsHeldAndCanBeRejected() {
    String number = newNumber();
    ProcessInstance first = cases.start("invoice", invoice(number));
    awaitBotStep(first, TOPIC);

    ProcessInstance second = cases.start("invoice", invoice(number));
    var confirm = awaitTask(second, "confirmDuplicate");
    assertThat(isCandidate(confirm, Roles.OPERATOR_GROUP)).isTrue();
    assertThat(runtime.getVariable(second.getId(), "duplicateOf"))
        .isEqualTo(first.getBusinessKey());

    completeAs(
        "operator-1",
        Roles.OPERATOR_GROUP,
        confirm,
        Map.of("rejectAsDuplicate", true, "duplicateComment", "同じ請求書が 2 度届いた"));

    awaitEnded(second);
    assertThat(second).hasPassed("rejectedAsDuplicate").hasNotPassed("ledgerEntry");
  }

  @Test
  void aSuspectedDuplicateIsNeitherRejectedWithoutAReasonNorDecidedByDefault() {
    String number = newNumber();
    ProcessInstance first = cases.start("invoice", invoice(number));
    awaitBotStep(first, TOPIC);
    ProcessInstance second = cases.start("invoice", invoice(number));
    var confirm = awaitTask(second, "confirmDuplicate");

    assertThatThrownBy(() -> completeAs("operator-1", Roles.OPERATOR_GROUP, confirm, Map.of()))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("rejectAsDuplicate");
    assertThatThrownBy(
            () ->
                completeAs(
                    "operator-1",
                    Roles.OPERATOR_GROUP,
                    confirm,
                    Map.of("rejectAsDuplicate", true, "duplicateComment", " ")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("duplicateComment");
    assertThat(second).isWaitingAt("confirmDuplicate");
  }

  @Test
  void aSuspectedDuplicateTheOperatorClearsContinues() {
    String number = newNumber();
    ProcessInstance first = cases.start("invoice", invoice(number));
    awaitBotStep(first, TOPIC);
    ProcessInstance second = cases.start("invoice", invoice(number), "totalAmount");

    var confirm = awaitTask(second, "confirmDuplicate");
    completeAs("operator-1", Roles.OPERATOR_GROUP, confirm, Map.of("rejectAsDuplicate", false));

    var review = awaitTask(second, "review");
    completeAs("operator-1", Roles.OPERATOR_GROUP, review, Map.of("totalAmount", 55_000L));
    completeBotStep(second, TOPIC);
    awaitEnded(second);
    assertThat(second).hasPassed("confirmDuplicate", "review", "done");
  }

  @Test
  void aMissingInvoiceNumberGoesToReviewNotToTheDuplicateCheckOperator() {
    Map<String, Object> values = invoice(null);
    ProcessInstance instance = cases.start("invoice", values);

    awaitTask(instance, "review");
    assertThat((String) runtime.getVariable(instance.getId(), "reviewReasons")).contains("請求書番号");
    assertThat(instance).hasNotPassed("confirmDuplicate");
  }
}
