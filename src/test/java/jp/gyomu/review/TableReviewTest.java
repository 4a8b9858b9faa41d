package jp.gyomu.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.gyomu.process.CaseField;
import jp.gyomu.process.CaseFields;
import jp.gyomu.process.CaseStarter;
import jp.gyomu.support.Await;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.Http;
import jp.gyomu.support.TestCases;
import jp.gyomu.support.TestUsers;
import jp.gyomu.system.Roles;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * An invoice's line items (a table field) through a case and its review: a Json variable of its
 * own, rows in the case's {@code fields}, and a review completed over the engine REST API as the
 * review form submits it (a Json variable), with cells normalised by their columns' types.
 */
class TableReviewTest extends GyomuIntegrationTest {

  static final String OPERATOR = "table-review-operator";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired CaseStarter caseStarter;
  @Autowired PlatformTransactionManager transactions;
  final ObjectMapper json = new ObjectMapper();
  ProcessInstance instance;
  Task review;

  private static Map<String, Object> item(String name, Long quantity, Long price, Long amount) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("itemName", name);
    row.put("quantity", quantity);
    row.put("unitPrice", price);
    row.put("amount", amount);
    return row;
  }

  @BeforeEach
  void anInvoiceWithLineItemsWaitingForReview() {
    TestUsers.ensure(identity, OPERATOR, Roles.OPERATOR_GROUP);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("invoiceDate", LocalDate.of(2026, 5, 1));
    values.put("invoiceNumber", "INV-" + UUID.randomUUID().toString().substring(0, 8));
    values.put("issuer", "株式会社みらい文具");
    values.put("totalAmount", 33_000L);
    values.put(
        "lineItems", List.of(item("保守作業", 2L, 10_000L, 20_000L), item("出張費", 1L, null, 10_000L)));
    instance =
        new TestCases(caseStarter, transactions, runtime).start("invoice", values, "totalAmount");
    review =
        Await.until(
            "review",
            () -> tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult());
    tasks.claim(review.getId(), OPERATOR);
  }

  @Test
  void aCaseCarriesTheRowsAsAJsonVariableAndInItsFieldsWithTheColumns() {
    Object variable = runtime.getVariable(instance.getId(), "lineItems");
    CaseField field = fields(runtime.getVariable(instance.getId(), "fields")).get("lineItems");

    assertThat(variable).isInstanceOf(SpinJsonNode.class);
    assertThat(((SpinJsonNode) variable).elements()).hasSize(2);
    assertThat(field.value())
        .isEqualTo(List.of(item("保守作業", 2L, 10_000L, 20_000L), item("出張費", 1L, null, 10_000L)));
    assertThat(field.columns())
        .extracting(CaseField.Column::name, CaseField.Column::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("itemName", "text"),
            org.assertj.core.groups.Tuple.tuple("quantity", "number"),
            org.assertj.core.groups.Tuple.tuple("unitPrice", "amount"),
            org.assertj.core.groups.Tuple.tuple("amount", "amount"));
  }

  @Test
  void aReviewThatCorrectsACellKeepsTheRowsTypedAndMarksTheTableCorrected() throws Exception {
    // as the review form sends it: numbers typed, a cell typed as text, an emptied row
    String rows =
        """
        [{"itemName":"保守作業","quantity":2,"unitPrice":10000,"amount":20000},
         {"itemName":"出張費","quantity":"1","unitPrice":"¥10,000","amount":10000},
         {"itemName":null,"quantity":null,"unitPrice":null,"amount":null}]""";

    complete(Map.of("lineItems", Map.of("type", "Json", "value", rows)));

    CaseField field = reviewedFields().get("lineItems");
    assertThat(field.value())
        .isEqualTo(List.of(item("保守作業", 2L, 10_000L, 20_000L), item("出張費", 1L, 10_000L, 10_000L)));
    assertThat(field.status()).isEqualTo(CaseField.Status.CORRECTED);
    assertThat(field.correctedBy()).isEqualTo(OPERATOR);
    Object variable =
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instance.getId())
            .variableName("lineItems")
            .singleResult()
            .getValue();
    assertThat(variable).isInstanceOf(SpinJsonNode.class);
  }

  @Test
  void aReviewThatKeepsTheRowsLeavesTheTableAsItWas() throws Exception {
    String rows =
        """
        [{"itemName":"保守作業","quantity":2,"unitPrice":10000,"amount":20000},
         {"itemName":"出張費","quantity":1,"unitPrice":null,"amount":10000}]""";

    complete(Map.of("lineItems", Map.of("type", "Json", "value", rows)));

    assertThat(reviewedFields().get("lineItems").status()).isEqualTo(CaseField.Status.OK);
  }

  private void complete(Map<String, Object> variables) throws Exception {
    var answer =
        new Http(port)
            .send(
                "POST",
                "/engine-rest/task/" + review.getId() + "/complete",
                OPERATOR,
                TestUsers.PASSWORD,
                "application/json",
                json.writeValueAsString(Map.of("variables", variables)));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
  }

  private Map<String, CaseField> reviewedFields() {
    return fields(
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instance.getId())
            .variableName("fields")
            .singleResult()
            .getValue());
  }

  private static Map<String, CaseField> fields(Object variable) {
    return CaseFields.parse(variable.toString());
  }
}
