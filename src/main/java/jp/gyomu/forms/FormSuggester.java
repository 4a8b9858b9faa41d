package jp.gyomu.forms;

import java.io.IOException;
import java.util.Optional;

/**
 * Proposes a whole template for a form nobody has defined yet, from one filled sample and, when the
 * office has it, the blank form: label/value pairs, check boxes and option groups, tables with
 * their header row, values typed by what they look like. What {@code POST
 * /api/document-types/suggest} answers and what the form studio starts a draft from.
 */
public interface FormSuggester {

  /**
   * Reads {@code sample} (and {@code blank}) as an upload is read and proposes a template.
   *
   * @throws UnreadableScanException when a file is not a readable scan (a 4xx problem naming the
   *     part, {@code sample} or {@code blank}, and the reason)
   */
  SuggestedForm suggest(ScanFile sample, Optional<ScanFile> blank) throws IOException;

  /** A file as the analyst sent it. */
  record ScanFile(String name, byte[] content) {}
}
