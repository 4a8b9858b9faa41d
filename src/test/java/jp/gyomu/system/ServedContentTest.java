package jp.gyomu.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import jp.gyomu.support.Await;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.Http;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What people upload never comes back as something a browser would run: text is text/plain with
 * nosniff, images and PDFs are the ones Gyomu renders, markup posing as a scan is quarantined and
 * never served, and Gyomu's pages carry a Content-Security-Policy and escape what users typed.
 */
class ServedContentTest extends GyomuIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MARKUP = "<script>alert('gyomu')</script>";

  @Autowired IdentityService identity;
  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void users() {
    http = new Http(port);
    Caller.ensureUsers(identity);
  }

  @Test
  void theTextOfADocumentIsPlainTextThatBrowsersMayNotSniff() throws Exception {
    String id = upload("report.pdf", pdfWithText(MARKUP + " " + UUID.randomUUID()), "english-test");
    assertThat(awaitSettled(id).get("status").asText()).isNotEqualTo("QUARANTINED");

    var text = get("/api/documents/" + id + "/text");
    assertThat(text.statusCode()).isEqualTo(200);
    assertThat(text.body()).contains(MARKUP);
    assertThat(text.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
    assertThat(text.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(text.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("inline").contains(".txt"));

    var pdf = http.getBytes("/api/documents/" + id + "/pdf", user(), password());
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pdf.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    var page = http.getBytes("/api/documents/" + id + "/pages/1.png", user(), password());
    assertThat(page.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(page.body()[1]).isEqualTo((byte) 'P');
  }

  @Test
  void markupUploadedUnderAnImageOrPdfNameIsQuarantinedAndNeverServed() throws Exception {
    String nonce = UUID.randomUUID().toString();
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert('" + nonce + "')</script></svg>";
    String html = "<html><body>" + MARKUP + nonce + "</body></html>";
    String polyglot = "<html><body>" + MARKUP + "<!-- %PDF-1.7 " + nonce + " --></body></html>";
    String[][] uploads = {
      {"scan.png", svg}, {"scan.jpg", html}, {"<img src=x onerror=alert(1)>.pdf", polyglot}
    };
    for (String[] upload : uploads) {
      String id = upload(upload[0], upload[1].getBytes(StandardCharsets.UTF_8), null);
      JsonNode document = awaitSettled(id);
      assertThat(document.get("status").asText()).as(upload[0]).isEqualTo("QUARANTINED");
      for (String served : new String[] {"/text", "/pdf", "/pages/1.png"}) {
        var response = get("/api/documents/" + id + served);
        assertThat(response.statusCode()).as(upload[0] + served).isEqualTo(404);
        assertThat(response.body()).doesNotContain(nonce);
      }
      var details = get("/api/documents/" + id);
      assertThat(details.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
      assertThat(details.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
  }

  @Test
  void gyomusPagesCarryAContentSecurityPolicyAndTheWebappsTheirOwn() {
    var login = http.get("/login");
    assertThat(login.headers().allValues("Content-Security-Policy"))
        .containsExactly(BrowserHeaders.GYOMU_POLICY);
    assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    var cockpit = http.get("/camunda/app/cockpit/default/");
    assertThat(cockpit.headers().allValues("Content-Security-Policy"))
        .singleElement()
        .asString()
        .doesNotContain(BrowserHeaders.GYOMU_POLICY)
        .contains("frame-ancestors 'none'");
  }

  @Test
  void whatUsersTypeIntoTheRegistryIsEscapedOnTheDashboard() {
    String code = "XSS-" + (System.nanoTime() % 100000);
    String task =
        """
        {"code":"%s","name_ja":"%s","department":"</script><script>alert(2)</script>",
         "technology":"RPA","status":"CANDIDATE",
         "baseline_minutes":10}"""
            .formatted(code, MARKUP);
    var created =
        http.send(
            "POST",
            "/api/automation-tasks",
            Caller.ANALYST.user(),
            Caller.ANALYST.password(),
            "application/json",
            task);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String page = http.get("/dashboard", Caller.MANAGER.user(), Caller.MANAGER.password()).body();
    assertThat(page).contains(code).doesNotContain(MARKUP).doesNotContain("<script>alert(2)");
  }

  private String upload(String name, byte[] content, String type) throws Exception {
    var response = http.upload("/api/documents", name, content, type, user(), password());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return JSON.readTree(response.body()).get("id").asText();
  }

  private JsonNode awaitSettled(String id) {
    return Await.until(
        "document " + id + " to settle",
        () -> {
          try {
            JsonNode document = JSON.readTree(get("/api/documents/" + id).body()).get("document");
            return document.get("status").asText().equals("RECEIVED") ? null : document;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private HttpResponse<String> get(String path) {
    return http.get(path, user(), password());
  }

  private static String user() {
    return Caller.OPERATOR.user();
  }

  private static String password() {
    return Caller.OPERATOR.password();
  }

  private static byte[] pdfWithText(String text) throws Exception {
    try (var pdf = new PDDocument()) {
      var page = new PDPage();
      pdf.addPage(page);
      try (var content = new PDPageContentStream(pdf, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      var out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    }
  }
}
