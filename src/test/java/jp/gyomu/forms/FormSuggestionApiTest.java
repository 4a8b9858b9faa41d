package jp.gyomu.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.fields.FieldTemplateLoader;
import jp.gyomu.fields.FieldType;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.Http;
import jp.gyomu.support.Http.FormPart;
import jp.gyomu.support.TestUsers;
import jp.gyomu.testdocs.TestDocumentFiles;
import jp.gyomu.testdocs.forms.GeneratedForm;
import jp.gyomu.testdocs.forms.GeneratedForms;
import jp.gyomu.testdocs.forms.OfficeForms;
import jp.gyomu.testdocs.forms.PageVariant;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code POST /api/document-types/suggest} against the whole application over HTTP with real OCR: a
 * scan of a form Gyomu has no template for comes back as a template the loader takes as it is, with
 * the page's lines and words and where each field is; a file that is not a scan is refused naming
 * the part; managers may not send samples.
 */
class FormSuggestionApiTest extends GyomuIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = TestUsers.PASSWORD;

  @Autowired IdentityService identity;
  @LocalServerPort int port;
  @TempDir Path folder;
  Http http;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity);
    http = new Http(port);
  }

  @Test
  void aSampleScanOfAnUnknownFormComesBackAsATemplateTheLoaderTakesAsItIs() throws Exception {
    // 就学援助費受給申請書: no template in processes/; a tuning seed of the generator
    GeneratedForm form =
        GeneratedForms.generate(OfficeForms.SCHOOL_AID_APPLICATION, 1001, PageVariant.CLEAN);
    byte[] scan =
        Files.readAllBytes(TestDocumentFiles.writePng(form.document(), folder, "school-aid"));

    var answer =
        http.multipart(
            "POST",
            "/api/document-types/suggest",
            List.of(FormPart.file("sample", "school-aid.png", scan)),
            TestUsers.ANALYST,
            PASSWORD);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    JsonNode body = JSON.readTree(answer.body());
    String id = body.path("id").asText();
    assertThat(body.path("definition").path("id").asText()).isEqualTo(id);
    assertThat(body.path("definition").path("name").path("ja").asText()).contains("就学援助");
    Path file = folder.resolve(id + FieldTemplateLoader.SUFFIX);
    Files.writeString(file, body.path("yaml").asText());
    FieldTemplate template = FieldTemplateLoader.load(file);
    assertThat(template.fields()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(template.fields())
        .extracting(f -> f.type())
        .contains(FieldType.DATE, FieldType.PHONE, FieldType.CHECKBOX, FieldType.TABLE);

    JsonNode page = body.path("page");
    assertThat(page.path("width").asInt()).isEqualTo(form.document().image().getWidth());
    JsonNode firstWord = page.path("lines").get(0).path("words").get(0);
    assertThat(firstWord.path("box").path("width").asInt()).isPositive();
    assertThat(firstWord.path("confidence").isNumber()).isTrue();
    assertThat(body.path("placements").size()).isEqualTo(template.fields().size());
    assertThat(body.path("placements").get(0).path("value").path("height").asInt()).isPositive();

    var yaml =
        http.multipart(
            "POST",
            "/api/document-types/suggest?format=yaml",
            List.of(FormPart.file("sample", "school-aid.png", scan)),
            TestUsers.ANALYST,
            PASSWORD);
    assertThat(yaml.statusCode()).as(yaml.body()).isEqualTo(200);
    assertThat(yaml.headers().firstValue("Content-Type").orElse("")).startsWith("application/yaml");
    assertThat(yaml.body()).contains("id: " + id).contains("fields:");
  }

  @Test
  void aFileThatIsNotAScanIsRefusedNamingThePartAndTheReason() throws Exception {
    var answer =
        http.multipart(
            "POST",
            "/api/document-types/suggest",
            List.of(
                FormPart.file(
                    "sample", "notes.txt", "申請日 令和6年5月1日".getBytes(StandardCharsets.UTF_8))),
            TestUsers.ANALYST,
            PASSWORD);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(415);
    JsonNode problem = JSON.readTree(answer.body());
    assertThat(problem.path("detail").asText()).startsWith("sample: ");
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
  }

  @Test
  void aManagerMayNotSendSamples() throws Exception {
    var answer =
        http.multipart(
            "POST",
            "/api/document-types/suggest",
            List.of(FormPart.file("sample", "x.png", new byte[] {1, 2, 3})),
            TestUsers.MANAGER,
            PASSWORD);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
  }
}
