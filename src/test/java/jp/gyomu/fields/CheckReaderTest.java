package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fields file's {@code checks:} are refused with the place and the problem when they are wrong.
 */
class CheckReaderTest {

  private static final String FIELDS =
      """
      id: order-form
      name: {ja: 注文書, en: Order form}
      fields:
        - {name: orderDate, label: 注文日, type: date}
        - {name: vendor, label: 取引先, type: text}
        - name: lineItems
          label: 明細
          type: table
          columns:
            - {name: item, label: 品名, type: text}
            - {name: amount, label: 金額, type: amount}
        - {name: subtotal, label: 小計, type: amount}
        - {name: tax, label: 消費税, type: amount}
        - {name: totalAmount, label: 合計, type: amount}
      """;

  @TempDir Path folder;

  private Path write(String checks) throws IOException {
    return Files.writeString(folder.resolve("order-form.fields.yaml"), FIELDS + checks);
  }

  private String problemWith(String checks) throws IOException {
    Path file = write(checks);
    return assertThatThrownBy(() -> FieldTemplateLoader.load(file))
        .isInstanceOf(FieldTemplateException.class)
        .hasMessageStartingWith(file + ": ")
        .actual()
        .getMessage()
        .substring(file.toString().length() + 2);
  }

  @Test
  void aTemplateWithoutChecksHasNone() throws IOException {
    assertThat(FieldTemplateLoader.load(write("")).checks()).isEmpty();
  }

  @Test
  void anEmptyChecksKeyMeansNoChecks() throws IOException {
    assertThat(FieldTemplateLoader.load(write("checks:\n")).checks()).isEmpty();
  }

  @Test
  void taxRatesDefaultToEightAndTenPercent() throws IOException {
    assertThat(
            FieldTemplateLoader.load(write("checks:\n  - {taxRate: tax, base: subtotal}\n"))
                .checks())
        .containsExactly(new CrossFieldCheck.TaxRate("tax", "subtotal", List.of(8, 10)));
  }

  @Test
  void namesAnUnknownField() throws IOException {
    assertThat(problemWith("checks:\n  - {sum: totalAmount, of: [subtotl, tax]}\n"))
        .isEqualTo(
            "checks[0] (sum).of[0]: no field named 'subtotl' (fields: orderDate, vendor,"
                + " lineItems, subtotal, tax, totalAmount)");
  }

  @Test
  void refusesASumOverText() throws IOException {
    assertThat(problemWith("checks:\n  - {sum: totalAmount, of: [subtotal, vendor]}\n"))
        .isEqualTo("checks[0] (sum).of[1]: vendor is of type text; only amounts or numbers add up");
  }

  @Test
  void refusesADateOrderOverAnAmount() throws IOException {
    assertThat(problemWith("checks:\n  - dateOrder: [orderDate, subtotal]\n"))
        .isEqualTo(
            "checks[0] (dateOrder).dateOrder[1]: subtotal is of type amount; dateOrder orders dates");
  }

  @Test
  void namesAColumnTheTableDoesNotHave() throws IOException {
    assertThat(problemWith("checks:\n  - {sum: subtotal, of: [lineItems.price]}\n"))
        .isEqualTo(
            "checks[0] (sum).of[0]: lineItems has no column 'price' (columns: item, amount)");
  }

  @Test
  void refusesASumOverATextColumn() throws IOException {
    assertThat(problemWith("checks:\n  - {sum: subtotal, of: [lineItems.item]}\n"))
        .isEqualTo(
            "checks[0] (sum).of[0]: lineItems.item is of type text; a sum adds amounts or numbers");
  }

  @Test
  void refusesAColumnOfAFieldThatIsNoTable() throws IOException {
    assertThat(problemWith("checks:\n  - {sum: totalAmount, of: [subtotal.amount]}\n"))
        .isEqualTo("checks[0] (sum).of[0]: subtotal is of type amount, not a table");
  }

  @Test
  void refusesAnUnknownKindOfCheck() throws IOException {
    assertThat(problemWith("checks:\n  - {total: totalAmount, of: [subtotal]}\n"))
        .isEqualTo("checks[0]: one of sum, dateOrder, requiredOneOf, taxRate is required");
  }

  @Test
  void refusesAKeyThatBelongsToAnotherKind() throws IOException {
    assertThat(problemWith("checks:\n  - {dateOrder: [orderDate], of: [subtotal]}\n"))
        .isEqualTo("checks[0] (dateOrder): unknown key 'of' for a dateOrder check");
  }

  @Test
  void refusesADateOrderOfOneDate() throws IOException {
    assertThat(problemWith("checks:\n  - dateOrder: [orderDate]\n"))
        .startsWith("checks[0] (dateOrder).dateOrder: a list of at least 2 fields is required");
  }

  @Test
  void refusesATotalAmongItsOwnParts() throws IOException {
    assertThat(problemWith("checks:\n  - {sum: totalAmount, of: [subtotal, totalAmount]}\n"))
        .isEqualTo("checks[0] (sum).of[1]: totalAmount cannot be a part of its own sum");
  }

  @Test
  void refusesARateThatIsNoPercentage() throws IOException {
    assertThat(problemWith("checks:\n  - {taxRate: tax, base: subtotal, rates: [8, 0.1]}\n"))
        .isEqualTo("checks[0] (taxRate).rates[1]: a whole percentage from 1 to 100, not '0.1'");
  }

  @Test
  void refusesChecksThatAreNoList() throws IOException {
    assertThat(problemWith("checks: {sum: totalAmount}\n"))
        .startsWith("checks: a list of checks is required");
  }
}
