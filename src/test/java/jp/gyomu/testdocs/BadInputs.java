package jp.gyomu.testdocs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/**
 * Input a document intake must survive, generated in code so that nothing binary is committed and
 * every file is small on disk: empty and truncated files, files that lie about their type, locked
 * PDFs, decompression and page-count bombs, PDFs with scripts and attachments. Deterministic: the
 * same arguments give the same bytes.
 */
public final class BadInputs {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

  private BadInputs() {}

  /** A real scan: a numbered office form at 200 dpi, so every number gives new bytes. */
  public static TestDocument scan(int number, String series) {
    return ScanLikeDocuments.render(
        NumberedForms.form(number, series), ScanVariant.DPI_200, number);
  }

  public static byte[] png(TestDocument scan, Path dir) {
    return read(TestDocumentFiles.writePng(scan, dir, "scan-" + System.nanoTime()));
  }

  public static byte[] jpeg(TestDocument scan) {
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(scan.image(), "jpeg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] tiff(TestDocument scan, Path dir) {
    Path file = dir.resolve("scan-" + System.nanoTime() + ".tif");
    TestDocumentFiles.writeTiff(List.of(scan), file);
    return read(file);
  }

  public static byte[] pdf(TestDocument scan, Path dir) {
    Path file = dir.resolve("scan-" + System.nanoTime() + ".pdf");
    TestDocumentFiles.writePdf(List.of(scan), file);
    return read(file);
  }

  /** The first part of a file, as a copy or transfer cut short leaves it. */
  public static byte[] truncated(byte[] whole, double fraction) {
    return Arrays.copyOf(whole, (int) (whole.length * fraction));
  }

  /** Plain text, for a file named {@code .png} that is no image at all. */
  public static byte[] text(String line) {
    return (line + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A complete, valid PNG of {@code width x height} one-bit grey pixels, all black: deflate packs
   * the zero rows about a thousand to one, so 40,000 x 40,000 (200 MB of pixel data, 1.6 GB as
   * 8-bit grey once decoded) takes about 200 KB. Written row by row through a streaming deflater,
   * never held as an image.
   */
  public static byte[] hugePng(int width, int height) {
    var out = new ByteArrayOutputStream();
    out.writeBytes(PNG_SIGNATURE);
    ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
    header.put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", header.array());
    var pixels = new ByteArrayOutputStream();
    byte[] row = new byte[1 + (width + 7) / 8]; // filter byte "none", then the packed pixels
    try (var deflating =
        new DeflaterOutputStream(pixels, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
      for (int y = 0; y < height; y++) {
        deflating.write(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    chunk(out, "IDAT", pixels.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  /**
   * A little-endian TIFF of {@code pages} image file directories, each a 1 x 1 grey page: about 120
   * bytes a page, written by hand so that a thousand pages cost nothing to make.
   */
  public static byte[] manyPageTiff(int pages) {
    int entries = 9;
    int pageBytes = 2 + entries * 12 + 4 + 2; // directory, next-directory offset, pixel and pad
    ByteBuffer tiff = ByteBuffer.allocate(8 + pages * pageBytes).order(ByteOrder.LITTLE_ENDIAN);
    tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    for (int p = 0; p < pages; p++) {
      int directory = tiff.position();
      int pixel = directory + 2 + entries * 12 + 4;
      int next = p == pages - 1 ? 0 : directory + pageBytes;
      tiff.putShort((short) entries);
      tag(tiff, 256, 3, 1); // width
      tag(tiff, 257, 3, 1); // height
      tag(tiff, 258, 3, 8); // bits per sample
      tag(tiff, 259, 3, 1); // no compression
      tag(tiff, 262, 3, 1); // black is zero
      tag(tiff, 273, 4, pixel); // strip offset
      tag(tiff, 277, 3, 1); // samples per pixel
      tag(tiff, 278, 3, 1); // rows per strip
      tag(tiff, 279, 4, 1); // strip byte count
      tiff.putInt(next);
      tiff.put((byte) 0x80).put((byte) 0);
    }
    return tiff.array();
  }

  /** A PDF of blank A4 pages; PDFBox writes them compactly (well under 100 bytes a page). */
  public static byte[] manyPagePdf(int pages) {
    try (var document = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        document.addPage(new PDPage());
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A PDF of blank square pages that render at 300 dpi to {@code side x side} pixels each: 8,929
   * makes 79.7 megapixels, just under the page limit, for well under 100 bytes a page.
   */
  public static byte[] bigPagePdf(int pages, int side) {
    float points = side * 72f / 300;
    try (var document = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        document.addPage(new PDPage(new PDRectangle(points, points)));
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-page PDF that opens only with a user password (AES-256). */
  public static byte[] encryptedPdf(String words) {
    try (var document = textPdf(words)) {
      var policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(256);
      document.protect(policy);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A born-digital one-page PDF that runs JavaScript when opened (an OpenAction and a
   * document-level script) and carries an embedded file, {@code invoice.xml}.
   */
  public static byte[] pdfWithJavaScriptAndEmbeddedFile(String words) {
    try (var document = textPdf(words)) {
      var catalog = document.getDocumentCatalog();
      catalog.setOpenAction(new PDActionJavaScript("app.alert('opened');"));
      var scripts = new PDJavascriptNameTreeNode();
      scripts.setNames(Map.of("init", new PDActionJavaScript("this.print();")));
      var attached = new PDEmbeddedFile(document, new ByteArrayInputStream(text("<invoice/>")));
      attached.setSubtype("text/xml");
      var file = new PDComplexFileSpecification();
      file.setFile("invoice.xml");
      file.setEmbeddedFile(attached);
      var files = new PDEmbeddedFilesNameTreeNode();
      files.setNames(Map.of("invoice.xml", file));
      var names = new PDDocumentNameDictionary(catalog);
      names.setJavascript(scripts);
      names.setEmbeddedFiles(files);
      catalog.setNames(names);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file of {@code bytes} that starts like a PNG; what follows is noise. */
  public static byte[] oversized(int bytes, long seed) {
    byte[] content = new byte[bytes];
    new Random(seed).nextBytes(content);
    System.arraycopy(PNG_SIGNATURE, 0, content, 0, PNG_SIGNATURE.length);
    return content;
  }

  private static PDDocument textPdf(String words) throws IOException {
    var document = new PDDocument();
    var page = new PDPage();
    document.addPage(page);
    try (var content = new PDPageContentStream(document, page)) {
      content.beginText();
      content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
      content.newLineAtOffset(72, 700);
      content.showText(words);
      content.endText();
    }
    return document;
  }

  private static byte[] save(PDDocument document) throws IOException {
    var out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  private static void tag(ByteBuffer tiff, int tag, int type, int value) {
    tiff.putShort((short) tag).putShort((short) type).putInt(1);
    if (type == 3) {
      tiff.putShort((short) value).putShort((short) 0);
    } else {
      tiff.putInt(value);
    }
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
    try {
      var out = new DataOutputStream(png);
      out.writeInt(data.length);
      byte[] name = type.getBytes(StandardCharsets.US_ASCII);
      out.write(name);
      out.write(data);
      var crc = new CRC32();
      crc.update(name);
      crc.update(data);
      out.writeInt((int) crc.getValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
