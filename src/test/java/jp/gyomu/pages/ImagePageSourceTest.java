package jp.gyomu.pages;

import static jp.gyomu.pages.UnreadableDocumentException.Problem.CORRUPT;
import static jp.gyomu.pages.UnreadableDocumentException.Problem.TOO_LARGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import jp.gyomu.testdocs.OcrEvalFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagePageSourceTest {

  @TempDir Path dir;

  @Test
  void refusesATextFileNamedPng() throws IOException {
    Path file = Files.writeString(dir.resolve("scan.png"), "not an image at all\n");

    assertThatThrownBy(() -> PageSource.open(file))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("plain text");
  }

  @Test
  void refusesADecompressionBombFromItsHeaderWithoutDecodingIt() throws IOException {
    Path bomb = dir.resolve("bomb.png");
    writeBlankBilevelPng(bomb, 40_000, 40_000);
    assertThat(Files.size(bomb)).isLessThan(1_000_000);

    assertThatThrownBy(() -> PageSource.open(bomb))
        .isInstanceOfSatisfying(
            UnreadableDocumentException.class, e -> assertThat(e.problem()).isEqualTo(TOO_LARGE))
        .hasMessageContaining("40000 x 40000 pixels");
  }

  @Test
  void readsAMultiPageTiffLazilyWithSizesKnownBeforeDecoding() throws IOException {
    Path tiff = dir.resolve("three.tif");
    writeTiff(tiff, List.of(page(300, 400), page(500, 200), page(100, 100)));

    try (PageSource source = PageSource.open(tiff)) {
      assertThat(source.format()).isEqualTo(DocumentFormat.TIFF);
      assertThat(source.pageCount()).isEqualTo(3);
      assertThat(source.geometry(1))
          .extracting(PageGeometry::width, PageGeometry::height)
          .containsExactly(500, 200);
      List<String> sizes = new ArrayList<>();
      for (PageImage page : source.pages()) {
        sizes.add(page.image().getWidth() + "x" + page.image().getHeight());
      }
      assertThat(sizes).containsExactly("300x400", "500x200", "100x100");
    }
  }

  @Test
  void refusesMorePagesThanTheLimitBeforeDecodingAny() throws IOException {
    Path tiff = dir.resolve("three.tif");
    writeTiff(tiff, List.of(page(30, 40), page(30, 40), page(30, 40)));

    assertThatThrownBy(() -> PageSource.open(tiff, new DocumentLimits(2, 1_000_000, 2_000_000, 0)))
        .isInstanceOfSatisfying(
            UnreadableDocumentException.class, e -> assertThat(e.problem()).isEqualTo(TOO_LARGE))
        .hasMessageContaining("3 pages");
  }

  @Test
  void reportsAMissingFileAsUnreadable() {
    assertThatThrownBy(() -> PageSource.open(dir.resolve("gone.pdf")))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("cannot be read");
  }

  @Test
  void takesTheResolutionFromPngMetadata() throws IOException {
    Path png = dir.resolve("200dpi.png");
    writePngWithDpi(png, page(400, 300), 200);

    try (PageSource source = PageSource.open(png)) {
      assertThat(source.geometry(0).dpi()).isEqualTo(200);
      assertThat(source.render(0).dpi()).isEqualTo(200);
    }
  }

  @Test
  void estimatesTheResolutionOfAnA4ImageWithoutMetadata() throws IOException {
    Path png = dir.resolve("a4-150dpi.png");
    ImageIO.write(page(1240, 1754), "png", png.toFile());

    try (PageSource source = PageSource.open(png)) {
      assertThat(source.geometry(0).dpi()).isEqualTo(150);
    }
  }

  @Test
  void readsTheResolutionOfThePublicEurotextTiff() {
    try (PageSource source = PageSource.open(OcrEvalFolder.file("tess4j/eurotext-tif.tif"))) {
      PageGeometry geometry = source.geometry(0);
      PageImage image = source.render(0);

      assertThat(source.pageCount()).isEqualTo(1);
      assertThat(image.image().getWidth()).isEqualTo(geometry.width());
      assertThat(geometry.dpi()).isEqualTo(300);
    }
  }

  @Test
  void reportsATruncatedPngAsCorrupt() throws IOException {
    Path png = truncatedCopy(dir.resolve("cut.png"), "png");

    assertThatThrownBy(() -> PageSource.open(png).render(0))
        .isInstanceOfSatisfying(
            UnreadableDocumentException.class, e -> assertThat(e.problem()).isEqualTo(CORRUPT))
        .hasMessageContaining("PNG");
  }

  @Test
  void reportsATruncatedJpegAsCorruptInsteadOfReturningGrey() throws IOException {
    Path jpeg = truncatedCopy(dir.resolve("cut.jpg"), "jpeg");

    try (PageSource source = PageSource.open(jpeg)) {
      assertThatThrownBy(() -> source.render(0))
          .isInstanceOfSatisfying(
              UnreadableDocumentException.class, e -> assertThat(e.problem()).isEqualTo(CORRUPT))
          .hasMessageContaining("JPEG");
    }
  }

  private Path truncatedCopy(Path file, String format) throws IOException {
    BufferedImage image = page(800, 600);
    Graphics2D g = image.createGraphics();
    for (int i = 0; i < 600; i += 7) {
      g.setColor(new Color(i % 256, 0, 0));
      g.drawLine(0, i, 800, 600 - i);
    }
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    byte[] bytes = out.toByteArray();
    return Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
  }

  private static BufferedImage page(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.drawString("page", 10, 20);
    g.dispose();
    return image;
  }

  private static void writeTiff(Path file, List<BufferedImage> pages) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (BufferedImage page : pages) {
        writer.writeToSequence(new IIOImage(page, null, null), null);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
  }

  private static void writePngWithDpi(Path file, BufferedImage image, int dpi) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    IIOMetadata metadata =
        writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
    String pixelsPerMetre = Long.toString(Math.round(dpi / 0.0254));
    IIOMetadataNode physical = new IIOMetadataNode("pHYs");
    physical.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
    physical.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
    physical.setAttribute("unitSpecifier", "meter");
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
    root.appendChild(physical);
    metadata.mergeTree("javax_imageio_png_1.0", root);
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      writer.write(new IIOImage(image, null, metadata));
    } finally {
      writer.dispose();
    }
  }

  /** A valid PNG of blank 1-bit rows: 200 MB of pixels deflate to a few hundred KB. */
  private static void writeBlankBilevelPng(Path file, int width, int height) throws IOException {
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflate = new DeflaterOutputStream(idat)) {
      byte[] row = new byte[1 + (width + 7) / 8];
      for (int y = 0; y < height; y++) {
        deflate.write(row);
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(png);
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    DataOutputStream h = new DataOutputStream(header);
    h.writeInt(width);
    h.writeInt(height);
    h.write(new byte[] {1, 0, 0, 0, 0}); // 1-bit greyscale, deflate, no filter, no interlace
    chunk(out, "IHDR", header.toByteArray());
    chunk(out, "IDAT", idat.toByteArray());
    chunk(out, "IEND", new byte[0]);
    Files.write(file, png.toByteArray());
  }

  private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
    out.writeInt(data.length);
    byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    out.write(typeBytes);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.writeInt((int) crc.getValue());
  }
}
