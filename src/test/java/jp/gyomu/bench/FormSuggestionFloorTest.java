package jp.gyomu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jp.gyomu.bench.SuggestionScoring.LayoutResult;
import jp.gyomu.ocr.OcrSettings;
import jp.gyomu.ocr.TessApiOcrEngine;
import jp.gyomu.testdocs.forms.ContentGenerator;
import jp.gyomu.testdocs.forms.OfficeForms;
import jp.gyomu.testdocs.forms.PageVariant;
import jp.gyomu.testdocs.forms.Seeds;
import org.junit.jupiter.api.Test;

/**
 * A floor under form suggestion, so that a change that proposes worse templates fails the build:
 * one layout of every generated type (a tuning seed), a template suggested from one filled sample,
 * loaded by the real loader, then used to read another filled instance of the same form. The shares
 * are held to the floor on the types it was set on, so that a form added to the generator later (a
 * new kind of page, not a regression) does not move it; every type's template must load. The
 * figures on layouts nobody tuned on come from {@code bench/form-suggestion.sh --seeds held-out}.
 */
class FormSuggestionFloorTest {

  /** What these pages gave when the floor was set; the margin absorbs OCR noise. */
  private static final String TODAY =
      "34 of 40 fields found with the right type (85%), 50 of 69 values read right (72.5%)";

  /** The types the floor was set on. */
  private static final List<String> FLOOR_TYPES =
      List.of(
          OfficeForms.TRAVEL_EXPENSE,
          OfficeForms.INVOICE,
          OfficeForms.SUBSIDY_APPLICATION,
          OfficeForms.BENEFIT_STATUS_REPORT,
          OfficeForms.SCHOOL_AID_APPLICATION);

  private static final double FOUND_FLOOR = 0.75;
  private static final double READ_FLOOR = 0.6;

  @Test
  void templatesSuggestedFromOneSampleLoadAndReadOtherInstancesAboveTheFloor() {
    List<LayoutResult> results = new ArrayList<>();
    try (var engine = new TessApiOcrEngine(OcrSettings.defaults())) {
      long seed = Seeds.tuning(1).get(0);
      for (ContentGenerator type : OfficeForms.all()) {
        results.add(
            SuggestionScoring.measure(
                type,
                seed,
                FormSuggestionBench.instances(seed).subList(0, 1),
                List.of(PageVariant.CLEAN),
                engine));
      }
    }
    assertThat(results)
        .as("every suggested template loads with the template loader")
        .allMatch(r -> r.yamlProblem() == null, "loaded");
    System.out.printf(
        "form suggestion, tuning layouts, all %d types: %s%n", results.size(), shares(results));
    List<LayoutResult> floored =
        results.stream().filter(r -> FLOOR_TYPES.contains(r.type())).toList();
    assertThat(floored).hasSize(FLOOR_TYPES.size());
    long found = floored.stream().mapToLong(LayoutResult::foundRight).sum();
    long fields = floored.stream().mapToLong(r -> r.found().size()).sum();
    long right = floored.stream().mapToLong(LayoutResult::readRight).sum();
    long values = floored.stream().mapToLong(r -> r.reads().size()).sum();
    System.out.printf(
        "form suggestion, tuning layouts, the floor's %d types: %s (%s when the floor was set)%n",
        floored.size(), shares(floored), TODAY);
    String wrong =
        floored.stream()
            .flatMap(
                r ->
                    r.reads().stream()
                        .filter(x -> !x.right())
                        .map(
                            x ->
                                r.type()
                                    + " "
                                    + x.field()
                                    + ": "
                                    + x.expected()
                                    + " / "
                                    + x.read()))
            .toList()
            .toString();

    assertThat((double) found / fields)
        .as("share of fields found, right type")
        .isGreaterThanOrEqualTo(FOUND_FLOOR);
    assertThat((double) right / values)
        .as("share of values read right; wrong: %s", wrong)
        .isGreaterThanOrEqualTo(READ_FLOOR);
  }

  private static String shares(List<LayoutResult> results) {
    return "%d of %d fields found with the right type, %d of %d values of other instances read right"
        .formatted(
            results.stream().mapToLong(LayoutResult::foundRight).sum(),
            results.stream().mapToLong(r -> r.found().size()).sum(),
            results.stream().mapToLong(LayoutResult::readRight).sum(),
            results.stream().mapToLong(r -> r.reads().size()).sum());
  }
}
