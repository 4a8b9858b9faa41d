package jp.gyomu.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jp.gyomu.support.ProjectFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Modeler element templates are valid against Camunda's published schema
 * (@camunda/element-templates-json-schema 0.22.1, MIT licence, vendored in src/test/resources).
 */
class ElementTemplatesTest {

  static final Path FOLDER = ProjectFolders.processes().resolve(".camunda/element-templates");
  static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> templates() throws IOException {
    try (var files = Files.list(FOLDER)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("templates")
  void matchesTheElementTemplateSchema(Path template) throws IOException {
    var messages = schema().validate(JSON.readTree(template.toFile()));
    assertThat(messages).as(template.getFileName().toString()).isEmpty();
  }

  @Test
  void gyomusFourReusableStepsHaveTemplates() throws IOException {
    List<String> ids =
        templates().map(ElementTemplatesTest::read).map(t -> t.get("id").asText()).toList();
    assertThat(ids)
        .containsExactlyInAnyOrder(
            "jp.gyomu.ocrHandoffStart",
            "jp.gyomu.fieldCheck",
            "jp.gyomu.ocrReview",
            "jp.gyomu.rpaBotStep");
  }

  static JsonNode read(Path template) {
    try {
      return JSON.readTree(template.toFile());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonSchema schema() throws IOException {
    try (InputStream in =
        ElementTemplatesTest.class.getResourceAsStream(
            "/element-templates/element-templates-schema-0.22.1.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }
}
