package jp.gyomu.registry;

import java.util.Locale;

/** The registry's columns in CSV and YAML files, in file order; names as in the JSON API. */
enum TaskColumn {
  CODE,
  NAME_JA,
  NAME_EN,
  DEPARTMENT,
  DIVISION,
  TECHNOLOGY,
  STATUS,
  GO_LIVE_DATE,
  PROCESS_KEY,
  BASELINE_MINUTES,
  EXPECTED_ANNUAL_CASES,
  NOTES;

  String header() {
    return name().toLowerCase(Locale.ROOT);
  }

  String cell(AutomationTask t) {
    Object value =
        switch (this) {
          case CODE -> t.code();
          case NAME_JA -> t.nameJa();
          case NAME_EN -> t.nameEn();
          case DEPARTMENT -> t.department();
          case DIVISION -> t.division();
          case TECHNOLOGY -> t.technology().label();
          case STATUS -> t.status().name();
          case GO_LIVE_DATE -> t.goLiveDate();
          case PROCESS_KEY -> t.processKey();
          case BASELINE_MINUTES -> t.baselineMinutes();
          case EXPECTED_ANNUAL_CASES -> t.expectedAnnualCases();
          case NOTES -> t.notes();
        };
    return value == null ? "" : value.toString();
  }
}
