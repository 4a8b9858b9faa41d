package jp.gyomu.registry;

import static jp.gyomu.registry.TaskColumn.BASELINE_MINUTES;
import static jp.gyomu.registry.TaskColumn.CODE;
import static jp.gyomu.registry.TaskColumn.DEPARTMENT;
import static jp.gyomu.registry.TaskColumn.DIVISION;
import static jp.gyomu.registry.TaskColumn.EXPECTED_ANNUAL_CASES;
import static jp.gyomu.registry.TaskColumn.GO_LIVE_DATE;
import static jp.gyomu.registry.TaskColumn.NAME_EN;
import static jp.gyomu.registry.TaskColumn.NAME_JA;
import static jp.gyomu.registry.TaskColumn.NOTES;
import static jp.gyomu.registry.TaskColumn.PROCESS_KEY;
import static jp.gyomu.registry.TaskColumn.STATUS;
import static jp.gyomu.registry.TaskColumn.TECHNOLOGY;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;

/**
 * The registry's rules for one task, the same for the JSON API and for each row of an imported
 * file. Reads text cells (as spreadsheets keep them) into a task, or says row, column and reason.
 */
final class TaskValidator {

  private static final Pattern CODE_PATTERN = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");
  private static final Pattern KEY_PATTERN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,254}");
  private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");
  private static final int MAX_MINUTES = 100_000;
  private static final int MAX_CASES = 100_000_000;

  private TaskValidator() {}

  /** A task read from text cells, or the reasons it cannot be. */
  record Parsed(AutomationTask task, List<FieldError> errors) {}

  static Parsed parse(int row, Map<TaskColumn, String> cells) {
    var errors = new ArrayList<FieldError>();
    String tech = text(cells.get(TECHNOLOGY));
    Technology technology = null;
    if (tech != null) {
      technology = Technology.parse(tech).orElse(null);
      if (technology == null) {
        errors.add(error(row, TECHNOLOGY, Reason.of(ReasonCode.UNKNOWN_TECHNOLOGY, tech)));
      }
    }
    String st = text(cells.get(STATUS));
    TaskStatus status = null;
    if (st != null) {
      status = TaskStatus.parse(st).orElse(null);
      if (status == null) {
        errors.add(error(row, STATUS, Reason.of(ReasonCode.UNKNOWN_STATUS, st)));
      }
    }
    LocalDate goLive = date(row, cells.get(GO_LIVE_DATE), errors);
    Integer baseline = integer(row, BASELINE_MINUTES, cells.get(BASELINE_MINUTES), errors);
    Integer cases = integer(row, EXPECTED_ANNUAL_CASES, cells.get(EXPECTED_ANNUAL_CASES), errors);
    var task =
        new AutomationTask(
            text(cells.get(CODE)),
            text(cells.get(NAME_JA)),
            text(cells.get(NAME_EN)),
            text(cells.get(DEPARTMENT)),
            text(cells.get(DIVISION)),
            technology,
            status,
            goLive,
            text(cells.get(PROCESS_KEY)),
            baseline == null ? 0 : baseline,
            cases == null ? 0 : cases,
            text(cells.get(NOTES)));
    List<FieldError> rules = validate(row, task);
    // a value that could not be read is reported once, by the reading
    rules.stream()
        .filter(r -> errors.stream().noneMatch(e -> e.field().equals(r.field())))
        .forEach(errors::add);
    return new Parsed(errors.isEmpty() ? task : null, errors);
  }

  /** Checks a task's values; an empty list when it may be saved. */
  static List<FieldError> validate(int row, AutomationTask t) {
    var errors = new ArrayList<FieldError>();
    if (t.code() == null || !CODE_PATTERN.matcher(t.code()).matches()) {
      errors.add(error(row, CODE, Reason.of(ReasonCode.CODE_FORMAT)));
    }
    required(row, NAME_JA, t.nameJa(), 200, errors);
    optional(row, NAME_EN, t.nameEn(), 200, errors);
    required(row, DEPARTMENT, t.department(), 100, errors);
    optional(row, DIVISION, t.division(), 100, errors);
    if (t.technology() == null) {
      errors.add(error(row, TECHNOLOGY, Reason.of(ReasonCode.REQUIRED)));
    }
    if (t.status() == null) {
      errors.add(error(row, STATUS, Reason.of(ReasonCode.REQUIRED)));
    } else if (t.status() == TaskStatus.PRODUCTION && t.goLiveDate() == null) {
      errors.add(error(row, GO_LIVE_DATE, Reason.of(ReasonCode.GO_LIVE_REQUIRED)));
    }
    if (t.processKey() != null
        && !t.processKey().isBlank()
        && !KEY_PATTERN.matcher(t.processKey()).matches()) {
      errors.add(error(row, PROCESS_KEY, Reason.of(ReasonCode.PROCESS_KEY_FORMAT)));
    }
    if (t.baselineMinutes() <= 0 || t.baselineMinutes() > MAX_MINUTES) {
      errors.add(error(row, BASELINE_MINUTES, Reason.of(ReasonCode.OUT_OF_RANGE, 1, MAX_MINUTES)));
    }
    if (t.expectedAnnualCases() < 0 || t.expectedAnnualCases() > MAX_CASES) {
      errors.add(
          error(row, EXPECTED_ANNUAL_CASES, Reason.of(ReasonCode.OUT_OF_RANGE, 0, MAX_CASES)));
    }
    optional(row, NOTES, t.notes(), 2000, errors);
    return errors;
  }

  private static void required(
      int row, TaskColumn column, String value, int max, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(error(row, column, Reason.of(ReasonCode.REQUIRED)));
    } else {
      optional(row, column, value, max, errors);
    }
  }

  private static void optional(
      int row, TaskColumn column, String value, int max, List<FieldError> errors) {
    if (value != null && value.length() > max) {
      errors.add(error(row, column, Reason.of(ReasonCode.TOO_LONG, max)));
    }
  }

  private static LocalDate date(int row, String cell, List<FieldError> errors) {
    String value = text(cell);
    if (value == null) {
      return null;
    }
    try {
      return value.contains("/") ? LocalDate.parse(value, SLASHED) : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(error(row, GO_LIVE_DATE, Reason.of(ReasonCode.NOT_A_DATE, value)));
      return null;
    }
  }

  private static Integer integer(int row, TaskColumn column, String cell, List<FieldError> errors) {
    String value = text(cell);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.replace(",", ""));
    } catch (NumberFormatException e) {
      errors.add(error(row, column, Reason.of(ReasonCode.NOT_A_WHOLE_NUMBER, value)));
      return null;
    }
  }

  private static String text(String cell) {
    return cell == null || cell.isBlank() ? null : cell.strip();
  }

  private static FieldError error(int row, TaskColumn column, Reason reason) {
    return new FieldError(row, column.header(), reason);
  }
}
