package jp.gyomu.fields;

import java.util.Arrays;
import java.util.Optional;

/** What kind of value a field holds, which decides how its text is normalised. */
public enum FieldType {
  TEXT("text"),
  DATE("date"),
  AMOUNT("amount"),
  NUMBER("number"),
  POSTAL_CODE("postalCode"),
  PHONE("phone");

  private final String id;

  FieldType(String id) {
    this.id = id;
  }

  /** The name used in template files. */
  public String id() {
    return id;
  }

  public static Optional<FieldType> byId(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }

  /**
   * @return a {@code String} for text, postal codes and phone numbers, a {@code LocalDate} for
   *     dates, a {@code Long} for amounts and numbers
   */
  public Normalised<?> normalise(String raw) {
    String text = TableRules.strip(raw);
    return switch (this) {
      case TEXT -> {
        String clean = TextNormaliser.normalise(text);
        yield clean.isEmpty() ? Normalised.invalid("empty") : Normalised.ok(clean);
      }
      case DATE -> JapaneseDateParser.parse(text);
      case AMOUNT, NUMBER -> AmountParser.parse(text);
      case POSTAL_CODE -> PostalCodeNormaliser.parse(text);
      case PHONE -> PhoneNumberNormaliser.parse(text);
    };
  }
}
