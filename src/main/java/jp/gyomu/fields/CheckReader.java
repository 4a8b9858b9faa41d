package jp.gyomu.fields;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a fields file's {@code checks:} list (format in docs/FIELDS.md) against the fields it
 * declares, with the loader's messages ({@code <file>: checks[1] (sum).of[0]: <problem>}).
 */
final class CheckReader {

  /** Japan's consumption tax rates: standard and reduced (food, newspapers). */
  static final List<Integer> JAPANESE_TAX_RATES = List.of(8, 10);

  private static final Set<FieldType> AMOUNTS = Set.of(FieldType.AMOUNT, FieldType.NUMBER);
  private static final Map<String, Set<String>> KEYS =
      Map.of(
          "sum", Set.of("of"),
          "dateOrder", Set.of(),
          "requiredOneOf", Set.of(),
          "taxRate", Set.of("base", "rates"));

  private final Path file;
  private final Map<String, FieldDefinition> fields = new LinkedHashMap<>();

  CheckReader(Path file, List<FieldDefinition> fields) {
    this.file = file;
    fields.forEach(f -> this.fields.put(f.name(), f));
  }

  List<CrossFieldCheck> checks(JsonNode list) {
    if (list == null || list.isNull()) { // also a 'checks:' with nothing under it
      return List.of();
    }
    if (!list.isArray()) {
      throw problem("checks", "a list of checks is required, e.g. - sum: totalAmount");
    }
    List<CrossFieldCheck> checks = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      checks.add(check(list.get(i), "checks[" + i + "]"));
    }
    return List.copyOf(checks);
  }

  private CrossFieldCheck check(JsonNode node, String where) {
    String kind = kind(node, where);
    String at = where + " (" + kind + ")";
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!key.equals(kind) && !KEYS.get(kind).contains(key)) {
        throw problem(at, "unknown key '" + key + "' for a " + kind + " check");
      }
    }
    return switch (kind) {
      case "sum" -> sum(node, at);
      case "dateOrder" -> new CrossFieldCheck.DateOrder(dates(node, at));
      case "requiredOneOf" -> new CrossFieldCheck.RequiredOneOf(oneOf(node, at));
      default -> taxRate(node, at);
    };
  }

  private String kind(JsonNode node, String where) {
    if (node == null || !node.isObject()) {
      throw problem(where, "a mapping is required, e.g. {sum: totalAmount, of: [subtotal, tax]}");
    }
    List<String> kinds = new ArrayList<>();
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (KEYS.containsKey(key)) {
                kinds.add(key);
              }
            });
    if (kinds.size() != 1) {
      throw problem(
          where,
          "one of sum, dateOrder, requiredOneOf, taxRate is required"
              + (kinds.isEmpty() ? "" : ", not " + String.join(" and ", kinds)));
    }
    return kinds.get(0);
  }

  private CrossFieldCheck sum(JsonNode node, String at) {
    String total = text(node.get("sum"), at + ".sum");
    amountField(total, at + ".sum");
    List<String> parts = names(node.get("of"), at + ".of", 1);
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      String partAt = at + ".of[" + i + "]";
      if (part.equals(total)) {
        throw problem(partAt, total + " cannot be a part of its own sum");
      }
      if (part.contains(".")) {
        column(part, partAt);
      } else {
        amountField(part, partAt);
      }
    }
    return new CrossFieldCheck.Sum(total, parts);
  }

  private List<String> dates(JsonNode node, String at) {
    List<String> names = names(node.get("dateOrder"), at + ".dateOrder", 2);
    for (int i = 0; i < names.size(); i++) {
      FieldDefinition field = field(names.get(i), at + ".dateOrder[" + i + "]");
      if (field.type() != FieldType.DATE) {
        throw problem(
            at + ".dateOrder[" + i + "]",
            field.name() + " is of type " + field.type().id() + "; dateOrder orders dates");
      }
    }
    return names;
  }

  private List<String> oneOf(JsonNode node, String at) {
    List<String> names = names(node.get("requiredOneOf"), at + ".requiredOneOf", 2);
    for (int i = 0; i < names.size(); i++) {
      field(names.get(i), at + ".requiredOneOf[" + i + "]");
    }
    return names;
  }

  private CrossFieldCheck taxRate(JsonNode node, String at) {
    String tax = text(node.get("taxRate"), at + ".taxRate");
    amountField(tax, at + ".taxRate");
    String base = text(node.get("base"), at + ".base");
    amountField(base, at + ".base");
    if (base.equals(tax)) {
      throw problem(at + ".base", "the tax and its base are two different fields");
    }
    return new CrossFieldCheck.TaxRate(tax, base, rates(node.get("rates"), at + ".rates"));
  }

  private List<Integer> rates(JsonNode list, String where) {
    if (list == null) {
      return JAPANESE_TAX_RATES;
    }
    if (!list.isArray() || list.isEmpty()) {
      throw problem(where, "a list of percentages is required, e.g. [8, 10]");
    }
    List<Integer> rates = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode rate = list.get(i);
      if (!rate.isInt() || rate.intValue() < 1 || rate.intValue() > 100) {
        throw problem(
            where + "[" + i + "]", "a whole percentage from 1 to 100, not '" + rate.asText() + "'");
      }
      rates.add(rate.intValue());
    }
    return List.copyOf(rates);
  }

  /** A table column as {@code table.column}, whose cells are amounts or numbers. */
  private void column(String part, String where) {
    String[] names = part.split("\\.", -1);
    if (names.length != 2) {
      throw problem(where, "'" + part + "' is not a field or a table's column (lineItems.amount)");
    }
    FieldDefinition table = field(names[0], where);
    if (table.type() != FieldType.TABLE) {
      throw problem(where, names[0] + " is of type " + table.type().id() + ", not a table");
    }
    ColumnDefinition column =
        table.columns().stream()
            .filter(c -> c.name().equals(names[1]))
            .findFirst()
            .orElseThrow(
                () ->
                    problem(
                        where,
                        names[0]
                            + " has no column '"
                            + names[1]
                            + "' (columns: "
                            + String.join(
                                ", ", table.columns().stream().map(ColumnDefinition::name).toList())
                            + ")"));
    if (!AMOUNTS.contains(column.type())) {
      throw problem(
          where, part + " is of type " + column.type().id() + "; a sum adds amounts or numbers");
    }
  }

  private void amountField(String name, String where) {
    FieldDefinition field = field(name, where);
    if (!AMOUNTS.contains(field.type())) {
      throw problem(
          where, name + " is of type " + field.type().id() + "; only amounts or numbers add up");
    }
  }

  private FieldDefinition field(String name, String where) {
    FieldDefinition field = fields.get(name);
    if (field == null) {
      throw problem(
          where,
          "no field named '" + name + "' (fields: " + String.join(", ", fields.keySet()) + ")");
    }
    return field;
  }

  private List<String> names(JsonNode list, String where, int atLeast) {
    if (list == null || !list.isArray() || list.size() < atLeast) {
      throw problem(
          where,
          "a list of "
              + (atLeast == 1 ? "at least one field" : "at least " + atLeast + " fields")
              + " is required, e.g. [subtotal, tax]");
    }
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String name = text(list.get(i), where + "[" + i + "]");
      if (!seen.add(name)) {
        throw problem(where + "[" + i + "]", name + " is named twice");
      }
      names.add(name);
    }
    return List.copyOf(names);
  }

  private String text(JsonNode value, String where) {
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw problem(where, "a field name is required");
    }
    return value.asText().strip();
  }

  private FieldTemplateException problem(String where, String problem) {
    return new FieldTemplateException(file + ": " + where + ": " + problem);
  }
}
