package jp.gyomu.testdocs.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import jp.gyomu.testdocs.forms.FormContent.CheckBox;
import jp.gyomu.testdocs.forms.FormContent.Choice;
import jp.gyomu.testdocs.forms.FormContent.Element;
import jp.gyomu.testdocs.forms.FormContent.Labelled;
import jp.gyomu.testdocs.forms.FormContent.Line;
import jp.gyomu.testdocs.forms.FormContent.Paragraph;
import jp.gyomu.testdocs.forms.FormContent.QrCode;

/**
 * A form type's content as data: title spellings, fields with the label spellings other offices
 * print and where their values come from, check boxes, choices, tables and running text. {@link
 * #generate} draws one form's content from a random source. A new form type takes a few lines:
 *
 * <pre>{@code
 * FormRecipe.of("benefit-status-report", "児童手当現況届", "現況届（児童手当）")
 *     .line("みどり市長 様")
 *     .field("applicantName", Values::personName, "氏名", "受給者氏名")
 *     .choice("publicPension", "公的年金の受給", "有", "無")
 *     .checkbox("dependant", "扶養している")
 * }</pre>
 */
public final class FormRecipe implements ContentGenerator {

  private final String type;
  private final List<String> titles;
  private final List<BiFunction<Random, Map<String, Object>, List<Element>>> steps =
      new ArrayList<>();

  private FormRecipe(String type, List<String> titles) {
    this.type = type;
    this.titles = titles;
  }

  /**
   * @param type the document type id (the template's id)
   * @param titles the titles offices print for it; one is drawn per form
   */
  public static FormRecipe of(String type, String... titles) {
    return new FormRecipe(type, List.of(titles));
  }

  @Override
  public String type() {
    return type;
  }

  /** A labelled value a reader must find; the label is one of {@code labels}. */
  public FormRecipe field(String name, Value.Source value, String... labels) {
    return add(
        r -> {
          Value v = value.apply(r);
          return List.of(new Labelled(name, Values.pick(r, labels), v.printed(), v.expected()));
        });
  }

  /** A labelled value nobody reads, there to mislead (a period beside a date, a phone number). */
  public FormRecipe other(Value.Source value, String... labels) {
    return field(null, value, labels);
  }

  /** A check box, checked half of the time with a random mark. */
  public FormRecipe checkbox(String name, String label) {
    return add(
        r ->
            List.of(
                new CheckBox(
                    name,
                    label,
                    r.nextBoolean() ? Values.pick(r, MarkStyle.MARKED) : MarkStyle.EMPTY)));
  }

  /** A choice among options, each with its own box; exactly one is marked (or circled). */
  public FormRecipe choice(String name, String label, String... options) {
    return add(
        r -> {
          MarkStyle mark = r.nextInt(5) == 0 ? MarkStyle.CIRCLE : Values.pick(r, MarkStyle.MARKED);
          return List.of(
              new Choice(name, label, List.of(options), r.nextInt(options.length), mark));
        });
  }

  /** A line of its own, e.g. the addressee; one of the spellings is drawn. */
  public FormRecipe line(String... texts) {
    return add(r -> List.of(new Line(Values.pick(r, texts))));
  }

  /** Running text; one of the versions is drawn. */
  public FormRecipe paragraph(String... texts) {
    return add(r -> List.of(new Paragraph(Values.pick(r, texts))));
  }

  /** A QR code carrying {@code prefix} and a random number, on some forms only. */
  public FormRecipe qrCode(String name, String prefix, double share) {
    return add(
        r ->
            r.nextDouble() < share
                ? List.of(new QrCode(name, prefix + (100_000 + r.nextInt(900_000))))
                : List.of());
  }

  /** Anything else: tables, optional parts. */
  public FormRecipe add(Function<Random, List<Element>> step) {
    return add((r, drawn) -> step.apply(r));
  }

  /**
   * Parts that depend on values drawn before them (a due date after the invoice date); {@code
   * drawn} holds the expected values so far by field name.
   */
  public FormRecipe add(BiFunction<Random, Map<String, Object>, List<Element>> step) {
    steps.add(step);
    return this;
  }

  @Override
  public FormContent generate(Random random) {
    String title = Values.pick(random, titles);
    List<Element> elements = new ArrayList<>();
    for (var step : steps) {
      elements.addAll(step.apply(random, new FormContent(type, title, elements).expected()));
    }
    return new FormContent(type, title, elements);
  }
}
