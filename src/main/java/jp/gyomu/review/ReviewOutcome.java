package jp.gyomu.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.gyomu.fields.FieldType;
import jp.gyomu.process.ProcessVariables;
import jp.gyomu.system.engine.EngineCaller;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;

/**
 * What a review did to a case's fields. Values typed into a form arrive as text when the form (or
 * an edit in Cockpit) did not type them; they are normalised like OCR output so a bot never gets
 * {@code "12,345円"} where it expects a number.
 */
@Service
class ReviewOutcome {

  static final String CORRECTED = "CORRECTED";
  static final String CONFIRMED = "CONFIRMED";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FieldCorrections corrections;

  ReviewOutcome(FieldCorrections corrections) {
    this.corrections = corrections;
  }

  void record(DelegateTask task) {
    Object fieldsVariable = task.getVariable(ProcessVariables.FIELDS);
    if (fieldsVariable == null) {
      return; // a case started without OCR: nothing was read, so nothing was corrected
    }
    ObjectNode fields = parse(fieldsVariable.toString());
    String user = whoCompleted(task);
    var now = OffsetDateTime.now(ZoneOffset.UTC);
    List<FieldCorrection> rows = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
      var entry = it.next();
      String name = entry.getKey();
      ObjectNode field = (ObjectNode) entry.getValue();
      Object after = normalised(field, task.getVariable(name));
      task.setVariable(name, after);
      String before = text(field.get("value"));
      boolean corrected = !Objects.equals(before, after == null ? null : after.toString());
      rows.add(
          new FieldCorrection(
              (String) task.getVariable(ProcessVariables.DOCUMENT_ID),
              task.getProcessDefinitionId().split(":")[0],
              task.getId(),
              name,
              before,
              after == null ? null : after.toString(),
              field.hasNonNull("confidence") ? field.get("confidence").asDouble() : null,
              field.path("status").asText(null),
              corrected,
              user,
              now));
      field.putPOJO("value", after);
      if (corrected) {
        field.put("status", CORRECTED);
      } else if (!"OK".equals(field.path("status").asText())) {
        field.put("status", CONFIRMED);
      }
    }
    corrections.saveAll(rows);
    task.setVariable(ProcessVariables.FIELDS, SpinValues.jsonValue(fields.toString()).create());
  }

  private static Object normalised(ObjectNode field, Object submitted) {
    if (!(submitted instanceof String text)) {
      return submitted;
    }
    if (text.isBlank()) {
      return null;
    }
    var type = FieldType.byId(field.path("type").asText("text")).orElse(FieldType.TEXT);
    if (type == FieldType.TEXT) {
      return text.strip();
    }
    var value = type.normalise(text).value();
    if (value == null) {
      return text.strip(); // keep what the operator typed; the bot will reject it visibly
    }
    return value instanceof java.time.LocalDate date ? date.toString() : value;
  }

  private static String whoCompleted(DelegateTask task) {
    return EngineCaller.current(task.getProcessEngineServices().getIdentityService())
        .orElse(task.getAssignee());
  }

  private static String text(JsonNode value) {
    return value == null || value.isNull() ? null : value.asText();
  }

  private static ObjectNode parse(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalStateException("The case's fields variable is not a JSON object", e);
    }
  }
}
