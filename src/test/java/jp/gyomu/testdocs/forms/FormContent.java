package jp.gyomu.testdocs.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a generated form SAYS, independent of how it is laid out: the title and the elements in
 * their natural order. The expected values of every field follow from the elements, so the ground
 * truth cannot drift from what is drawn.
 *
 * @param type the document type id the form belongs to (e.g. {@code invoice})
 * @param title the title as printed (before any letter spacing a layout adds)
 * @param elements what the form carries, in the order a writer would put it
 */
public record FormContent(String type, String title, List<Element> elements) {

  public FormContent {
    elements = List.copyOf(elements);
  }

  /** One piece of a form. */
  public sealed interface Element {}

  /**
   * A printed label and the value filled in beside or below it.
   *
   * @param field the template field it answers, or null for a value nobody reads (a distractor)
   * @param label the label text actually printed
   * @param printed the value as printed
   * @param expected the normalised value a reader should get ({@code String}, {@code LocalDate},
   *     {@code Long})
   */
  public record Labelled(String field, String label, String printed, Object expected)
      implements Element {}

  /**
   * A check box beside its label.
   *
   * @param mark how the box is marked; {@link MarkStyle#EMPTY} for an unchecked box
   */
  public record CheckBox(String field, String label, MarkStyle mark) implements Element {
    public boolean checked() {
      return mark != MarkStyle.EMPTY;
    }
  }

  /**
   * A label and options, each with its own box (or circled), at most one marked.
   *
   * @param chosen index of the marked option, or -1 for none
   * @param mark how the chosen option is marked
   */
  public record Choice(String field, String label, List<String> options, int chosen, MarkStyle mark)
      implements Element {
    public Choice {
      options = List.copyOf(options);
    }
  }

  /**
   * A ruled table: a header row, body rows and optional totals rows under them.
   *
   * @param field the template field the body rows answer, or null
   * @param columns the header labels as printed and the key each column's cells are read into
   * @param rows body cells as printed, one list per row
   * @param expectedRows each body row's normalised values by column key
   * @param totals rows under the body, label in the left cells and value in the last column
   */
  public record Table(
      String field,
      List<Column> columns,
      List<List<String>> rows,
      List<Map<String, Object>> expectedRows,
      List<Labelled> totals)
      implements Element {
    public Table {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
      expectedRows = List.copyOf(expectedRows);
      totals = List.copyOf(totals);
    }
  }

  /**
   * A table column.
   *
   * @param numeric right-aligned (quantities, prices)
   */
  public record Column(String header, String key, boolean numeric) {}

  /** A QR code carrying a text. */
  public record QrCode(String field, String text) implements Element {}

  /**
   * Unlabelled lines printed as a block at the top right: an invoice's issuer (company, 〒, address,
   * TEL, 登録番号) or a date above a letter.
   *
   * @param lines the lines as printed, top to bottom
   * @param values the fields the block answers and their normalised values
   * @param aboveTitle printed above the title (a letter's date) rather than below it
   */
  public record CornerBlock(List<String> lines, Map<String, Object> values, boolean aboveTitle)
      implements Element {
    public CornerBlock {
      lines = List.copyOf(lines);
      values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
  }

  /** A line of its own, e.g. the addressee (みどり市長 様) or a lead sentence. */
  public record Line(String text) implements Element {}

  /** Running text wrapped at the margins. */
  public record Paragraph(String text) implements Element {}

  /**
   * Every value a reader should get, by field name: labelled values, corner blocks, totals, check
   * boxes ({@code Boolean}), choices (the chosen option, or null for none), tables (a list of rows,
   * each a map by column key) and QR codes (the text).
   */
  public Map<String, Object> expected() {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Element e : elements) {
      if (e instanceof Labelled l && l.field() != null) {
        values.put(l.field(), l.expected());
      } else if (e instanceof CheckBox c) {
        values.put(c.field(), c.checked());
      } else if (e instanceof Choice c) {
        values.put(c.field(), c.chosen() < 0 ? null : c.options().get(c.chosen()));
      } else if (e instanceof Table t) {
        if (t.field() != null) {
          values.put(t.field(), t.expectedRows());
        }
        t.totals().stream()
            .filter(l -> l.field() != null)
            .forEach(l -> values.put(l.field(), l.expected()));
      } else if (e instanceof QrCode q) {
        values.put(q.field(), q.text());
      } else if (e instanceof CornerBlock b) {
        values.putAll(b.values());
      }
    }
    return values;
  }

  /** The fields answered by a check box or a choice, scored apart from the other values. */
  public List<String> markFields() {
    List<String> names = new ArrayList<>();
    for (Element e : elements) {
      if (e instanceof CheckBox c) {
        names.add(c.field());
      } else if (e instanceof Choice c) {
        names.add(c.field());
      }
    }
    return names;
  }
}
