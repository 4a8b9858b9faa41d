package jp.gyomu.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * bench/ocr-ceiling.sh measures the pipeline with the engine patched to read each page once
 * (decision 0041); the patch is kept beside the script, so a change to the engine that it no longer
 * applies to must be noticed here rather than by the next person who runs it.
 */
class OcrCeilingPatchTest {

  @Test
  void theCeilingPatchStillAppliesToTheOcrEngine() throws Exception {
    assumeTrue(Files.isDirectory(Path.of(".git")) || Files.isRegularFile(Path.of(".git")));
    Process check =
        new ProcessBuilder("git", "apply", "--check", "bench/ocr-ceiling.patch")
            .redirectErrorStream(true)
            .start();
    String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(check.waitFor()).as(output).isZero();
  }
}
