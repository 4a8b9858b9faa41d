package jp.gyomu.forms;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.gyomu.process.CaseField;
import org.springframework.context.i18n.LocaleContextHolder;

/** What a trial answers: each file as the template reads it, and the totals against expected. */
@Schema(description = "A template tried on scans: nothing was stored and no case was started")
public record TrialReport(
    @Schema(example = "facility-use") String documentType, List<FileResult> files, Totals totals) {

  /** One file: where it could not be read, why; else what each field gave. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(description = "One file of the trial")
  public record FileResult(
      @Schema(description = "the stored test scan (a draft's trial); absent for an upload")
          String scanId,
      @Schema(example = "scan-01.png") String file,
      @Schema(
              description =
                  "why the file was not read (unsupported, too large, past the OCR deadline);"
                      + " absent when it was read")
          String error,
      @Schema(description = "the pages as read: boxes are in these pixels") List<Page> pages,
      Classification classification,
      @Schema(description = "every field of the template in its order") List<Field> fields,
      @Schema(description = "checks across fields that failed") List<FailedCheck> failedChecks,
      @Schema(description = "whether the pipeline would send this document to review")
          Boolean needsReview,
      @Schema(description = "each expected value against the value read")
          List<ExpectedValues.Comparison> comparisons,
      @Schema(example = "4") Integer right,
      @Schema(example = "5") Integer compared) {

    static FileResult failed(String scanId, String file, String error) {
      return new FileResult(scanId, file, error, null, null, null, null, null, null, null, null);
    }
  }

  /** An upright page image's size in pixels (what the OCR read, deskewed). */
  public record Page(@Schema(example = "2480") int width, @Schema(example = "3508") int height) {}

  /** Which type Gyomu would give the scan when it comes without one, and the next best match. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Classification(
      @Schema(
              description = "the type the classifier picks; absent: NEEDS_ROUTING",
              example = "facility-use")
          String documentType,
      @Schema(description = "the best type's score, 0 to 1", example = "0.93") Double score,
      @Schema(description = "the type that scores next, if any") String runnerUp,
      @Schema(description = "the runner-up's score", example = "0.41") Double runnerUpScore,
      @Schema(description = "whether the pick is the type being tried") boolean matchesThisType) {}

  /** A field as read, in the shape of {@code fields} of {@code GET /api/documents/{id}}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Field(
      @Schema(example = "applicationDate") String name,
      @Schema(example = "申請日") String label,
      @Schema(example = "date") String type,
      boolean required,
      @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(example = "2024-04-01") Object value,
      @Schema(example = "令和6年4月1日") String raw,
      @Schema(example = "91.5") Double confidence,
      CaseField.Status status,
      String reason,
      @Schema(description = "counted from 1") Integer page,
      CaseField.Box box,
      @Schema(
              description =
                  "RIGHT or WRONG against the expected values (every compared cell for a table);"
                      + " absent when none was given")
          Verdict verdict) {

    static Field of(String name, CaseField read, Verdict verdict) {
      return new Field(
          name,
          read.label(),
          read.type(),
          read.required(),
          read.value(),
          read.raw(),
          read.confidence(),
          read.status(),
          // in the language of the studio's page (its scripts ask for it); English when untyped
          read.reasonIn(LocaleContextHolder.getLocale()),
          read.page(),
          read.box(),
          verdict);
    }
  }

  public enum Verdict {
    RIGHT,
    WRONG
  }

  /** A check across fields that did not hold, e.g. {@code {"kind": "sum", ...}}. */
  public record FailedCheck(Map<String, Object> check, String reason) {}

  /** Right answers over the expected values given, in all and per field (table column). */
  @Schema(description = "Expected values read right, over all files")
  public record Totals(
      @Schema(example = "3") int files,
      @Schema(description = "files read (the others have an error)", example = "3") int read,
      @Schema(example = "14") int right,
      @Schema(example = "15") int compared,
      @Schema(description = "right / compared; absent when nothing was compared", example = "0.933")
          Double accuracy,
      @Schema(description = "per field name, or table.column for a table's cells")
          Map<String, Tally> perField) {}

  public record Tally(int right, int compared) {}

  /** Adds up the files' comparisons. */
  static Totals totals(List<FileResult> files, List<List<String>> tallyNames) {
    Map<String, int[]> perField = new LinkedHashMap<>();
    int right = 0;
    int compared = 0;
    for (int i = 0; i < files.size(); i++) {
      var comparisons = files.get(i).comparisons();
      if (comparisons == null) {
        continue;
      }
      for (int c = 0; c < comparisons.size(); c++) {
        int[] tally = perField.computeIfAbsent(tallyNames.get(i).get(c), k -> new int[2]);
        tally[1]++;
        compared++;
        if (comparisons.get(c).right()) {
          tally[0]++;
          right++;
        }
      }
    }
    Map<String, Tally> tallies = new LinkedHashMap<>();
    perField.forEach((name, t) -> tallies.put(name, new Tally(t[0], t[1])));
    int read = (int) files.stream().filter(f -> f.error() == null).count();
    return new Totals(
        files.size(),
        read,
        right,
        compared,
        compared == 0 ? null : Math.round(1000.0 * right / compared) / 1000.0,
        tallies);
  }
}
