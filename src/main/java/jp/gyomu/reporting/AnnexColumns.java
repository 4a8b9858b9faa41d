package jp.gyomu.reporting;

import java.util.List;

/** The columns of the half-year annex (上半期進捗状況), the same on the page, in CSV and XLSX. */
final class AnnexColumns {

  private static final List<String> KEYS =
      List.of(
          "report.col.no",
          "report.col.name",
          "report.col.department",
          "report.col.technology",
          "report.col.status",
          "report.col.golive",
          "report.col.cases",
          "report.col.gross",
          "report.col.net",
          "report.col.notes");

  private AnnexColumns() {}

  static List<String> headers(ReportLabels labels) {
    return KEYS.stream().map(labels::text).toList();
  }
}
