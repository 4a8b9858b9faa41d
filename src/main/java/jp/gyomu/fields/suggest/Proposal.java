package jp.gyomu.fields.suggest;

import java.awt.Rectangle;
import java.util.List;
import jp.gyomu.fields.FieldType;
import jp.gyomu.fields.Zone;
import jp.gyomu.ocr.OcrWord;

/**
 * A template proposed from a sample page, before it is written as YAML.
 *
 * @param id a document-type id in romaji from the title ({@code ryohi-seisansho}), or {@code
 *     new-form}
 * @param nameJa the title as printed, without spaces
 * @param nameEn the title's romaji, capitalised, for an analyst to replace
 * @param keywords classification keywords (the title)
 * @param fields the proposed fields, top to bottom
 * @param lines every visual line of the sample with its words
 */
public record Proposal(
    String id,
    String nameJa,
    String nameEn,
    List<String> keywords,
    List<Field> fields,
    int width,
    int height,
    List<Line> lines) {

  /**
   * One proposed field.
   *
   * @param required the sample had a value for it
   * @param labelBox where its label is on the sample, or null
   * @param valueBox where its value is (a table's body, a check box's square, a choice's options)
   * @param zone where to look, for a value printed without a label (a date above the title), or
   *     null
   */
  public record Field(
      String name,
      String label,
      FieldType type,
      boolean required,
      int minConfidence,
      List<String> options,
      List<Column> columns,
      Rectangle labelBox,
      Rectangle valueBox,
      Zone zone) {}

  public record Column(String name, String label, FieldType type) {}

  /** A visual line of the sample: its text, box and words left to right. */
  public record Line(String text, Rectangle box, List<OcrWord> words) {}
}
