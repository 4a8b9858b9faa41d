package jp.gyomu.fields;

import java.util.List;

/**
 * A rule across a template's fields ({@code checks:} in a fields file). A rule whose fields were
 * not all read is not applied: the missing field already sends the case to review.
 */
public sealed interface CrossFieldCheck {

  /** The fields the rule reads, for messages and for validating the template. */
  List<String> fields();

  /** The rule's key in a fields file: {@code sum}, {@code dateOrder}, ... */
  String kind();

  /**
   * {@code total} equals the sum of {@code parts}; a part may name a table column ({@code
   * lineItems.amount}), which adds the column's cells.
   */
  record Sum(String total, List<String> parts) implements CrossFieldCheck {
    @Override
    public String kind() {
      return "sum";
    }

    @Override
    public List<String> fields() {
      return java.util.stream.Stream.concat(java.util.stream.Stream.of(total), parts.stream())
          .toList();
    }
  }

  /** The dates come in this order, each on or after the one before (出張開始 ≤ 出張終了 ≤ 申請日). */
  record DateOrder(List<String> fields) implements CrossFieldCheck {
    @Override
    public String kind() {
      return "dateOrder";
    }
  }

  /** At least one of the fields has a value (電話 or メール). */
  record RequiredOneOf(List<String> fields) implements CrossFieldCheck {
    @Override
    public String kind() {
      return "requiredOneOf";
    }
  }

  /**
   * {@code tax} is {@code base} times one of the {@code ratesPercent} (8, 10), rounded down, to the
   * nearest yen or up (an invoice may round either way), give or take one yen.
   */
  record TaxRate(String tax, String base, List<Integer> ratesPercent) implements CrossFieldCheck {
    @Override
    public String kind() {
      return "taxRate";
    }

    @Override
    public List<String> fields() {
      return List.of(tax, base);
    }
  }
}
