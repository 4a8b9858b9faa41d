package jp.gyomu.forms;

import java.util.List;
import jp.gyomu.process.CaseField.Box;

/**
 * A proposed template and what it was proposed from: the sample's first page upright (the pixels
 * every box is given in), every OCR line and word on it, and where each proposed field's label and
 * value were found.
 *
 * @param id a proposed document-type id (romaji from the title, e.g. {@code
 *     school-aid-application})
 * @param yaml the proposed template in the language of {@code processes/*.fields.yaml}
 * @param pagePng the sample's first page as read (upright, deskewed), PNG
 */
public record SuggestedForm(
    String id, String yaml, byte[] pagePng, SamplePage page, List<Placement> placements) {

  /** The sample page as the OCR read it. */
  public record SamplePage(int width, int height, List<Line> lines) {}

  public record Line(String text, Box box, List<Word> words) {}

  public record Word(String text, Box box, double confidence) {}

  /**
   * Where a proposed field is on the sample: its label's box (absent for a field without a label)
   * and its value's box (a table's whole area, a check box's square).
   */
  public record Placement(String field, Box label, Box value) {}
}
