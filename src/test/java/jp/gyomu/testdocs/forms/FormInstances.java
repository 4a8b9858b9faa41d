package jp.gyomu.testdocs.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.gyomu.testdocs.ScanDegradation;
import jp.gyomu.testdocs.ScanVariant;
import jp.gyomu.testdocs.TestDocument;
import jp.gyomu.testdocs.forms.FormContent.CheckBox;
import jp.gyomu.testdocs.forms.FormContent.Choice;
import jp.gyomu.testdocs.forms.FormContent.CornerBlock;
import jp.gyomu.testdocs.forms.FormContent.Element;
import jp.gyomu.testdocs.forms.FormContent.Labelled;
import jp.gyomu.testdocs.forms.FormContent.QrCode;
import jp.gyomu.testdocs.forms.FormContent.Table;

/**
 * Other filled instances of one office's form: the layout, title and label spellings of the form
 * drawn from {@code layoutSeed}, filled in with the values (check marks, table rows) drawn from
 * {@code instanceSeed}, as another applicant would fill the same printed form. With equal seeds it
 * is {@link GeneratedForms#generate} itself.
 */
public final class FormInstances {

  private FormInstances() {}

  public static GeneratedForm filled(
      ContentGenerator generator, long layoutSeed, long instanceSeed, PageVariant variant) {
    long base = layoutSeed * 1_000_003L + generator.type().hashCode();
    long other = instanceSeed * 1_000_003L + generator.type().hashCode();
    FormContent form = generator.generate(GeneratedForms.stream(base, 1));
    FormContent values = generator.generate(GeneratedForms.stream(other, 1));
    FormContent content = layoutSeed == instanceSeed ? form : refill(form, values);
    LayoutStyle layout = LayoutStyle.random(GeneratedForms.stream(base, 2));
    ScanVariant scan = variant.draw(GeneratedForms.stream(other, 3 + variant.ordinal()));
    FormRenderer.Result page;
    try {
      page = FormRenderer.render(content, layout, scan.dpi(), GeneratedForms.stream(base, 10));
    } catch (IllegalStateException tooLong) {
      layout = layout.compact();
      page = FormRenderer.render(content, layout, scan.dpi(), GeneratedForms.stream(base, 10));
    }
    var image = ScanDegradation.apply(page.image(), scan, GeneratedForms.stream(other, 11));
    return new GeneratedForm(
        generator.type(),
        instanceSeed,
        variant,
        content,
        layout,
        scan,
        new TestDocument(image, scan.dpi(), page.texts()),
        page.boxes());
  }

  /** The printed form's elements with the other instance's values where it has them. */
  static FormContent refill(FormContent form, FormContent values) {
    List<Labelled> otherLabelled = labelled(values);
    List<Labelled> otherDistractors =
        otherLabelled.stream().filter(l -> l.field() == null).toList();
    int distractor = 0;
    List<Element> elements = new ArrayList<>();
    for (Element e : form.elements()) {
      if (e instanceof Labelled l) {
        Labelled value =
            l.field() == null
                ? (distractor < otherDistractors.size() ? otherDistractors.get(distractor++) : null)
                : otherLabelled.stream()
                    .filter(o -> l.field().equals(o.field()))
                    .findFirst()
                    .orElse(null);
        elements.add(
            value == null
                ? l
                : new Labelled(l.field(), l.label(), value.printed(), value.expected()));
      } else if (e instanceof CornerBlock b) {
        elements.add(
            values.elements().stream()
                .filter(
                    o ->
                        o instanceof CornerBlock c
                            && c.aboveTitle() == b.aboveTitle()
                            && c.lines().size() == b.lines().size()
                            && c.values().keySet().equals(b.values().keySet()))
                .findFirst()
                .orElse(b));
      } else if (e instanceof CheckBox c) {
        elements.add(
            values.elements().stream()
                .filter(o -> o instanceof CheckBox x && x.field().equals(c.field()))
                .map(o -> new CheckBox(c.field(), c.label(), ((CheckBox) o).mark()))
                .findFirst()
                .orElse(c));
      } else if (e instanceof Choice c) {
        elements.add(
            values.elements().stream()
                .filter(o -> o instanceof Choice x && x.field().equals(c.field()))
                .map(
                    o ->
                        new Choice(
                            c.field(),
                            c.label(),
                            c.options(),
                            ((Choice) o).chosen(),
                            ((Choice) o).mark()))
                .findFirst()
                .orElse(c));
      } else if (e instanceof Table t) {
        elements.add(
            values.elements().stream()
                .filter(
                    o ->
                        o instanceof Table x
                            && Objects.equals(x.field(), t.field())
                            && x.columns().size() == t.columns().size()
                            && x.totals().size() == t.totals().size())
                .map(o -> (Table) o)
                .map(
                    x ->
                        new Table(t.field(), t.columns(), x.rows(), x.expectedRows(), totals(t, x)))
                .findFirst()
                .orElse(t));
      } else if (e instanceof QrCode q) {
        elements.add(
            values.elements().stream()
                .filter(o -> o instanceof QrCode x && x.field().equals(q.field()))
                .findFirst()
                .orElse(q));
      } else {
        elements.add(e);
      }
    }
    return new FormContent(form.type(), form.title(), elements);
  }

  /** The form's totals rows (labels, fields) with the other table's values. */
  private static List<Labelled> totals(Table form, Table values) {
    List<Labelled> totals = new ArrayList<>();
    for (int i = 0; i < form.totals().size(); i++) {
      Labelled l = form.totals().get(i);
      Labelled v = values.totals().get(i);
      totals.add(new Labelled(l.field(), l.label(), v.printed(), v.expected()));
    }
    return totals;
  }

  private static List<Labelled> labelled(FormContent content) {
    List<Labelled> all = new ArrayList<>();
    for (Element e : content.elements()) {
      if (e instanceof Labelled l) {
        all.add(l);
      } else if (e instanceof Table t) {
        all.addAll(t.totals());
      }
    }
    return all;
  }
}
