package jp.gyomu.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.gyomu.registry.Csv;
import jp.gyomu.registry.Progress;
import jp.gyomu.registry.Savings;

/** The half-year annex as CSV: UTF-8 with a byte order mark, so Excel reads Japanese right. */
final class ReportCsv {

  private ReportCsv() {}

  static byte[] write(Progress p, ReportLabels labels) {
    var out = new StringBuilder(Csv.BYTE_ORDER_MARK);
    Csv.appendLine(out, AnnexColumns.headers(labels));
    int no = 1;
    for (Progress.TaskProgress t : p.tasks()) {
      Savings s = t.savings();
      Csv.appendLine(
          out,
          List.of(
              String.valueOf(no++),
              labels.name(t.task()),
              t.task().department(),
              labels.technology(t.task().technology()),
              labels.status(t.status()),
              t.task().goLiveDate() == null ? "" : t.task().goLiveDate().toString(),
              String.valueOf(s.cases()),
              s.grossHours().toPlainString(),
              s.netHours().toPlainString(),
              t.task().notes() == null ? "" : t.task().notes()));
    }
    Savings total = p.total();
    Csv.appendLine(
        out,
        List.of(
            labels.text("report.total"),
            "",
            "",
            "",
            "",
            "",
            String.valueOf(total.cases()),
            total.grossHours().toPlainString(),
            total.netHours().toPlainString(),
            ""));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
