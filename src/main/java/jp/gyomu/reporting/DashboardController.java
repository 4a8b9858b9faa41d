package jp.gyomu.reporting;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.IntStream;
import jp.gyomu.ingestion.DocumentQueries;
import jp.gyomu.registry.FiscalPeriod;
import jp.gyomu.registry.Progress;
import jp.gyomu.registry.ProgressService;
import jp.gyomu.system.PageScriptJson;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The managers' pages: the dashboard, the printable half-year report and its downloads (XLSX and
 * CSV). Without parameters they show the current half year in Japan time.
 */
@Controller
class DashboardController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ProgressService progress;
  private final DocumentQueries documents;
  private final MessageSource messages;
  private final PageScriptJson scriptJson;

  DashboardController(
      ProgressService progress,
      DocumentQueries documents,
      MessageSource messages,
      PageScriptJson scriptJson) {
    this.progress = progress;
    this.documents = documents;
    this.messages = messages;
    this.scriptJson = scriptJson;
  }

  @GetMapping("/dashboard")
  String dashboard(
      @RequestParam(required = false) Integer fiscalYear,
      @RequestParam(required = false) Integer half,
      Locale locale,
      Model model) {
    Progress p = progress.progress(ReportPeriods.of(fiscalYear, half));
    var labels = new ReportLabels(messages, locale);
    model.addAttribute("progress", p);
    model.addAttribute("periodLabel", labels.period(p.period()));
    model.addAttribute("charts", DashboardCharts.json(p, labels, scriptJson));
    int current = FiscalPeriod.fiscalYearOf(LocalDate.now(FiscalPeriod.JAPAN));
    // documents that never became a case wait for an operator in the documents console
    var waiting =
        documents.countsByStatus(null).stream()
            .filter(c -> DocumentQueries.WAITING_FOR_A_PERSON.contains(c.status()))
            .toList();
    model.addAttribute("waitingDocuments", waiting);
    model.addAttribute("waitingStatuses", DocumentQueries.WAITING_FOR_A_PERSON);
    model.addAttribute(
        "waitingTotal", waiting.stream().mapToLong(DocumentQueries.StatusCount::count).sum());
    model.addAttribute("years", IntStream.rangeClosed(current - 3, current + 1).boxed().toList());
    return "dashboard";
  }

  @GetMapping("/dashboard/report")
  String report(
      @RequestParam(required = false) Integer fiscalYear,
      @RequestParam(required = false) Integer half,
      Locale locale,
      Model model) {
    Progress p = progress.progress(ReportPeriods.of(fiscalYear, half));
    model.addAttribute("progress", p);
    model.addAttribute("periodLabel", new ReportLabels(messages, locale).period(p.period()));
    return "report";
  }

  /** Always with Japanese headers: it goes into the council material. */
  @GetMapping("/dashboard/report.xlsx")
  ResponseEntity<byte[]> xlsx(
      @RequestParam(required = false) Integer fiscalYear,
      @RequestParam(required = false) Integer half) {
    Progress p = progress.progress(ReportPeriods.of(fiscalYear, half));
    byte[] body = new ReportWorkbook(new ReportLabels(messages, Locale.JAPANESE)).write(p);
    return download(body, XLSX, fileName(p, "xlsx"));
  }

  @GetMapping("/dashboard/report.csv")
  ResponseEntity<byte[]> csv(
      @RequestParam(required = false) Integer fiscalYear,
      @RequestParam(required = false) Integer half) {
    Progress p = progress.progress(ReportPeriods.of(fiscalYear, half));
    byte[] body = ReportCsv.write(p, new ReportLabels(messages, Locale.JAPANESE));
    return download(body, MediaType.parseMediaType("text/csv;charset=UTF-8"), fileName(p, "csv"));
  }

  private static String fileName(Progress p, String extension) {
    return "gyomu-progress-FY"
        + p.period().fiscalYear()
        + "-H"
        + p.period().half()
        + "."
        + extension;
  }

  private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName).build().toString())
        .body(body);
  }
}
