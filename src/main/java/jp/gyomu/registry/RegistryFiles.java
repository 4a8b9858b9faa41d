package jp.gyomu.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;

/**
 * The registry as the files offices keep: CSV (first line the column names, UTF-8, a byte order
 * mark is accepted) and YAML (a list of rows with the same names). Reading checks every row and
 * reports all errors; writing produces files that read back unchanged.
 */
final class RegistryFiles {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

  private RegistryFiles() {}

  enum Format {
    CSV,
    YAML;

    static Format of(String name) {
      String format = name.strip().toUpperCase(Locale.ROOT).replace("YML", "YAML");
      for (Format f : values()) {
        if (f.name().equals(format)) {
          return f;
        }
      }
      throw new IllegalArgumentException("format must be csv or yaml");
    }
  }

  /** Tasks from a file, or every row's errors; row 1 is the first data row. */
  static List<AutomationTask> read(Format format, String content) {
    List<Map<String, String>> rows = format == Format.CSV ? csvRows(content) : yamlRows(content);
    var tasks = new ArrayList<AutomationTask>();
    var errors = new ArrayList<FieldError>();
    var seen = new LinkedHashMap<String, Integer>();
    for (int i = 0; i < rows.size(); i++) {
      int row = i + 1;
      var cells = new EnumMap<TaskColumn, String>(TaskColumn.class);
      for (var cell : rows.get(i).entrySet()) {
        TaskColumn column = column(cell.getKey());
        if (column == null) {
          errors.add(new FieldError(row, cell.getKey(), Reason.of(ReasonCode.UNKNOWN_COLUMN)));
        } else {
          cells.put(column, cell.getValue());
        }
      }
      var parsed = TaskValidator.parse(row, cells);
      errors.addAll(parsed.errors());
      if (parsed.task() != null) {
        Integer earlier = seen.putIfAbsent(parsed.task().code(), row);
        if (earlier != null) {
          errors.add(new FieldError(row, "code", Reason.of(ReasonCode.SAME_CODE_AS_ROW, earlier)));
        }
        tasks.add(parsed.task());
      }
    }
    if (rows.isEmpty()) {
      errors.add(new FieldError(0, "", Reason.of(ReasonCode.FILE_HAS_NO_ROWS)));
    }
    if (!errors.isEmpty()) {
      throw new RegistryValidationException(errors);
    }
    return tasks;
  }

  static String write(Format format, List<AutomationTask> tasks) {
    return format == Format.CSV ? csv(tasks) : yaml(tasks);
  }

  private static TaskColumn column(String header) {
    for (TaskColumn c : TaskColumn.values()) {
      if (c.header().equals(header.strip().toLowerCase(Locale.ROOT))) {
        return c;
      }
    }
    return null;
  }

  private static String csv(List<AutomationTask> tasks) {
    var out = new StringBuilder();
    var headers = new ArrayList<String>();
    for (TaskColumn c : TaskColumn.values()) {
      headers.add(c.header());
    }
    Csv.appendLine(out, headers);
    for (AutomationTask t : tasks) {
      var cells = new ArrayList<String>();
      for (TaskColumn c : TaskColumn.values()) {
        cells.add(c.cell(t));
      }
      Csv.appendLine(out, cells);
    }
    return out.toString();
  }

  private static String yaml(List<AutomationTask> tasks) {
    var rows = new ArrayList<Map<String, String>>();
    for (AutomationTask t : tasks) {
      var row = new LinkedHashMap<String, String>();
      for (TaskColumn c : TaskColumn.values()) {
        String value = c.cell(t);
        if (!value.isEmpty()) {
          row.put(c.header(), value);
        }
      }
      rows.add(row);
    }
    try {
      return YAML.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Map<String, String>> csvRows(String content) {
    List<List<String>> lines = Csv.parse(content);
    if (lines.isEmpty()) {
      return List.of();
    }
    List<String> headers = lines.get(0);
    var rows = new ArrayList<Map<String, String>>();
    for (int i = 1; i < lines.size(); i++) {
      var row = new LinkedHashMap<String, String>();
      List<String> cells = lines.get(i);
      for (int c = 0; c < headers.size(); c++) {
        row.put(headers.get(c), c < cells.size() ? cells.get(c) : "");
      }
      for (int c = headers.size(); c < cells.size(); c++) {
        if (!cells.get(c).isBlank()) {
          row.put("column " + (c + 1), cells.get(c));
        }
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<Map<String, String>> yamlRows(String content) {
    try {
      List<Map<String, Object>> raw = YAML.readValue(content, new TypeReference<>() {});
      var rows = new ArrayList<Map<String, String>>();
      if (raw == null) {
        return rows;
      }
      for (Map<String, Object> r : raw) {
        var row = new LinkedHashMap<String, String>();
        r.forEach((k, v) -> row.put(k, v == null ? "" : v.toString()));
        rows.add(row);
      }
      return rows;
    } catch (JsonProcessingException e) {
      throw new RegistryValidationException(
          List.of(
              new FieldError(
                  0, "", Reason.of(ReasonCode.NOT_A_YAML_LIST, e.getOriginalMessage()))));
    }
  }
}
