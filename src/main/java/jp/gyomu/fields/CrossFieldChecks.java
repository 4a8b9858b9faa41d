package jp.gyomu.fields;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Applies a template's {@link CrossFieldCheck}s to the fields read. A check whose fields were not
 * all read is skipped (a missing required field sends the case to review anyway), except that
 * {@code dateOrder} orders the dates that were read and {@code requiredOneOf} is about missing
 * fields. Each failure carries a reason in Japanese, then a short English gloss, with the values it
 * compared.
 */
public final class CrossFieldChecks {

  private CrossFieldChecks() {}

  public static List<FieldExtraction.CheckFailure> failures(
      FieldTemplate template, List<ExtractedField> fields) {
    Read read = new Read(template, fields);
    List<FieldExtraction.CheckFailure> failures = new ArrayList<>();
    for (CrossFieldCheck check : template.checks()) {
      reason(check, read).ifPresent(r -> failures.add(new FieldExtraction.CheckFailure(check, r)));
    }
    return List.copyOf(failures);
  }

  private static Optional<String> reason(CrossFieldCheck check, Read read) {
    if (check instanceof CrossFieldCheck.Sum sum) {
      return sum(sum, read);
    }
    if (check instanceof CrossFieldCheck.DateOrder order) {
      return dateOrder(order, read);
    }
    if (check instanceof CrossFieldCheck.RequiredOneOf oneOf) {
      return oneOf.fields().stream().anyMatch(f -> read.value(f) != null)
          ? Optional.empty()
          : Optional.of(
              oneOf.fields().stream().map(read::label).collect(Collectors.joining("・"))
                  + " のいずれかが必要ですが、どれも読み取れませんでした (one of them is required)");
    }
    return taxRate((CrossFieldCheck.TaxRate) check, read);
  }

  private static Optional<String> sum(CrossFieldCheck.Sum check, Read read) {
    Long total = read.amount(check.total());
    List<String> terms = new ArrayList<>();
    long sum = 0;
    for (String part : check.parts()) {
      Long value = part.contains(".") ? read.columnSum(part) : read.amount(part);
      if (value == null) {
        return Optional.empty();
      }
      terms.add(read.label(part) + " " + yen(value));
      sum += value;
    }
    if (total == null || total == sum) {
      return Optional.empty();
    }
    return Optional.of(
        read.label(check.total())
            + " "
            + yen(total)
            + " が "
            + String.join(" + ", terms)
            + (terms.size() > 1 ? " = " + yen(sum) : "")
            + " と一致しません (the total is not the sum of its parts)");
  }

  /** Consecutive dates that were read must not go backwards; a missing date is left out. */
  private static Optional<String> dateOrder(CrossFieldCheck.DateOrder check, Read read) {
    String before = null;
    for (String name : check.fields()) {
      if (!(read.value(name) instanceof LocalDate date)) {
        continue;
      }
      if (before != null && date.isBefore((LocalDate) read.value(before))) {
        return Optional.of(
            read.label(before)
                + " "
                + read.value(before)
                + " が "
                + read.label(name)
                + " "
                + date
                + " より後になっています (the dates are out of order)");
      }
      before = name;
    }
    return Optional.empty();
  }

  /**
   * The tax is the base times one of the rates, rounded down, to the nearest yen or up, give or
   * take one yen.
   */
  private static Optional<String> taxRate(CrossFieldCheck.TaxRate check, Read read) {
    Long tax = read.amount(check.tax());
    Long base = read.amount(check.base());
    if (tax == null || base == null) {
      return Optional.empty();
    }
    List<String> expected = new ArrayList<>();
    for (int rate : check.ratesPercent()) {
      long floor = Math.floorDiv(base * rate, 100);
      long ceil = -Math.floorDiv(-base * rate, 100);
      if (tax >= floor - 1 && tax <= ceil + 1) {
        return Optional.empty();
      }
      expected.add(rate + "% (" + yen(floor) + ")");
    }
    return Optional.of(
        read.label(check.tax())
            + " "
            + yen(tax)
            + " が "
            + read.label(check.base())
            + " "
            + yen(base)
            + " の "
            + String.join(" とも ", expected)
            + (expected.size() > 1 ? " とも" : " と")
            + "合いません (the tax matches no rate)");
  }

  private static String yen(long amount) {
    return String.format(Locale.ROOT, "%,d", amount);
  }

  /** The values read, by field name, with the labels a reviewer knows them by. */
  private static final class Read {
    private final Map<String, FieldDefinition> definitions = new HashMap<>();
    private final Map<String, Object> values = new HashMap<>();

    Read(FieldTemplate template, List<ExtractedField> fields) {
      template.fields().forEach(f -> definitions.put(f.name(), f));
      fields.stream().filter(f -> f.value() != null).forEach(f -> values.put(f.name(), f.value()));
    }

    Object value(String name) {
      return values.get(name);
    }

    Long amount(String name) {
      return values.get(name) instanceof Number n ? n.longValue() : null;
    }

    /** The sum of a table column's cells, or null when a cell or the whole table was not read. */
    Long columnSum(String part) {
      String[] names = part.split("\\.", 2);
      if (!(values.get(names[0]) instanceof List<?> rows) || rows.isEmpty()) {
        return null;
      }
      long sum = 0;
      for (Object row : rows) {
        if (!(row instanceof Map<?, ?> cells) || !(cells.get(names[1]) instanceof Number n)) {
          return null;
        }
        sum += n.longValue();
      }
      return sum;
    }

    /** 小計 for a field, 明細の金額（3行） for a column. */
    String label(String name) {
      String[] names = name.split("\\.", 2);
      FieldDefinition field = definitions.get(names[0]);
      if (names.length == 1) {
        return field.label();
      }
      String column =
          field.columns().stream()
              .filter(c -> c.name().equals(names[1]))
              .map(ColumnDefinition::label)
              .findFirst()
              .orElse(names[1]);
      int rows = values.get(names[0]) instanceof List<?> list ? list.size() : 0;
      return field.label() + "の" + column + "（" + rows + "行）";
    }
  }
}
