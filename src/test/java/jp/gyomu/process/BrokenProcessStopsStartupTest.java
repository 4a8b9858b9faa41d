package jp.gyomu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jp.gyomu.GyomuApplication;
import jp.gyomu.support.ProjectFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst's broken model must stop Gyomu with a message that says where to look. Gyomu runs as
 * its own process here, as an operator starts it: a second engine inside the test JVM would share
 * Camunda's static registries with the suite's engine.
 */
class BrokenProcessStopsStartupTest {

  @Test
  void startUpFailsNamingTheBrokenFileAndLine(@TempDir Path data, @TempDir Path processes)
      throws IOException, InterruptedException {
    Path broken = processes.resolve("half-saved.bpmn");
    Files.writeString(
        broken,
        "<?xml version=\"1.0\"?>\n<bpmn:definitions xmlns:bpmn=\"x\">\n<oops",
        StandardCharsets.UTF_8);
    Path log = data.resolve("start.log");

    Process gyomu =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                GyomuApplication.class.getName(),
                "--server.port=0",
                "--gyomu.data-dir=" + data,
                "--gyomu.processes-dir=" + processes,
                "--gyomu.connectors-dir=" + ProjectFolders.connectors(),
                "--gyomu.admin-password=irrelevant-Passw0rd",
                "--gyomu.demo.enabled=false",
                "--gyomu.bot.enabled=false")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();

    assertThat(gyomu.waitFor(3, TimeUnit.MINUTES)).as("Gyomu stopped by itself").isTrue();
    assertThat(gyomu.exitValue()).isNotZero();
    assertThat(Files.readString(log))
        .contains("Cannot deploy " + broken + ", line 3")
        .doesNotContain("Gyomu is ready");
  }
}
