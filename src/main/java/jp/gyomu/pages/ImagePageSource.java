package jp.gyomu.pages;

import static jp.gyomu.pages.UnreadableDocumentException.Problem.CORRUPT;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** PNG, JPEG, BMP (one page) and TIFF (one page per image file directory) through ImageIO. */
final class ImagePageSource implements PageSource {

  private final DocumentFormat format;
  private final ImageInputStream input;
  private final ImageReader reader;
  private final int pageCount;

  private ImagePageSource(DocumentFormat format, ImageInputStream input, ImageReader reader)
      throws IOException {
    this.format = format;
    this.input = input;
    this.reader = reader;
    // TIFF walks the directory chain only; the others hold one image
    this.pageCount = format == DocumentFormat.TIFF ? reader.getNumImages(true) : 1;
  }

  static ImagePageSource open(Path file, DocumentFormat format) {
    ImageInputStream input = null;
    try {
      input = ImageIO.createImageInputStream(file.toFile());
      ImageReader reader = readerFor(format);
      reader.setInput(input, false, false);
      ImagePageSource source = new ImagePageSource(format, input, reader);
      if (source.pageCount < 1) {
        throw new UnreadableDocumentException(CORRUPT, "The " + format + " file holds no image.");
      }
      return source;
    } catch (IOException | RuntimeException e) {
      closeQuietly(input);
      if (e instanceof UnreadableDocumentException u) {
        throw u;
      }
      throw corrupt(format, "its header", e);
    }
  }

  @Override
  public DocumentFormat format() {
    return format;
  }

  @Override
  public int pageCount() {
    return pageCount;
  }

  @Override
  public PageGeometry geometry(int pageIndex) {
    checkIndex(pageIndex);
    try {
      int width = reader.getWidth(pageIndex);
      int height = reader.getHeight(pageIndex);
      return new PageGeometry(
          width, height, ImageResolution.of(reader.getImageMetadata(pageIndex), width, height));
    } catch (IOException | RuntimeException e) {
      throw corrupt(format, "the header of page " + (pageIndex + 1), e);
    }
  }

  @Override
  public PageImage render(int pageIndex) {
    PageGeometry geometry = geometry(pageIndex);
    // decoders report truncated or damaged data as warnings and fill the rest with grey
    List<String> warnings = new ArrayList<>();
    reader.addIIOReadWarningListener((r, warning) -> warnings.add(warning));
    try {
      BufferedImage image = reader.read(pageIndex);
      if (!warnings.isEmpty()) {
        throw new UnreadableDocumentException(
            CORRUPT,
            "Page "
                + (pageIndex + 1)
                + " of the "
                + format
                + " file is damaged: "
                // a truncated strip repeats its warning per row: a few distinct ones say enough
                + warnings.stream().distinct().limit(3).toList());
      }
      return new PageImage(pageIndex, image, geometry.dpi());
    } catch (IOException | RuntimeException e) {
      if (e instanceof UnreadableDocumentException u) {
        throw u;
      }
      throw corrupt(format, "page " + (pageIndex + 1), e);
    } finally {
      reader.removeAllIIOReadWarningListeners();
    }
  }

  @Override
  public void close() {
    reader.dispose();
    closeQuietly(input);
  }

  private void checkIndex(int pageIndex) {
    if (pageIndex < 0 || pageIndex >= pageCount) {
      throw new IndexOutOfBoundsException("page " + pageIndex + " of " + pageCount);
    }
  }

  private static ImageReader readerFor(DocumentFormat format) {
    Iterator<ImageReader> readers =
        ImageIO.getImageReadersByFormatName(format.name().toLowerCase(Locale.ROOT));
    if (!readers.hasNext()) {
      throw new IllegalStateException("No ImageIO reader for " + format);
    }
    return readers.next();
  }

  private static UnreadableDocumentException corrupt(
      DocumentFormat format, String part, Exception cause) {
    String detail =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new UnreadableDocumentException(
        CORRUPT,
        "The "
            + format
            + " file is damaged or truncated; "
            + part
            + " cannot be read ("
            + detail
            + ").",
        cause);
  }

  private static void closeQuietly(ImageInputStream input) {
    if (input != null) {
      try {
        input.close();
      } catch (IOException ignored) {
        // nothing left to release
      }
    }
  }
}
