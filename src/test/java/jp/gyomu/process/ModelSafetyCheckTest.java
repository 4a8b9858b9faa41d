package jp.gyomu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jp.gyomu.support.ProjectFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelSafetyCheckTest {

  private final ModelSafetyCheck check =
      new ModelSafetyCheck(
          new ExpressionPolicy(
              Map.of(
                  "businessCalendar", Set.of("dueInBusinessDays"),
                  "fieldCheck", Set.of("execute"),
                  "duplicateInvoiceCheck", Set.of("execute"),
                  "recordCorrections", Set.of("notify")),
              Set.of("identityService")::contains));

  static String bpmn(String body) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="d" targetNamespace="http://gyomu.jp/test">
          <bpmn:process id="probe" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="start"/>
            %s
          </bpmn:process>
        </bpmn:definitions>
        """
        .formatted(body);
  }

  private List<ModelProblem> problems(String name, String content) {
    return check.problems(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyModelGyomuShipsPasses() throws IOException {
    try (Stream<Path> files = Files.list(ProjectFolders.processes())) {
      for (Path file : files.filter(f -> f.toString().matches(".*\\.(bpmn|dmn)$")).toList()) {
        assertThat(check.problems(file.getFileName().toString(), Files.readAllBytes(file)))
            .as(file.toString())
            .isEmpty();
      }
    }
  }

  @Test
  void aServiceTaskRunningACommandIsRefusedWithItsElementAndLine() {
    var problems =
        problems(
            "rce.bpmn",
            bpmn(
                "<bpmn:serviceTask id=\"run\" camunda:expression=\"${''.getClass()"
                    + ".forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)"
                    + ".exec('id')}\"/>"));

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).mainElementId()).isEqualTo("run");
    assertThat(problems.get(0).line()).isEqualTo(8);
    assertThat(problems.get(0).message())
        .startsWith("serviceTask 'run', attribute camunda:expression:");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<bpmn:scriptTask id=\"s\" scriptFormat=\"javascript\"><bpmn:script>1</bpmn:script>"
            + "</bpmn:scriptTask>",
        "<bpmn:serviceTask id=\"s\"><bpmn:extensionElements><camunda:executionListener"
            + " event=\"start\"><camunda:script scriptFormat=\"groovy\">'id'.execute()"
            + "</camunda:script></camunda:executionListener></bpmn:extensionElements>"
            + "</bpmn:serviceTask>",
        "<bpmn:serviceTask id=\"s\"><bpmn:extensionElements><camunda:executionListener"
            + " event=\"start\"><camunda:script scriptFormat=\"js\" resource=\"deployment://x.js\"/>"
            + "</camunda:executionListener></bpmn:extensionElements></bpmn:serviceTask>",
        "<bpmn:serviceTask id=\"s\" camunda:class=\"java.lang.ProcessBuilder\"/>",
        "<bpmn:serviceTask id=\"s\" camunda:class=\"org.example.Evil\"/>",
        "<bpmn:serviceTask id=\"s\"><bpmn:extensionElements><camunda:connector>"
            + "<camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>"
            + "</bpmn:extensionElements></bpmn:serviceTask>",
        "<bpmn:sequenceFlow id=\"s\" sourceRef=\"start\" targetRef=\"start\">"
            + "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"groovy\">"
            + "true</bpmn:conditionExpression></bpmn:sequenceFlow>",
        "<bpmn:sequenceFlow id=\"s\" sourceRef=\"start\" targetRef=\"start\">"
            + "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">"
            + "${identityService.createMembership('analyst','camunda-admin') != null}"
            + "</bpmn:conditionExpression></bpmn:sequenceFlow>",
        "<bpmn:userTask id=\"s\" camunda:assignee=\"#{x.class.classLoader}\"/>",
        "<bpmn:serviceTask id=\"s\" camunda:delegateExpression=\"&#36;{''.getClass()}\"/>",
        "<bpmn:serviceTask id=\"s\"><bpmn:extensionElements><camunda:inputOutput>"
            + "<camunda:inputParameter name=\"a\"><![CDATA[${x.getClass()}]]>"
            + "</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>"
            + "</bpmn:serviceTask>",
        "<bpmn:serviceTask id=\"s\" activiti:expression=\"${x.getClass()}\""
            + " xmlns:activiti=\"http://activiti.org/bpmn\"/>"
      })
  void scriptsForeignClassesConnectorsAndUnsafeExpressionsAreRefused(String element) {
    assertThat(problems("probe.bpmn", bpmn(element))).isNotEmpty();
  }

  @Test
  void documentationMayMentionExpressionsWithoutBeingChecked() {
    assertThat(
            problems(
                "doc.bpmn",
                bpmn(
                    "<bpmn:userTask id=\"t\"><bpmn:documentation>Never write"
                        + " ${''.getClass()} here</bpmn:documentation></bpmn:userTask>")))
        .isEmpty();
  }

  @Test
  void gyomusOwnClassesMayBeNamed() {
    assertThat(
            problems(
                "own.bpmn",
                bpmn("<bpmn:serviceTask id=\"s\" camunda:class=\"jp.gyomu.process.Something\"/>")))
        .isEmpty();
  }

  @Test
  void decisionTablesInAScriptLanguageAreRefusedAndFeelPasses() {
    String dmn =
        """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d"
            namespace="http://gyomu.jp/test">
          <decision id="decide" name="Decide">
            <decisionTable id="t">
              <input id="i"><inputExpression id="e" typeRef="string" expressionLanguage="%s">
                <text>amount</text></inputExpression></input>
              <output id="o" name="r" typeRef="string"/>
            </decisionTable>
          </decision>
        </definitions>
        """;
    assertThat(problems("d.dmn", dmn.formatted("feel"))).isEmpty();
    assertThat(problems("d.dmn", dmn.formatted("javascript")))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("FEEL").contains("'e'"));
    assertThat(problems("d.dmn", dmn.formatted("juel"))).isNotEmpty();
  }

  @Test
  void filesThatAreNoModelAreRefusedAndFormsPass() {
    assertThat(problems("x.js", "java.lang.Runtime.getRuntime()")).isNotEmpty();
    assertThat(problems("case.cmmn", "<definitions/>")).isNotEmpty();
    assertThat(problems("review.form", "{\"components\":[]}")).isEmpty();
  }

  @Test
  void aDoctypeIsRefusedBeforeAnyEntityIsRead() {
    var problems =
        problems(
            "xxe.bpmn",
            "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<d>&e;</d>");
    assertThat(problems)
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("DOCTYPE"));
  }
}
