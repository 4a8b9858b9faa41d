package jp.gyomu.testdocs.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.gyomu.testdocs.forms.FormContent.Column;
import jp.gyomu.testdocs.forms.FormContent.Labelled;
import jp.gyomu.testdocs.forms.FormContent.Table;

/**
 * A generated table's body, row by row: the cells as printed and the values a reader should find,
 * both in column order. The columns come last, so that a recipe draws its random choices in the
 * order it always did (the same seed gives the same form).
 */
final class TableRows {

  private final List<List<String>> printed = new ArrayList<>();
  private final List<List<Object>> expected = new ArrayList<>();

  /**
   * @param printedCells each cell as printed
   * @param expectedCells each cell's normalised value, in the same column order
   */
  void add(List<String> printedCells, Object... expectedCells) {
    if (printedCells.size() != expectedCells.length) {
      throw new IllegalArgumentException("a value per printed cell");
    }
    printed.add(List.copyOf(printedCells));
    expected.add(List.of(expectedCells));
  }

  /** The table, each row's expected values by its column's key. */
  Table table(String field, List<Column> columns, List<Labelled> totals) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (List<Object> cells : expected) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        row.put(columns.get(i).key(), cells.get(i));
      }
      rows.add(row);
    }
    return new Table(field, columns, printed, rows, totals);
  }
}
