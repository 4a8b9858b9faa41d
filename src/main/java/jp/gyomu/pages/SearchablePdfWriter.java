package jp.gyomu.pages;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jp.gyomu.ocr.JapaneseText;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.ocr.PageText;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a searchable PDF: each page shows the scanned image and carries the OCR text as an
 * invisible layer (render mode 3) over the word boxes, so the text can be searched, selected and
 * copied. See docs/decisions/0002-searchable-pdf.md for why it is built this way.
 *
 * <p>Words of a line are written as runs stretched to reach the next word, as Tesseract does, so
 * text extractors see no gaps; a space character is written between two words only where {@link
 * JapaneseText} keeps one, so Japanese comes out without spaces between characters.
 *
 * <p>Images: bilevel pages as CCITT G4, grey and colour pages as JPEG (colour is kept for stamps
 * and handwriting in colour). Pages are added one at a time; PDFBox keeps their compressed streams
 * in memory up to a budget and in temporary files beyond it.
 *
 * <pre>{@code
 * try (SearchablePdfWriter writer = new SearchablePdfWriter(target)) {
 *   for (...) writer.addPage(image, pageText);
 *   writer.save();
 * }
 * }</pre>
 */
public final class SearchablePdfWriter implements Closeable {

  private static final float POINTS_PER_INCH = 72f;

  private final Path target;
  private final float jpegQuality;
  private final PDDocument document;
  private final GlyphlessFont font;

  /**
   * @param jpegQuality 0 to 1; 0.6 keeps A4 grey scans at 300 dpi legible at about 400 KB for a
   *     dense page (JPEG is poor at clean anti-aliased text; bilevel pages as CCITT G4 are far
   *     smaller)
   */
  SearchablePdfWriter(Path target, float jpegQuality) {
    this.target = target;
    this.jpegQuality = jpegQuality;
    this.document = new PDDocument(MemoryUsageSetting.setupMixed(32L << 20).streamCache);
    this.font = new GlyphlessFont(document);
  }

  public SearchablePdfWriter(Path target) {
    this(target, 0.6f);
  }

  /**
   * Adds a page.
   *
   * @param upright the page image upright, as the OCR read it (turned by {@code
   *     text.rotationDegrees()} from the scan, as the document store keeps it), so that it matches
   *     the word boxes
   * @param text OCR result whose boxes refer to an image of {@code text.width() x text.height()}
   *     pixels at {@code text.dpi()}; boxes are scaled if the image was resampled for OCR
   */
  public void addPage(BufferedImage upright, PageText text) {
    if (text.width() <= 0 || text.height() <= 0 || text.dpi() <= 0) {
      throw new IllegalArgumentException("PageText without image size or dpi: " + text);
    }
    float pageWidth =
        upright.getWidth() * POINTS_PER_INCH / text.dpi() * text.width() / upright.getWidth();
    float pageHeight =
        upright.getHeight() * POINTS_PER_INCH / text.dpi() * text.height() / upright.getHeight();
    PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
    PDResources resources = new PDResources();
    page.setResources(resources);
    try {
      COSName imageName = resources.add(compress(upright));
      COSDictionary fonts = new COSDictionary();
      fonts.setItem(GlyphlessFont.RESOURCE_NAME, font.dictionary());
      resources.getCOSObject().setItem(COSName.FONT, fonts);

      StringBuilder content = new StringBuilder();
      content.append(
          String.format(
              Locale.ROOT,
              "q %.3f 0 0 %.3f 0 0 cm /%s Do Q\n",
              pageWidth,
              pageHeight,
              imageName.getName()));
      appendTextLayer(content, text, pageWidth / text.width(), pageHeight);
      PDStream stream = new PDStream(document);
      try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
        out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
      }
      page.setContents(stream);
      document.addPage(page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the PDF with the pages added so far; call once, after the last page. */
  public void save() {
    try {
      font.finish();
      document.save(target.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the searchable PDF " + target, e);
    }
  }

  /** Releases memory and temporary files; does not save (a failed document leaves no file). */
  @Override
  public void close() {
    try {
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void appendTextLayer(
      StringBuilder content, PageText text, float scale, float pageHeight) {
    List<TextLines.Line> lines = TextLines.of(text.words());
    if (lines.isEmpty()) {
      return;
    }
    content.append("BT\n3 Tr\n");
    for (TextLines.Line line : lines) {
      // one size and baseline per line, so that extractors keep the line together
      float size = line.box().height * scale;
      float baseline = pageHeight - (float) line.box().getMaxY() * scale;
      List<OcrWord> words = line.words();
      for (int i = 0; i < words.size(); i++) {
        OcrWord word = words.get(i);
        OcrWord next = i + 1 < words.size() ? words.get(i + 1) : null;
        String run = next == null || joins(word, next) ? word.text() : word.text() + " ";
        Rectangle box = word.box();
        float left = box.x * scale;
        float right = (next == null ? box.x + box.width : next.box().x) * scale;
        float stretch =
            100 * Math.max(right - left, 0.1f) / (GlyphlessFont.width(run) / 1000f * size);
        content.append(
            String.format(
                Locale.ROOT,
                "/%s %.2f Tf %.2f Tz 1 0 0 1 %.2f %.2f Tm %s Tj\n",
                GlyphlessFont.RESOURCE_NAME.getName(),
                size,
                stretch,
                left,
                baseline,
                font.encode(run)));
      }
    }
    content.append("ET\n");
  }

  private static boolean joins(OcrWord word, OcrWord next) {
    String a = word.text();
    return JapaneseText.joinsWithoutSpace(
        a.codePointBefore(a.length()), next.text().codePointAt(0));
  }

  private PDImageXObject compress(BufferedImage image) throws IOException {
    if (image.getType() == BufferedImage.TYPE_BYTE_BINARY
        && image.getColorModel().getPixelSize() == 1) {
      return CCITTFactory.createFromImage(document, image);
    }
    return JPEGFactory.createFromImage(document, image, jpegQuality);
  }
}
