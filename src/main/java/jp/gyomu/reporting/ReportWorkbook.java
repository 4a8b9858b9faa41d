package jp.gyomu.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import jp.gyomu.registry.Progress;
import jp.gyomu.registry.Savings;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The progress report as an Excel workbook, one sheet per report: the half-year annex (進捗状況), hours
 * saved per month and per department. Numbers are numbers and dates are dates, so the council
 * material can be built on them.
 */
final class ReportWorkbook {

  private final ReportLabels labels;
  private final Workbook workbook = new XSSFWorkbook();
  private final CellStyle title;
  private final CellStyle header;
  private final CellStyle text;
  private final CellStyle integer;
  private final CellStyle hours;
  private final CellStyle date;
  private final CellStyle month;
  private final CellStyle totalText;
  private final CellStyle totalInteger;
  private final CellStyle totalHours;

  ReportWorkbook(ReportLabels labels) {
    this.labels = labels;
    Font bold = workbook.createFont();
    bold.setBold(true);
    Font big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    title = workbook.createCellStyle();
    title.setFont(big);
    header = bordered();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setWrapText(true);
    text = bordered();
    text.setWrapText(true);
    integer = numeric("#,##0");
    hours = numeric("#,##0.0");
    date = numeric("yyyy/mm/dd");
    month = numeric("yyyy\"年\"m\"月\"");
    totalText = bordered();
    totalText.setFont(bold);
    totalInteger = numeric("#,##0");
    totalInteger.setFont(bold);
    totalHours = numeric("#,##0.0");
    totalHours.setFont(bold);
  }

  byte[] write(Progress progress) {
    annex(progress);
    months(progress);
    departments(progress);
    try (workbook) {
      var out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void annex(Progress p) {
    Sheet sheet = workbook.createSheet(labels.text("report.sheet.progress"));
    cell(sheet, 0, 0, labels.text("report.title", labels.period(p.period())), title);
    cell(
        sheet,
        1,
        0,
        labels.text(
            "report.summary",
            p.automated(),
            p.target().map(String::valueOf).orElse("-"),
            p.automatedAtYearStart()),
        null);
    List<String> headers = AnnexColumns.headers(labels);
    Row head = sheet.createRow(3);
    for (int c = 0; c < headers.size(); c++) {
      cell(head, c, headers.get(c), header);
    }
    int r = 4;
    int no = 1;
    for (Progress.TaskProgress t : p.tasks()) {
      Row row = sheet.createRow(r++);
      number(row, 0, no++, integer);
      cell(row, 1, labels.name(t.task()), text);
      cell(row, 2, t.task().department(), text);
      cell(row, 3, labels.technology(t.task().technology()), text);
      cell(row, 4, labels.status(t.status()), text);
      Cell goLive = row.createCell(5);
      goLive.setCellStyle(date);
      if (t.task().goLiveDate() != null) {
        goLive.setCellValue(t.task().goLiveDate());
      }
      savings(row, 6, t.savings(), integer, hours);
      cell(row, 9, t.task().notes() == null ? "" : t.task().notes(), text);
    }
    Row total = sheet.createRow(r);
    cell(total, 0, labels.text("report.total"), totalText);
    for (int c = 1; c <= 5; c++) {
      cell(total, c, "", totalText);
    }
    savings(total, 6, p.total(), totalInteger, totalHours);
    cell(total, 9, "", totalText);
    int[] widths = {5, 34, 14, 12, 10, 12, 10, 12, 12, 30};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(0, 4);
    sheet.getPrintSetup().setLandscape(true);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
  }

  private void months(Progress p) {
    Sheet sheet = workbook.createSheet(labels.text("report.sheet.months"));
    cell(
        sheet,
        0,
        0,
        labels.text("report.months.title", labels.period(p.period().wholeYear())),
        title);
    header(
        sheet,
        2,
        "report.col.month",
        "report.col.cases",
        "report.col.gross",
        "report.col.human",
        "report.col.net");
    int r = 3;
    for (Progress.MonthSavings m : p.months()) {
      Row row = sheet.createRow(r++);
      Cell c = row.createCell(0);
      c.setCellValue(m.month().atDay(1));
      c.setCellStyle(month);
      savingsWithHuman(row, 1, m.savings(), integer, hours);
    }
    Row total = sheet.createRow(r);
    cell(total, 0, labels.text("report.total"), totalText);
    savingsWithHuman(total, 1, p.yearTotal(), totalInteger, totalHours);
    widths(sheet, 14, 12, 14, 14, 14);
  }

  private void departments(Progress p) {
    Sheet sheet = workbook.createSheet(labels.text("report.sheet.departments"));
    cell(sheet, 0, 0, labels.text("report.departments.title", labels.period(p.period())), title);
    header(
        sheet,
        2,
        "report.col.department",
        "report.col.cases",
        "report.col.gross",
        "report.col.human",
        "report.col.net");
    int r = 3;
    for (Progress.DepartmentSavings d : p.departments()) {
      Row row = sheet.createRow(r++);
      cell(row, 0, d.department(), text);
      savingsWithHuman(row, 1, d.savings(), integer, hours);
    }
    Row total = sheet.createRow(r);
    cell(total, 0, labels.text("report.total"), totalText);
    savingsWithHuman(total, 1, p.total(), totalInteger, totalHours);
    widths(sheet, 20, 12, 14, 14, 14);
  }

  private void savings(Row row, int column, Savings s, CellStyle count, CellStyle hour) {
    number(row, column, s.cases(), count);
    number(row, column + 1, s.grossHours().doubleValue(), hour);
    number(row, column + 2, s.netHours().doubleValue(), hour);
  }

  private void savingsWithHuman(Row row, int column, Savings s, CellStyle count, CellStyle hour) {
    number(row, column, s.cases(), count);
    number(row, column + 1, s.grossHours().doubleValue(), hour);
    number(row, column + 2, s.humanHours().doubleValue(), hour);
    number(row, column + 3, s.netHours().doubleValue(), hour);
  }

  private void header(Sheet sheet, int rowIndex, String... keys) {
    Row row = sheet.createRow(rowIndex);
    for (int c = 0; c < keys.length; c++) {
      cell(row, c, labels.text(keys[c]), header);
    }
    sheet.createFreezePane(0, rowIndex + 1);
  }

  private static void widths(Sheet sheet, int... widths) {
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
  }

  private static void cell(Sheet sheet, int row, int column, String value, CellStyle style) {
    Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
    cell(r, column, value, style);
  }

  private static void cell(Row row, int column, String value, CellStyle style) {
    Cell c = row.createCell(column);
    c.setCellValue(value);
    if (style != null) {
      c.setCellStyle(style);
    }
  }

  private static void number(Row row, int column, double value, CellStyle style) {
    Cell c = row.createCell(column);
    c.setCellValue(value);
    c.setCellStyle(style);
  }

  private CellStyle bordered() {
    CellStyle s = workbook.createCellStyle();
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    return s;
  }

  private CellStyle numeric(String format) {
    CellStyle s = bordered();
    s.setDataFormat(workbook.createDataFormat().getFormat(format));
    return s;
  }
}
