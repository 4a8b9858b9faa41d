package jp.gyomu.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.gyomu.support.ProjectFolders;
import org.junit.jupiter.api.Test;

/** The pipeline a newcomer reads about in docs/ARCHITECTURE.md is the one that runs. */
class PipelineStepsTest {

  // "   3. `read-pages`: ..." in the numbered list under "A document's path"
  private static final Pattern STEP = Pattern.compile("^ {3}\\d+\\. `([a-z-]+)`");

  @Test
  void theStepsRunInTheOrderTheArchitectureDocumentLists() throws IOException {
    var steps =
        new PipelineSteps(
            new PreflightStep(null, null),
            new DeduplicationStep(null),
            new ReadPagesStep(null, null, null, null, null, new SimpleMeterRegistry()),
            new SearchablePdfStep(null),
            new ClassificationStep(null, null),
            new ExtractFieldsStep(null, null, null, null, null),
            new HandOffStep(null, null));

    assertThat(steps.inOrder())
        .extracting(PipelineStep::name)
        .containsExactlyElementsOf(documentedSteps());
  }

  /** The step names docs/ARCHITECTURE.md lists, in its order. */
  static List<String> documentedSteps() throws IOException {
    String doc = Files.readString(ProjectFolders.root().resolve("docs/ARCHITECTURE.md"));
    String path = doc.substring(doc.indexOf("## A document's path"));
    path = path.substring(0, path.indexOf("\n## ", 1));
    List<String> steps =
        path.lines().map(STEP::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
    assertThat(steps).as("numbered steps in docs/ARCHITECTURE.md").isNotEmpty();
    return steps;
  }
}
