package jp.gyomu.bench;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.gyomu.fields.DocumentClassifier;
import jp.gyomu.fields.ExtractedField;
import jp.gyomu.fields.FieldDefinition;
import jp.gyomu.fields.FieldExtraction;
import jp.gyomu.fields.FieldExtractor;
import jp.gyomu.fields.FieldPage;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.fields.SecondLook;
import jp.gyomu.ocr.OcrEngine;
import jp.gyomu.ocr.PageText;
import jp.gyomu.ocr.QuarterTurns;
import jp.gyomu.ocr.TessApiOcrEngine;
import jp.gyomu.testdocs.forms.GeneratedForm;
import jp.gyomu.testdocs.forms.PageVariant;

/**
 * Compares what extraction read with a generated form's ground truth: one check per key value, per
 * table cell, per check box or choice. Only fields the template declares are scored; the others are
 * listed as not measured.
 */
public final class FormScoring {

  private FormScoring() {}

  /** What a check counts towards. */
  public enum Kind {
    VALUE,
    CELL,
    MARK
  }

  /**
   * @param field the field name, a cell as {@code lineItems[0].amount}
   */
  public record Check(String field, Kind kind, Object expected, Object read, boolean right) {}

  /**
   * One generated page as read.
   *
   * @param classified the type the classifier chose, or null for none
   */
  public record PageResult(
      String type, PageVariant variant, long seed, String classified, List<Check> checks) {

    public boolean classifiedRight() {
      return type.equals(classified);
    }

    public List<Check> wrong() {
      return checks.stream().filter(c -> !c.right()).toList();
    }
  }

  /**
   * A page as the pipeline hands it to field reading: with its image turned upright as OCR read it
   * (the word boxes are in that image's pixels).
   */
  public static FieldPage withImage(PageText page, BufferedImage image) {
    return FieldPage.of(page, QuarterTurns.clockwise(image, page.rotationDegrees()));
  }

  /**
   * The second look on unsure text values as the pipeline configures it by default (model {@code
   * Japanese}); {@code GYOMU_FIELDS_SECONDLOOK_ENABLED=false} measures without it.
   */
  public static SecondLook secondLook(OcrEngine engine) {
    if (!(engine instanceof TessApiOcrEngine tess)
        || "false".equalsIgnoreCase(System.getenv("GYOMU_FIELDS_SECONDLOOK_ENABLED"))) {
      return SecondLook.NONE;
    }
    return SecondLook.by(
        (image, dpi, region, model, characters) ->
            tess.readLine(image, dpi, region, model, java.time.Duration.ofSeconds(30), characters),
        "Japanese");
  }

  /** Reads a generated page with OCR, classifies it and extracts its template's fields. */
  public static PageResult measure(
      GeneratedForm form, OcrEngine engine, List<FieldTemplate> templates) {
    FieldTemplate template =
        templates.stream()
            .filter(t -> t.id().equals(form.type()))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no template for " + form.type()));
    PageText page = engine.read(form.document().image(), form.document().dpi(), "jpn");
    FieldExtraction extraction =
        FieldExtractor.extract(
            List.of(withImage(page, form.document().image())), template, secondLook(engine));
    return new PageResult(
        form.type(),
        form.variant(),
        form.seed(),
        classify(page, templates).orElse(null),
        score(form.expected(), form.markFields(), extraction, template));
  }

  /**
   * The one place the benchmark asks the classifier, on the page's words as the pipeline's
   * classification step does: the type id, or empty for none.
   */
  public static Optional<String> classify(PageText firstPage, List<FieldTemplate> templates) {
    return DocumentClassifier.classify(firstPage, templates).type();
  }

  /** Expected fields the template does not declare (not measured). */
  public static List<String> unmeasured(Map<String, Object> expected, FieldTemplate template) {
    Set<String> declared = declared(template);
    return expected.keySet().stream().filter(k -> !declared.contains(k)).toList();
  }

  public static List<Check> score(
      Map<String, Object> expected,
      List<String> markFields,
      FieldExtraction extraction,
      FieldTemplate template) {
    Set<String> declared = declared(template);
    List<Check> checks = new ArrayList<>();
    for (var e : expected.entrySet()) {
      String name = e.getKey();
      if (!declared.contains(name)) {
        continue;
      }
      Object read = extraction.field(name).map(ExtractedField::value).orElse(null);
      if (e.getValue() instanceof List<?> rows) {
        List<?> readRows = read instanceof List<?> l ? l : List.of();
        for (int i = 0; i < rows.size(); i++) {
          Map<?, ?> row = (Map<?, ?>) rows.get(i);
          Map<?, ?> readRow =
              i < readRows.size() && readRows.get(i) instanceof Map<?, ?> m ? m : Map.of();
          for (var cell : row.entrySet()) {
            Object readCell = readRow.get(cell.getKey());
            checks.add(
                new Check(
                    name + "[" + i + "]." + cell.getKey(),
                    Kind.CELL,
                    cell.getValue(),
                    readCell,
                    same(readCell, cell.getValue())));
          }
        }
      } else {
        Kind kind = markFields.contains(name) ? Kind.MARK : Kind.VALUE;
        checks.add(new Check(name, kind, e.getValue(), read, same(read, e.getValue())));
      }
    }
    return checks;
  }

  /** Equal after normalisation: texts without whitespace and with widths folded (NFKC). */
  static boolean same(Object read, Object expected) {
    if (read == null || expected == null) {
      return read == expected;
    }
    if (read instanceof Number r && expected instanceof Number e) {
      return new BigDecimal(r.toString()).compareTo(new BigDecimal(e.toString())) == 0;
    }
    if (expected instanceof String e) {
      return fold(read.toString()).equals(fold(e));
    }
    return read.equals(expected);
  }

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
  }

  private static Set<String> declared(FieldTemplate template) {
    return template.fields().stream().map(FieldDefinition::name).collect(Collectors.toSet());
  }
}
