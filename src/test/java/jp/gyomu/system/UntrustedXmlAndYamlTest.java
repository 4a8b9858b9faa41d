package jp.gyomu.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import jp.gyomu.process.ProcessDeploymentException;
import jp.gyomu.process.ProcessFolderDeployer;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.Http;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Files people send are parsed without reaching anything else: BPMN and DMN models (deployed over
 * the engine REST API or from the processes folder) cannot read files or expand entity bombs, and
 * the registry's YAML import refuses alias bombs, deep nesting and Java type tags.
 */
class UntrustedXmlAndYamlTest extends GyomuIntegrationTest {

  private static final String BPMN_NS =
      "xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
          + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\"";

  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired ProcessFolderDeployer deployer;
  @LocalServerPort int port;
  @TempDir Path temp;
  Path secretFile;
  String secret;

  @BeforeEach
  void secretOnTheServer() throws Exception {
    Caller.ensureUsers(identity);
    secret = "gyomu-secret-" + UUID.randomUUID();
    secretFile = Files.writeString(temp.resolve("secret.txt"), secret);
  }

  @Test
  void aModelDeployedOverRestCannotReadServerFilesThroughExternalEntities() {
    String bpmn =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE bpmn:definitions [ <!ENTITY secret SYSTEM "%s"> ]>
        <bpmn:definitions %s id="d" targetNamespace="t">
          <bpmn:process id="xxe-probe" name="&secret;" isExecutable="true"
                        camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="s"/>
          </bpmn:process>
        </bpmn:definitions>"""
            .formatted(secretFile.toUri(), BPMN_NS);
    String dmn =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        %s
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                     xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="d" name="%s"
                     namespace="t">
          <decision id="%s" name="%s" camunda:historyTimeToLive="P1D">
            <decisionTable id="t">
              <input id="i"><inputExpression id="e" typeRef="string"><text>x</text></inputExpression></input>
              <output id="o" name="o" typeRef="string"/>
            </decisionTable>
          </decision>
        </definitions>""";
    var plain = deploy("plain.dmn", dmn.formatted("", "plain", "dmn-control", "plain"));
    assertThat(plain.statusCode())
        .as("the same DMN without a DOCTYPE: " + plain.body())
        .isEqualTo(200);
    String doctype =
        "<!DOCTYPE definitions [ <!ENTITY secret SYSTEM \"%s\"> ]>".formatted(secretFile.toUri());
    String xxeDmn = dmn.formatted(doctype, "&secret;", "xxe-decision", "&secret;");
    for (String[] model : new String[][] {{"xxe.bpmn", bpmn}, {"xxe.dmn", xxeDmn}}) {
      var response = deploy(model[0], model[1]);
      // Camunda answers a refused model with 500 and the parser's reason
      assertThat(response.statusCode()).as(model[0] + ": " + response.body()).isIn(400, 500);
      assertThat(response.body()).as(model[0]).doesNotContain(secret);
    }
    assertThat(deploy("xxe.bpmn", bpmn).body()).contains("DOCTYPE is disallowed");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("xxe-probe").count())
        .isZero();
    assertThat(
            repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey("xxe-decision")
                .count())
        .isZero();
  }

  @Test
  void anEntityExpansionBombInAModelIsRefusedAtOnce() {
    var entities = new StringBuilder("<!ENTITY a0 \"lol\">");
    for (int i = 1; i <= 10; i++) {
      String previous = "&a" + (i - 1) + ";";
      entities.append("<!ENTITY a%d \"%s\">".formatted(i, previous.repeat(10)));
    }
    String bpmn =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE bpmn:definitions [ %s ]>
        <bpmn:definitions %s id="d" targetNamespace="t">
          <bpmn:process id="bomb-probe" name="&a10;" isExecutable="true"
                        camunda:historyTimeToLive="P1D"><bpmn:startEvent id="s"/></bpmn:process>
        </bpmn:definitions>"""
            .formatted(entities, BPMN_NS);
    long start = System.nanoTime();
    var response = deploy("bomb.bpmn", bpmn);
    assertThat(response.statusCode()).isIn(400, 500);
    assertThat(response.body()).contains("DOCTYPE is disallowed").doesNotContain("lollollol");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("bomb-probe").count())
        .isZero();
  }

  @Test
  void theProcessesFolderRefusesModelsWithADoctypeWithoutReadingTheEntity() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("processes"));
    Files.writeString(
        folder.resolve("xxe-folder.bpmn"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE bpmn:definitions [ <!ENTITY secret SYSTEM "%s"> ]>
        <bpmn:definitions %s id="d" targetNamespace="t">
          <bpmn:process id="xxe-folder" name="&secret;" isExecutable="true"
                        camunda:historyTimeToLive="P1D"><bpmn:startEvent id="s"/></bpmn:process>
        </bpmn:definitions>"""
            .formatted(secretFile.toUri(), BPMN_NS));
    assertThatThrownBy(() -> deployer.deploy(folder))
        .isInstanceOf(ProcessDeploymentException.class)
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining(secret);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("xxe-folder").count())
        .isZero();
  }

  @Test
  void aYamlAliasBombInARegistryImportIsRefusedAtOnceAndImportsNothing() {
    long start = System.nanoTime();
    String listBomb =
        "- &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
            + "- &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
            + "- &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
            + "- &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
            + "- &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
            + "- &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
            + "- &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
            + "- &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
            + "- &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n"
            + "- code: BOMB-001\n  notes: *i\n";
    var lists = importYaml(listBomb);
    assertThat(lists.statusCode()).as(lists.body()).isEqualTo(400);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(
            new Http(port)
                .get(
                    "/api/automation-tasks/BOMB-001",
                    Caller.ANALYST.user(),
                    Caller.ANALYST.password())
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void deeplyNestedYamlIsRefusedAsBadInput() {
    String deep = "[".repeat(20_000) + "]".repeat(20_000);
    var response = importYaml(deep);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
  }

  @Test
  void yamlTypeTagsCreateNoJavaObjects() {
    Path created = temp.resolve("written-by-yaml");
    String yaml =
        """
        - code: TAG-001
          name_ja: !!java.io.FileOutputStream ["%s"]
          notes: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost:1/"]]]]
        """
            .formatted(created);
    var response = importYaml(yaml);
    assertThat(response.statusCode()).as(response.body()).isIn(200, 400);
    assertThat(created).doesNotExist();
  }

  private java.net.http.HttpResponse<String> deploy(String fileName, String model) {
    String boundary = "xml-probe-" + System.nanoTime();
    String body =
        "--%s\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nxml-probe\r\n"
                .formatted(boundary)
            + "--%s\r\nContent-Disposition: form-data; name=\"data\"; filename=\"%s\"\r\n"
                .formatted(boundary, fileName)
            + "Content-Type: application/octet-stream\r\n\r\n"
            + model
            + "\r\n--%s--\r\n".formatted(boundary);
    return send(
        java.net.http.HttpRequest.newBuilder(uri("/engine-rest/deployment/create"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Authorization", analystBasic())
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
  }

  private java.net.http.HttpResponse<String> importYaml(String yaml) {
    return send(
        java.net.http.HttpRequest.newBuilder(uri("/api/automation-tasks/import?format=yaml"))
            .header("Content-Type", "application/yaml")
            .header("Authorization", analystBasic())
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(yaml)));
  }

  private static String analystBasic() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(
                (Caller.ANALYST.user() + ":" + Caller.ANALYST.password())
                    .getBytes(StandardCharsets.UTF_8));
  }

  private java.net.URI uri(String path) {
    return java.net.URI.create("http://localhost:" + port + path);
  }

  private static java.net.http.HttpResponse<String> send(java.net.http.HttpRequest.Builder r) {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(r.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
