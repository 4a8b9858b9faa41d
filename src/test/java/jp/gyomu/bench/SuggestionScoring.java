package jp.gyomu.bench;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.gyomu.fields.ExtractedField;
import jp.gyomu.fields.FieldExtraction;
import jp.gyomu.fields.FieldExtractor;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.fields.FieldTemplateLoader;
import jp.gyomu.fields.FieldType;
import jp.gyomu.fields.suggest.FormProposer;
import jp.gyomu.fields.suggest.Proposal;
import jp.gyomu.fields.suggest.TemplateYaml;
import jp.gyomu.ocr.OcrEngine;
import jp.gyomu.ocr.PageText;
import jp.gyomu.ocr.QuarterTurns;
import jp.gyomu.testdocs.forms.ContentGenerator;
import jp.gyomu.testdocs.forms.FormInstances;
import jp.gyomu.testdocs.forms.GeneratedForm;
import jp.gyomu.testdocs.forms.PageVariant;

/**
 * How well a template suggested from one filled sample does: (a) which ground-truth fields it
 * proposes with the right type (a proposed field answers a ground-truth field when its value box
 * covers the field's box on the sample), and (b) what the suggested template, loaded by the real
 * loader, reads from OTHER filled instances of the same printed form through the real extractor.
 * Table cells are counted one by one, columns paired in order.
 */
public final class SuggestionScoring {

  private SuggestionScoring() {}

  /** One ground-truth field on the sample: proposed with which name, and whether typed right. */
  public record Found(String field, String proposed, boolean typedRight) {}

  /** One ground-truth value of another instance, as the suggested template read it. */
  public record Read(String field, Object expected, Object read, boolean right) {}

  /** One layout: what was proposed, and what the proposal read from the other instances. */
  public record LayoutResult(
      String type,
      long seed,
      String yamlProblem,
      String yaml,
      List<Found> found,
      List<Read> reads) {

    public long foundRight() {
      return found.stream().filter(Found::typedRight).count();
    }

    public long readRight() {
      return reads.stream().filter(Read::right).count();
    }
  }

  /**
   * @param instanceSeeds seeds of the other instances' values (from the same seed set as the
   *     layout)
   * @param variants the scan variant of each other instance
   */
  public static LayoutResult measure(
      ContentGenerator type,
      long layoutSeed,
      List<Long> instanceSeeds,
      List<PageVariant> variants,
      OcrEngine engine) {
    GeneratedForm sample = FormInstances.filled(type, layoutSeed, layoutSeed, PageVariant.CLEAN);
    PageText page = engine.read(sample.document().image(), sample.document().dpi(), "jpn");
    var upright = QuarterTurns.clockwise(sample.document().image(), page.rotationDegrees());
    Proposal proposal = FormProposer.propose(page, upright, Optional.empty());
    FieldTemplate template;
    try {
      template = load(proposal);
    } catch (RuntimeException e) {
      return new LayoutResult(
          type.type(), layoutSeed, e.getMessage(), yaml(proposal), List.of(), List.of());
    }
    List<Found> found = new ArrayList<>();
    Map<String, Object> truth = sample.expected();
    for (var e : truth.entrySet()) {
      Rectangle box = sample.boxes().get(e.getKey());
      Optional<Proposal.Field> match = box == null ? Optional.empty() : match(proposal, box);
      found.add(
          new Found(
              e.getKey(),
              match.map(Proposal.Field::name).orElse(null),
              match.isPresent()
                  && typedRight(
                      e.getValue(), sample.markFields().contains(e.getKey()), match.get())));
    }
    List<Read> reads = new ArrayList<>();
    for (int i = 0; i < instanceSeeds.size(); i++) {
      GeneratedForm other =
          FormInstances.filled(type, layoutSeed, instanceSeeds.get(i), variants.get(i));
      PageText text = engine.read(other.document().image(), other.document().dpi(), "jpn");
      FieldExtraction extraction =
          FieldExtractor.extract(
              List.of(FormScoring.withImage(text, other.document().image())), template);
      for (var e : other.expected().entrySet()) {
        String proposed =
            found.stream()
                .filter(f -> f.field().equals(e.getKey()) && f.proposed() != null)
                .findFirst()
                .map(Found::proposed)
                .orElse(null);
        Object read =
            proposed == null
                ? null
                : extraction.field(proposed).map(ExtractedField::value).orElse(null);
        if (e.getValue() instanceof List<?> rows) {
          cells(e.getKey(), rows, read, reads);
        } else {
          reads.add(
              new Read(
                  e.getKey(),
                  e.getValue(),
                  read,
                  proposed != null && FormScoring.same(read, e.getValue())));
        }
      }
    }
    return new LayoutResult(type.type(), layoutSeed, null, yaml(proposal), found, reads);
  }

  /** Table cells one by one; the suggested columns are paired with the true ones in order. */
  private static void cells(String field, List<?> rows, Object read, List<Read> reads) {
    List<?> readRows = read instanceof List<?> l ? l : List.of();
    for (int r = 0; r < rows.size(); r++) {
      List<?> expected = new ArrayList<>(((Map<?, ?>) rows.get(r)).values());
      List<?> got =
          r < readRows.size() && readRows.get(r) instanceof Map<?, ?> m
              ? new ArrayList<>(m.values())
              : List.of();
      for (int c = 0; c < expected.size(); c++) {
        Object cell = c < got.size() ? got.get(c) : null;
        reads.add(
            new Read(
                field + "[" + r + "][" + c + "]",
                expected.get(c),
                cell,
                FormScoring.same(cell, expected.get(c))));
      }
    }
  }

  /** The proposed field whose value box covers most of the true value's box. */
  static Optional<Proposal.Field> match(Proposal proposal, Rectangle truth) {
    Proposal.Field best = null;
    double bestShare = 0.3;
    for (Proposal.Field f : proposal.fields()) {
      Rectangle common = f.valueBox().intersection(truth);
      if (common.isEmpty()) {
        continue;
      }
      double share =
          (double) common.width
              * common.height
              / Math.max(
                  1,
                  Math.min(truth.width * truth.height, f.valueBox().width * f.valueBox().height));
      if (share > bestShare) {
        best = f;
        bestShare = share;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The type a field with this true value should have. */
  static boolean typedRight(Object expected, boolean mark, Proposal.Field field) {
    FieldType type = field.type();
    if (expected instanceof Boolean) {
      return type == FieldType.CHECKBOX;
    }
    if (mark) {
      return type == FieldType.CHOICE;
    }
    if (expected instanceof LocalDate) {
      return type == FieldType.DATE;
    }
    if (expected instanceof Long) {
      return type == FieldType.AMOUNT || type == FieldType.NUMBER;
    }
    if (expected instanceof List<?>) {
      return type == FieldType.TABLE;
    }
    return type.reading() == FieldType.Reading.LABELLED_TEXT
            && type != FieldType.DATE
            && type != FieldType.AMOUNT
            && type != FieldType.NUMBER
        || type == FieldType.QR;
  }

  private static String yaml(Proposal proposal) {
    return TemplateYaml.yaml(TemplateYaml.definition(proposal));
  }

  /** The proposal written as a template file and read back by the real loader. */
  static FieldTemplate load(Proposal proposal) {
    try {
      Path folder = Files.createTempDirectory("gyomu-suggested-");
      Path file = folder.resolve(proposal.id() + FieldTemplateLoader.SUFFIX);
      Files.writeString(file, TemplateYaml.yaml(TemplateYaml.definition(proposal)));
      try {
        return FieldTemplateLoader.load(file);
      } finally {
        Files.delete(file);
        Files.delete(folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
