package jp.gyomu.review;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import jp.gyomu.fields.FieldDefinition;
import jp.gyomu.ingestion.DocumentStore;
import jp.gyomu.support.TestCases;
import jp.gyomu.testdocs.TestPaper;

/** A scanned page for a case TestCases started: each label and value where its field's box is. */
final class CasePageScan {

  private static final String FONT = "Noto Serif CJK JP";

  private CasePageScan() {}

  static void write(
      DocumentStore store,
      String documentId,
      String documentType,
      String title,
      Map<String, Object> values) {
    BufferedImage page = TestPaper.a4(150);
    var pen = TestPaper.blackPen(page);
    pen.setFont(new Font(FONT, Font.BOLD, 40));
    pen.drawString(title, 420, 120);
    pen.setFont(new Font(FONT, Font.PLAIN, 28));
    List<FieldDefinition> fields = TestCases.template(documentType).fields();
    for (int row = 0; row < fields.size(); row++) {
      FieldDefinition field = fields.get(row);
      int y = 200 + 80 * row;
      pen.drawString(field.label(), 120, y + 36);
      pen.drawString(printed(values.get(field.name())), 610, y + 36);
      pen.drawLine(600, y + 48, 1100, y + 48);
    }
    pen.dispose();
    try {
      Path file = store.pageImage(documentId, 1);
      Files.createDirectories(file.getParent());
      ImageIO.write(page, "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String printed(Object value) {
    if (value instanceof Long amount) {
      return String.format("%,d 円", amount);
    }
    if (value instanceof LocalDate date) {
      return "令和"
          + (date.getYear() - 2018)
          + "年"
          + date.getMonthValue()
          + "月"
          + date.getDayOfMonth()
          + "日";
    }
    return value == null ? "" : value.toString();
  }
}
