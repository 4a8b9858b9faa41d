package jp.gyomu.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.gyomu.fields.FieldDefinition;
import jp.gyomu.fields.FieldExtraction;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.fields.FieldType;
import jp.gyomu.fields.Widths;

/**
 * The values a scan should give, by field name ({@code "applicationDate": "2024-04-01"}) or table
 * cell ({@code "lineItems[0].amount": 1200}), compared with what was read after both are normalised
 * by the field's type: dates as ISO dates, amounts and numbers as numbers, check boxes as
 * true/false, text without whitespace and with folded widths.
 */
final class ExpectedValues {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern KEY =
      Pattern.compile("([a-z][A-Za-z0-9]*)(?:\\[(\\d{1,4})]\\.([a-z][A-Za-z0-9]*))?");

  /** One expected value against the value read. */
  @Schema(description = "One expected value against the value read")
  record Comparison(
      @Schema(example = "applicationDate") String key,
      @Schema(example = "2024-04-01") Object expected,
      @Schema(example = "2024-04-01") Object read,
      boolean right) {}

  /** A key of the expected values, resolved against the template. */
  private record Target(String key, FieldDefinition field, Integer row, String column) {

    FieldType type() {
      return column == null
          ? field.type()
          : field.columns().stream()
              .filter(c -> c.name().equals(column))
              .findFirst()
              .orElseThrow()
              .type();
    }

    /** The per-field tally's name: a table column's cells count together. */
    String tally() {
      return column == null ? key : field.name() + "." + column;
    }
  }

  private final List<Target> targets;
  private final List<JsonNode> values;

  private ExpectedValues(List<Target> targets, List<JsonNode> values) {
    this.targets = targets;
    this.values = values;
  }

  static ExpectedValues none() {
    return new ExpectedValues(List.of(), List.of());
  }

  /**
   * @param json an object of expected values, e.g. {@code {"applicationDate": "2024-04-01"}}
   * @throws IllegalArgumentException (400) for text that is not such an object, or a key that names
   *     no field or column of the template
   */
  static ExpectedValues parse(String json, FieldTemplate template) {
    return parse(json, template, false);
  }

  /**
   * Like {@link #parse(String, FieldTemplate)}, but skips keys the template no longer has: values
   * kept with a test scan while the analyst renames or removes fields.
   */
  static ExpectedValues parseKnown(String json, FieldTemplate template) {
    return parse(json, template, true);
  }

  private static ExpectedValues parse(String json, FieldTemplate template, boolean skipUnknown) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "expected: not JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(
          "expected: an object of field name to value, e.g. {\"applicationDate\": \"2024-04-01\"}");
    }
    List<Target> targets = new ArrayList<>();
    List<JsonNode> values = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      var entry = it.next();
      Target target;
      try {
        target = target(entry.getKey(), template);
      } catch (IllegalArgumentException e) {
        if (skipUnknown) {
          continue;
        }
        throw e;
      }
      if (target.field().type() == FieldType.TABLE && target.column() == null) {
        List<Target> cells = new ArrayList<>();
        List<JsonNode> cellValues = new ArrayList<>();
        try {
          expandRows(target, entry.getValue(), cells, cellValues, template);
        } catch (IllegalArgumentException e) {
          if (skipUnknown) {
            continue;
          }
          throw e;
        }
        targets.addAll(cells);
        values.addAll(cellValues);
      } else {
        targets.add(target);
        values.add(entry.getValue());
      }
    }
    return new ExpectedValues(List.copyOf(targets), List.copyOf(values));
  }

  /** {@code "lineItems": [{"amount": 1200}]} is each of its cells. */
  private static void expandRows(
      Target table,
      JsonNode rows,
      List<Target> targets,
      List<JsonNode> values,
      FieldTemplate template) {
    if (!rows.isArray()) {
      throw new IllegalArgumentException(
          "expected: "
              + table.key()
              + " is a table: a list of rows, or cells such as "
              + table.key()
              + "[0]."
              + table.field().columns().get(0).name());
    }
    for (int i = 0; i < rows.size(); i++) {
      JsonNode row = rows.get(i);
      if (!row.isObject()) {
        throw new IllegalArgumentException(
            "expected: " + table.key() + "[" + i + "] is a row: an object of column to value");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
        var cell = it.next();
        targets.add(target(table.key() + "[" + i + "]." + cell.getKey(), template));
        values.add(cell.getValue());
      }
    }
  }

  private static Target target(String key, FieldTemplate template) {
    Matcher m = KEY.matcher(key);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected: '"
              + key
              + "' is neither a field name nor a table cell like lineItems[0].amount");
    }
    FieldDefinition field =
        template.fields().stream()
            .filter(f -> f.name().equals(m.group(1)))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "expected: " + template.id() + " has no field " + m.group(1)));
    if (m.group(3) == null) {
      return new Target(key, field, null, null);
    }
    if (field.columns().stream().noneMatch(c -> c.name().equals(m.group(3)))) {
      throw new IllegalArgumentException(
          "expected: " + field.name() + " has no column " + m.group(3));
    }
    return new Target(key, field, Integer.valueOf(m.group(2)), m.group(3));
  }

  /** Each expected value against the extraction, in the order given. */
  List<Comparison> compare(FieldExtraction extraction) {
    List<Comparison> comparisons = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      Target target = targets.get(i);
      Object expected = normalised(target.type(), values.get(i));
      Object read = read(target, extraction);
      comparisons.add(
          new Comparison(
              target.key(),
              printable(expected),
              printable(read),
              Objects.equals(canonical(expected), canonical(read))));
    }
    return comparisons;
  }

  /** The tally name of each comparison's key, in the same order. */
  List<String> tallies() {
    return targets.stream().map(Target::tally).toList();
  }

  private static Object read(Target target, FieldExtraction extraction) {
    Object value = extraction.field(target.field().name()).map(f -> f.value()).orElse(null);
    if (target.row() == null) {
      return value;
    }
    if (value instanceof List<?> rows
        && target.row() < rows.size()
        && rows.get(target.row()) instanceof Map<?, ?> cells) {
      return cells.get(target.column());
    }
    return null;
  }

  /** The expected value as the type would normalise it when read; text it cannot read stays. */
  private static Object normalised(FieldType type, JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    String text = node.isValueNode() ? node.asText() : node.toString();
    return Optional.<Object>ofNullable(type.normalise(text).value()).orElse(text);
  }

  private static String canonical(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    return Widths.fold(value.toString()).replaceAll("\\s+", "");
  }

  private static Object printable(Object value) {
    return value instanceof LocalDate date ? date.toString() : value;
  }
}
