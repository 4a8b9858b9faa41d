package jp.gyomu.forms;

import java.util.List;
import java.util.function.Supplier;
import jp.gyomu.ocr.PageText;

/**
 * A scan read as an upload is read: its upright pages, or why it could not be read.
 *
 * @param error why the file was not read; null when it was
 */
public record ReadScan(String name, String error, List<Page> pages) {

  static ReadScan failed(String name, String error) {
    return new ReadScan(name, error, List.of());
  }

  /**
   * One page as read: the text with word boxes, and the upright image (PNG) those boxes are in,
   * fetched only when a field reads pixels.
   */
  public record Page(PageText text, int width, int height, Supplier<byte[]> png) {}
}
