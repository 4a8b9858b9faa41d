package jp.gyomu.pages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.gyomu.ocr.JapaneseText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Extracts one PDF page's text layer.
 *
 * <p>Horizontal text: PDFBox's text stripper in content-stream order, then {@link JapaneseText}
 * removes the spaces it inserts between CJK glyphs. Vertical text (glyphs mostly from fonts with
 * vertical writing mode, as in 縦書き documents): the stripper ends a line after every glyph, so the
 * glyphs are regrouped into columns, read right to left and top to bottom, one column per line.
 */
final class PdfTextLayer {

  private PdfTextLayer() {}

  static String extract(PDDocument document, int pageIndex) throws IOException {
    PositionRecordingStripper stripper = new PositionRecordingStripper();
    stripper.setStartPage(pageIndex + 1);
    stripper.setEndPage(pageIndex + 1);
    stripper.setLineSeparator("\n");
    String text = stripper.getText(document);
    if (stripper.isMostlyVertical()) {
      text = columns(stripper.vertical);
    }
    return JapaneseText.removeSpacesBetweenCjk(text)
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  /**
   * Keeps the producer's order (which reads tiers of columns correctly) and starts a new line where
   * a glyph leaves the column: it moves sideways by more than half a glyph or back up.
   */
  private static String columns(List<TextPosition> glyphs) {
    StringBuilder text = new StringBuilder();
    TextPosition previous = null;
    for (TextPosition glyph : glyphs) {
      if (previous != null
          && (Math.abs(glyph.getX() - previous.getX()) > previous.getWidth() / 2
              || glyph.getY() < previous.getY())) {
        text.append('\n');
      }
      text.append(glyph.getUnicode());
      previous = glyph;
    }
    return text.toString();
  }

  /** The usual stripper, also keeping the glyphs set in a vertical writing mode. */
  private static final class PositionRecordingStripper extends PDFTextStripper {
    private final List<TextPosition> vertical = new ArrayList<>();
    private int horizontal;

    @Override
    protected void processTextPosition(TextPosition text) {
      if (text.getFont() != null && text.getFont().isVertical()) {
        vertical.add(text);
      } else {
        horizontal++;
      }
      super.processTextPosition(text);
    }

    boolean isMostlyVertical() {
      return vertical.size() > horizontal;
    }
  }
}
