package jp.gyomu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionPolicyTest {

  private final ExpressionPolicy policy =
      new ExpressionPolicy(
          Map.of(
              "businessCalendar", Set.of("dueInBusinessDays"),
              "fieldCheck", Set.of("execute")),
          Set.of("identityService", "dataSource", "businessCalendar", "fieldCheck")::contains);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${approved}",
        "${requestedAmount >= 1000000}",
        "${duplicateOf != null}",
        "${not empty reviewReasons and amount > 0 ? 'yes' : 'no'}",
        "${fieldCheck}",
        "${businessCalendar.dueInBusinessDays(2)}",
        "${businessCalendar.dueInBusinessDays(days + 1)}",
        "${invoice.issuer.name == 'X'}",
        "${invoice['issuer']}",
        "${items[0].amount}",
        "${execution.getVariable('amount') > 10}",
        "${execution.processBusinessKey}",
        "${task.assignee}",
        "${currentUser()}",
        "${dateTime().plusDays(2).toDate()}",
        "${reviewReasons.isEmpty()}",
        "${invoice.lines.size() > 3}",
        "申請番号 ${applicationNumber} の確認",
        "gyomu-operators"
      })
  void expressionsAnalystsWriteAreAllowed(String expression) {
    assertThat(policy.refusal(expression)).as(expression).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)"
            + ".exec('id')}",
        "${identityService.createMembership('analyst','camunda-admin')}",
        "${identityService}",
        "${dataSource.connection}",
        "${x.class}",
        "${x.class.classLoader}",
        "${x['class']}",
        "${x[name]}",
        "${x.getClass()}",
        "${x.toString().getClass()}",
        "${execution.getProcessEngineServices()}",
        "${execution.processEngineServices.identityService}",
        "${execution.processEngine}",
        "${task.execution.processInstance}",
        "${businessCalendar.toString()}",
        "${businessCalendar.execute(execution)}",
        "${businessCalendar.extraClosedDays}",
        "${fn:exec('id')}",
        "${S(json).prop('a')}",
        "${dateTime().getClass()}",
        "${execution.getVariable('x').getClass()}",
        "${fieldCheck.getClass().getClassLoader()}",
        "${approved && ''.getClass() != null}",
        "${businessCalendar.dueInBusinessDays(''.getClass().hashCode())}",
        "${unclosed"
      })
  void expressionsThatReachBeyondTheCaseAreRefused(String expression) {
    assertThat(policy.refusal(expression)).as(expression).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"${identityService}", "${dataSource.connection}"})
  void aRefusalNamesTheBeanThatMayNotBeUsed(String expression) {
    assertThat(policy.refusal(expression).orElseThrow()).contains("may not use");
  }

  @ParameterizedTest
  @ValueSource(strings = {"${businessCalendar.toString()}"})
  void aRefusalOfAHelperMethodListsTheMethodsThatMayBeCalled(String expression) {
    assertThat(policy.refusal(expression).orElseThrow()).contains("dueInBusinessDays");
  }
}
