package jp.gyomu.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.gyomu.GyomuApplication;
import jp.gyomu.support.ProjectFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** An analyst's broken model must stop Gyomu with a message that says where to look. */
class BrokenProcessStopsStartupTest {

  @Test
  void startUpFailsNamingTheBrokenFileAndLine(@TempDir Path data, @TempDir Path processes)
      throws IOException {
    Path broken = processes.resolve("half-saved.bpmn");
    Files.writeString(
        broken,
        "<?xml version=\"1.0\"?>\n<bpmn:definitions xmlns:bpmn=\"x\">\n<oops",
        StandardCharsets.UTF_8);

    Throwable failure =
        catchThrowable(
            () ->
                new SpringApplicationBuilder(GyomuApplication.class)
                    .run(
                        "--server.port=0",
                        "--gyomu.data-dir=" + data,
                        "--gyomu.processes-dir=" + processes,
                        "--gyomu.connectors-dir=" + ProjectFolders.connectors(),
                        "--gyomu.admin-password=irrelevant-Passw0rd",
                        // a second engine in this JVM needs its own name
                        "--camunda.bpm.process-engine-name=brokenStart")
                    .close());

    Throwable cause = failure;
    while (cause != null && !(cause instanceof ProcessDeploymentException)) {
      cause = cause.getCause();
    }
    assertThat(cause)
        .as("start-up failure caused by the broken model")
        .isNotNull()
        .hasMessageContaining(broken.toString())
        .hasMessageContaining("line 3");
  }
}
