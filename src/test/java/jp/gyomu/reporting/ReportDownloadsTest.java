package jp.gyomu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

class ReportDownloadsTest extends GyomuIntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity);
  }

  @Test
  void theCsvReportIsUtf8WithAByteOrderMarkJapaneseHeadersAndATotalsLine() {
    var answer =
        manager().getForEntity("/dashboard/report.csv?fiscalYear=2026&half=1", byte[].class);
    assertThat(answer.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("gyomu-progress-FY2026-H1.csv");
    String csv = new String(answer.getBody(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFNo,業務名,部局,技術,状態,導入日,処理件数,削減時間 (総),削減時間 (純),備考\r\n");
    String[] lines = csv.split("\r\n");
    assertThat(lines[lines.length - 1]).startsWith("合計,");
  }

  @Test
  void thePrintableReportIsLabelledInBothCalendars() {
    String page = manager().getForObject("/dashboard/report?fiscalYear=2020&half=1", String.class);
    assertThat(page).contains("令和2年度 上半期 (FY2020 H1)").contains("合計");
  }

  @Test
  void theApiIsDescribedInOpenApi() {
    String docs = manager().getForObject("/v3/api-docs", String.class);
    assertThat(docs)
        .contains("/api/automation-tasks/{code}/runs")
        .contains("/api/automation-tasks/import")
        .contains("/api/progress");
  }

  @Test
  void botsDoNotSeeTheDashboard() {
    assertThat(
            rest.withBasicAuth(TestUsers.BOT, TestUsers.PASSWORD)
                .getForEntity("/dashboard", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private TestRestTemplate manager() {
    return rest.withBasicAuth(TestUsers.MANAGER, TestUsers.PASSWORD);
  }
}
