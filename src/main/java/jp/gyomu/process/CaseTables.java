package jp.gyomu.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.gyomu.fields.FieldType;

/**
 * A table field's value as a case carries it: a list of rows, each a map from column name to cell.
 * Reviews submit it as JSON (a Json variable from the review form, text from an edit in Cockpit);
 * each cell is normalised by its column's type like OCR output.
 */
final class CaseTables {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_LONG_FOR_INTS).build();
  private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {};

  private CaseTables() {}

  /**
   * The submitted rows, each cell normalised by its column's type; rows left empty are dropped.
   * Text that is no JSON list of rows is kept as it is, for the bot to reject visibly.
   *
   * @param submitted a list of maps, or its JSON (a String or Camunda's Spin JSON node)
   * @param columns the table's columns, or null when unknown (cells are then kept as submitted)
   */
  static Object normalise(Object submitted, List<CaseField.Column> columns) {
    List<Map<String, Object>> rows;
    if (submitted instanceof List<?>) {
      rows = JSON.convertValue(submitted, ROWS);
    } else {
      String text = submitted.toString();
      try {
        rows = JSON.readValue(text, ROWS);
      } catch (JsonProcessingException | IllegalArgumentException e) {
        return text.isBlank() ? null : text.strip();
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> row : rows == null ? List.<Map<String, Object>>of() : rows) {
      Map<String, Object> cells = new LinkedHashMap<>();
      if (columns == null) {
        row.forEach((name, cell) -> cells.put(name, CaseField.caseValue(cell)));
      } else {
        for (CaseField.Column column : columns) {
          cells.put(column.name(), cell(row.get(column.name()), column.type()));
        }
      }
      if (cells.values().stream().anyMatch(v -> v != null)) {
        out.add(cells);
      }
    }
    return out;
  }

  private static Object cell(Object value, String type) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    FieldType fieldType = FieldType.byId(type).orElse(FieldType.TEXT);
    if (value instanceof Number number && fieldType != FieldType.TEXT) {
      return number.longValue();
    }
    String text = value.toString().strip();
    if (fieldType == FieldType.TEXT) {
      return text;
    }
    Object normalised = fieldType.normalise(text).value();
    return normalised == null ? text : CaseField.caseValue(normalised);
  }
}
