package jp.gyomu.testdocs.forms;

import java.awt.Rectangle;
import java.util.List;
import java.util.Map;
import jp.gyomu.testdocs.ScanVariant;
import jp.gyomu.testdocs.TestDocument;

/**
 * One generated page with its ground truth.
 *
 * @param content what the form says (the expected values follow from it)
 * @param layout how it is laid out
 * @param scan how the page was degraded
 * @param document the page image and every text drawn, with boxes before degradation
 * @param boxes each field's box on the page before degradation: a value's text, a check box's
 *     square, a choice's options, a table's body, a QR code
 */
public record GeneratedForm(
    String type,
    long seed,
    PageVariant variant,
    FormContent content,
    LayoutStyle layout,
    ScanVariant scan,
    TestDocument document,
    Map<String, Rectangle> boxes) {

  /** Every value a reader should get, by field name (see {@link FormContent#expected()}). */
  public Map<String, Object> expected() {
    return content.expected();
  }

  /** Fields answered by a check box or a choice. */
  public List<String> markFields() {
    return content.markFields();
  }
}
