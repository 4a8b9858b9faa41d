package jp.gyomu.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.gyomu.support.GyomuIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

class ProcessFolderDeploymentTest extends GyomuIntegrationTest {

  @Autowired ProcessFolderDeployer deployer;
  @Autowired RepositoryService repository;
  @TempDir Path folder;

  @Test
  void anUnchangedFolderCreatesNoNewVersion() throws IOException {
    write("unchanged-a", "Unchanged A");
    write("unchanged-b", "Unchanged B");
    deployer.deploy(folder);

    var again = deployer.deploy(folder);

    assertThat(again.newDefinitions()).isEmpty();
    assertThat(versions("unchanged-a")).isOne();
    assertThat(versions("unchanged-b")).isOne();
  }

  @Test
  void aChangedFileCreatesOneNewVersionOfThatProcessOnly() throws IOException {
    write("changing", "Before");
    write("steady", "Steady");
    deployer.deploy(folder);

    write("changing", "After the analyst saved it");
    var result = deployer.deploy(folder);

    assertThat(result.newDefinitions()).hasSize(1).allMatch(id -> id.startsWith("changing:2:"));
    assertThat(versions("changing")).isEqualTo(2);
    assertThat(versions("steady")).isOne();
    assertThat(
            repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("changing")
                .latestVersion()
                .singleResult()
                .getName())
        .isEqualTo("After the analyst saved it");
  }

  @Test
  void aBrokenFileIsRefusedWithItsNameLineAndReason() throws IOException {
    write("fine", "Fine");
    Path broken = folder.resolve("broken.bpmn");
    Files.writeString(
        broken,
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            targetNamespace="t">
          <bpmn:process id="broken" isExecutable="true">
            <bpmn:startEvent id="s">
          </bpmn:process>
        </bpmn:definitions>
        """);

    assertThatThrownBy(() -> deployer.deploy(folder))
        .isInstanceOf(ProcessDeploymentException.class)
        .hasMessageContaining(broken.toString())
        .hasMessageContaining("line 6")
        .hasMessageContaining("bpmn:startEvent");
    assertThat(versions("fine")).isZero();
  }

  @Test
  void filesUnderTheModelerFolderAreNotDeployed() throws IOException {
    write("visible", "Visible");
    Files.createDirectories(folder.resolve(".camunda"));
    Files.writeString(folder.resolve(".camunda/ignored.bpmn"), "not a model");

    assertThat(deployer.deploy(folder).files()).containsExactly("visible.bpmn");
  }

  private void write(String key, String name) throws IOException {
    Files.writeString(
        folder.resolve(key + ".bpmn"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="t">
          <bpmn:process id="%s" name="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="s"/>
            <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e"/>
            <bpmn:endEvent id="e"/>
          </bpmn:process>
        </bpmn:definitions>
        """
            .formatted(key, name));
  }

  private long versions(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).count();
  }
}
