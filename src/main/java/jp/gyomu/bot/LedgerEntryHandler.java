package jp.gyomu.bot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the reference bot does with one case: enters it as a ledger row, as a clerk would type it
 * into the office's system. Shows every answer a bot can give: complete with output variables, a
 * BPMN error the process handles ({@code LEDGER_REJECTED}: a required value is blank), and a
 * failure with fewer retries each time, ending in an incident Cockpit shows.
 */
public final class LedgerEntryHandler implements ExternalTaskHandler {

  public static final String LEDGER_REJECTED = "LEDGER_REJECTED";
  static final String ENTERED_AT = "処理日時";
  static final String DOCUMENT_ID = "文書ID";
  static final String RESULT = "結果";
  static final int FIRST_RETRIES = 3;
  static final Duration RETRY_AFTER = Duration.ofMinutes(1);
  private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Tokyo");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger log = LoggerFactory.getLogger(LedgerEntryHandler.class);

  private final LedgerWorkbook ledger;
  private final Duration lockDuration;

  public LedgerEntryHandler(LedgerWorkbook ledger, Duration lockDuration) {
    this.ledger = ledger;
    this.lockDuration = lockDuration;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    try {
      JsonNode fields = fields(task);
      List<String> blank = blankRequired(fields, task);
      if (!blank.isEmpty()) {
        service.handleBpmnError(
            task, LEDGER_REJECTED, "必須項目が空のため台帳に登録できません: " + String.join("、", blank));
        return;
      }
      // a real RPA step may wait on a slow screen: keep the case locked while working on it
      service.extendLock(task, lockDuration.toMillis());
      int row =
          ledger.enter(
              task.getProcessDefinitionKey(), task.getProcessInstanceId(), row(task, fields));
      log.info(
          "Entered case {} of {} as row {}",
          task.getBusinessKey(),
          task.getProcessDefinitionKey(),
          row);
      Map<String, Object> output = new LinkedHashMap<>();
      output.put("ledgerRow", row);
      output.put(
          "ledgerFile", ledger.file(task.getProcessDefinitionKey()).getFileName().toString());
      service.complete(task, output);
    } catch (IOException | RuntimeException e) {
      int retries = task.getRetries() == null ? FIRST_RETRIES : task.getRetries() - 1;
      log.warn("Could not enter case {} ({} retries left)", task.getBusinessKey(), retries, e);
      service.handleFailure(
          task,
          "台帳に書き込めません: " + e.getMessage(),
          e.toString(),
          Math.max(retries, 0),
          RETRY_AFTER.toMillis());
    }
  }

  /** Entered time, document id, then each field under its Japanese label, in the form's order. */
  private static Map<String, Object> row(ExternalTask task, JsonNode fields) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(ENTERED_AT, LocalDateTime.now(OFFICE_ZONE).withNano(0));
    if (fields == null) {
      row.put(RESULT, "完了"); // a bot-only task such as the nightly reconciliation
      return row;
    }
    row.put(DOCUMENT_ID, task.getBusinessKey());
    fields
        .fields()
        .forEachRemaining(
            f ->
                row.put(
                    f.getValue().path("label").asText(f.getKey()), task.getVariable(f.getKey())));
    return row;
  }

  private static List<String> blankRequired(JsonNode fields, ExternalTask task) {
    List<String> blank = new ArrayList<>();
    if (fields == null) {
      return blank;
    }
    fields
        .fields()
        .forEachRemaining(
            f -> {
              Object value = task.getVariable(f.getKey());
              if (f.getValue().path("required").asBoolean()
                  && (value == null || value.toString().isBlank())) {
                blank.add(f.getValue().path("label").asText(f.getKey()));
              }
            });
    return blank;
  }

  private static JsonNode fields(ExternalTask task) throws JsonProcessingException {
    Object fields = task.getVariable("fields");
    return fields == null ? null : JSON.readTree(fields.toString());
  }
}
