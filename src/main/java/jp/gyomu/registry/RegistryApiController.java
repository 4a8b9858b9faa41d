package jp.gyomu.registry;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry's REST API. Analysts edit, managers read, bots only report runs (SecurityConfig).
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Automation registry", description = "Automated business tasks, targets and progress")
class RegistryApiController {

  private final RegistryService registry;
  private final ProgressService progress;

  RegistryApiController(RegistryService registry, ProgressService progress) {
    this.registry = registry;
    this.progress = progress;
  }

  @GetMapping("/automation-tasks")
  @Operation(summary = "All registered business tasks, by code")
  List<AutomationTask> tasks() {
    return registry.tasks();
  }

  @PostMapping("/automation-tasks")
  @Operation(summary = "Register a business task; its status starts its history")
  ResponseEntity<AutomationTask> create(@RequestBody AutomationTask task, Principal user) {
    AutomationTask created = registry.create(task, user.getName());
    return ResponseEntity.created(URI.create("/api/automation-tasks/" + created.code()))
        .body(created);
  }

  @GetMapping("/automation-tasks/{code}")
  @Operation(summary = "One business task")
  AutomationTask task(@PathVariable String code) {
    return registry.task(code);
  }

  @PutMapping("/automation-tasks/{code}")
  @Operation(summary = "Change a business task; a status change is added to its history")
  AutomationTask update(
      @PathVariable String code, @RequestBody AutomationTask task, Principal user) {
    if (task.code() != null && !task.code().equals(code)) {
      throw new RegistryValidationException(
          List.of(new FieldError(0, "code", Reason.of(ReasonCode.CODE_DIFFERS_FROM_URL))));
    }
    return registry.update(withCode(task, code), user.getName());
  }

  @GetMapping("/automation-tasks/{code}/history")
  @Operation(
      summary = "Every status change of a task, oldest first",
      description =
          "changed_at is when the status took effect, recorded_at when it was entered, with who"
              + " entered it and the note given.")
  List<StatusChange> history(@PathVariable String code) {
    return registry.statusHistory(code);
  }

  @PostMapping("/automation-tasks/{code}/status-changes")
  @Operation(
      summary = "Move a task to a new status, as of the day it took effect, with a note",
      description =
          "effective_date defaults to today (Japan); it may be earlier (a decision entered"
              + " afterwards) but not in the future nor before the task's last status change. The"
              + " change counts from that day in progress figures. A task going into production"
              + " without a go-live date gets that day as its go_live_date. Answers the new history"
              + " entry; refusals are 400 problems with errors by field (status, effective_date,"
              + " note).")
  ResponseEntity<StatusChange> changeStatus(
      @PathVariable String code, @RequestBody StatusChangeRequest change, Principal user) {
    StatusChange recorded = registry.changeStatus(code, change, user.getName());
    return ResponseEntity.created(URI.create("/api/automation-tasks/" + code + "/history"))
        .body(recorded);
  }

  @PostMapping("/automation-tasks/{code}/runs")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Report cases handled by a bot outside BPMN",
      description =
          "Cases handled and the minutes people still spent on them; performed_at"
              + " defaults to now.")
  void reportRun(@PathVariable String code, @RequestBody RunReport run, Principal user) {
    registry.reportRun(code, run, user.getName());
  }

  @PostMapping(
      path = "/automation-tasks/import",
      consumes = {"text/csv", "application/yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE})
  @Operation(
      summary = "Import the registry from CSV or YAML",
      description =
          "Creates or updates tasks by code. Every row is checked; if any row is"
              + " invalid, nothing is imported and the answer (400, a problem) lists each refused"
              + " value in errors: row, field and message.")
  RegistryService.ImportResult importFile(
      @RequestParam(defaultValue = "csv") String format,
      @RequestBody byte[] content,
      Principal user) {
    return registry.importFile(format, new String(content, StandardCharsets.UTF_8), user.getName());
  }

  @GetMapping("/automation-tasks/export")
  @Operation(summary = "Export the registry as CSV (UTF-8 with BOM) or YAML")
  ResponseEntity<byte[]> exportFile(@RequestParam(defaultValue = "csv") String format) {
    boolean csv = RegistryFiles.Format.of(format) == RegistryFiles.Format.CSV;
    String body = registry.exportFile(format);
    return ResponseEntity.ok()
        .header(
            "Content-Disposition",
            "attachment; filename=automation-tasks." + (csv ? "csv" : "yaml"))
        .contentType(MediaType.parseMediaType(csv ? "text/csv;charset=UTF-8" : "application/yaml"))
        .body((csv ? Csv.BYTE_ORDER_MARK + body : body).getBytes(StandardCharsets.UTF_8));
  }

  /** A fiscal year's target. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Target(int fiscalYear, Integer taskCount) {}

  @GetMapping("/automation-targets/{fiscalYear}")
  @Operation(summary = "How many tasks should count as automated by the end of a fiscal year")
  Target target(@PathVariable int fiscalYear) {
    return new Target(
        fiscalYear, registry.target(fiscalYear).stream().boxed().findFirst().orElse(null));
  }

  @PutMapping("/automation-targets/{fiscalYear}")
  @Operation(summary = "Set a fiscal year's target")
  Target setTarget(@PathVariable int fiscalYear, @RequestBody Target target, Principal user) {
    if (target.taskCount() == null) {
      throw new RegistryValidationException(
          List.of(new FieldError(0, "task_count", Reason.of(ReasonCode.REQUIRED))));
    }
    registry.setTarget(fiscalYear, target.taskCount(), user.getName());
    return new Target(fiscalYear, target.taskCount());
  }

  @GetMapping("/progress")
  @Operation(
      summary = "Tasks automated against the target and hours saved (gross and net)",
      description =
          "Japanese fiscal year (April to March); half 1 = 上半期 (April to September),"
              + " 2 = 下半期 (October to March); without half, the whole year. Defaults to the"
              + " current fiscal year.")
  Progress progress(
      @RequestParam(required = false) Integer fiscalYear,
      @RequestParam(required = false) Integer half) {
    int year =
        fiscalYear != null
            ? fiscalYear
            : FiscalPeriod.fiscalYearOf(LocalDate.now(FiscalPeriod.JAPAN));
    return progress.progress(new FiscalPeriod(year, half == null ? 0 : half));
  }

  private static AutomationTask withCode(AutomationTask t, String code) {
    return new AutomationTask(
        code,
        t.nameJa(),
        t.nameEn(),
        t.department(),
        t.division(),
        t.technology(),
        t.status(),
        t.goLiveDate(),
        t.processKey(),
        t.baselineMinutes(),
        t.expectedAnnualCases(),
        t.notes());
  }
}
