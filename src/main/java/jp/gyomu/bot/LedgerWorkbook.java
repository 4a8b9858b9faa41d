package jp.gyomu.bot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The office's ledger as an Excel workbook per process, {@code <outbox>/<process-id>.xlsx}: one row
 * per case, Japanese headers, numbers as numbers and dates as dates, so a clerk can sum and filter
 * without retyping. A case is entered once: its process instance id is the row's key, so a bot that
 * retries after a lost completion does not enter it twice. Bots on several nodes sharing the outbox
 * take turns on a workbook through a file lock ({@code <process-id>.xlsx.lock}).
 */
public final class LedgerWorkbook {

  static final String SHEET = "台帳";
  static final String KEY_HEADER = "プロセスID";
  private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

  private final Path outbox;

  public LedgerWorkbook(Path outbox) {
    this.outbox = outbox;
  }

  public Path file(String processKey) {
    if (!processKey.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("Not a process id: " + processKey);
    }
    return outbox.resolve(processKey + ".xlsx");
  }

  /**
   * Appends {@code values} (header to value, in column order) under {@code key} unless a row with
   * that key exists. Returns the 1-based row number as Excel shows it.
   */
  public int enter(String processKey, String key, Map<String, Object> values) throws IOException {
    Path file = file(processKey);
    synchronized (LOCKS.computeIfAbsent(file, f -> new Object())) {
      Files.createDirectories(outbox);
      // the nodes of a cluster share the outbox: their bots take turns on a workbook, or one
      // node's row would be lost when the other replaces the file (the JVM lock above is for
      // this node's threads; a file lock is per process)
      try (FileChannel turn =
              FileChannel.open(
                  file.resolveSibling(file.getFileName() + ".lock"),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          FileLock held = turn.lock();
          Workbook workbook = open(file)) {
        Sheet sheet = workbook.getSheet(SHEET);
        Map<String, Object> all = new LinkedHashMap<>(values);
        all.put(KEY_HEADER, key);
        Map<String, Integer> columns = columns(workbook, sheet, all);
        int keyColumn = columns.get(KEY_HEADER);
        for (Row row : sheet) {
          Cell cell = row.getCell(keyColumn);
          if (row.getRowNum() > 0 && cell != null && key.equals(cell.getStringCellValue())) {
            return row.getRowNum() + 1;
          }
        }
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        Styles styles = new Styles(workbook);
        all.forEach((header, value) -> write(row.createCell(columns.get(header)), value, styles));
        save(workbook, file);
        return row.getRowNum() + 1;
      }
    }
  }

  private static Workbook open(Path file) throws IOException {
    if (Files.exists(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        return new XSSFWorkbook(in);
      }
    }
    var workbook = new XSSFWorkbook();
    workbook.createSheet(SHEET).createRow(0);
    return workbook;
  }

  /** Header to column; headers this case brings that the sheet lacks are added at the right. */
  private static Map<String, Integer> columns(
      Workbook workbook, Sheet sheet, Map<String, Object> values) {
    Row header = sheet.getRow(0);
    Map<String, Integer> columns = new HashMap<>();
    header.forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
    CellStyle bold = null;
    for (String name : values.keySet()) {
      if (!columns.containsKey(name)) {
        if (bold == null) {
          var font = workbook.createFont();
          font.setBold(true);
          bold = workbook.createCellStyle();
          bold.setFont(font);
        }
        int column = Math.max(header.getLastCellNum(), 0);
        Cell cell = header.createCell(column);
        cell.setCellValue(name);
        cell.setCellStyle(bold);
        sheet.setColumnWidth(column, 18 * 256);
        columns.put(name, column);
      }
    }
    return columns;
  }

  private static void write(Cell cell, Object value, Styles styles) {
    if (value == null) {
      cell.setBlank();
    } else if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
      cell.setCellStyle(styles.number);
    } else if (value instanceof LocalDateTime time) {
      cell.setCellValue(time);
      cell.setCellStyle(styles.dateTime);
    } else if (value instanceof LocalDate date) {
      cell.setCellValue(date);
      cell.setCellStyle(styles.date);
    } else if (value instanceof Boolean flag) {
      cell.setCellValue(flag ? "はい" : "いいえ");
    } else {
      String text = value.toString();
      LocalDate date = isoDate(text);
      if (date != null) {
        write(cell, date, styles);
      } else {
        cell.setCellValue(text);
      }
    }
  }

  private static LocalDate isoDate(String text) {
    if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static void save(Workbook workbook, Path file) throws IOException {
    // write beside, then replace: a crash never leaves a half-written ledger
    Path part = file.resolveSibling(file.getFileName() + ".part");
    try (OutputStream out = Files.newOutputStream(part)) {
      workbook.write(out);
    }
    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static final class Styles {
    final CellStyle number;
    final CellStyle date;
    final CellStyle dateTime;

    Styles(Workbook workbook) {
      number = style(workbook, "#,##0");
      date = style(workbook, "yyyy/mm/dd");
      dateTime = style(workbook, "yyyy/mm/dd hh:mm");
    }

    /** Reuses the workbook's style for a format: Excel allows only so many styles per file. */
    private static CellStyle style(Workbook workbook, String format) {
      for (int i = 0; i < workbook.getNumCellStyles(); i++) {
        CellStyle existing = workbook.getCellStyleAt(i);
        if (format.equals(existing.getDataFormatString())) {
          return existing;
        }
      }
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(workbook.createDataFormat().getFormat(format));
      return style;
    }
  }
}
