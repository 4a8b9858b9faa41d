package jp.gyomu.testdocs;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Saves generated test documents the ways scanners deliver them: PNG, multi-page TIFF, PDF. */
public final class TestDocumentFiles {

  private TestDocumentFiles() {}

  /** Writes {@code name.png} (with its dpi in the pHYs chunk) and {@code name.gt.txt}. */
  public static Path writePng(TestDocument document, Path dir, String name) {
    Path png = dir.resolve(name + ".png");
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(png.toFile())) {
      IIOMetadata metadata =
          writer.getDefaultImageMetadata(
              ImageTypeSpecifier.createFromRenderedImage(document.image()), null);
      String pixelsPerMetre = Long.toString(Math.round(document.dpi() / 0.0254));
      IIOMetadataNode physical = new IIOMetadataNode("pHYs");
      physical.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
      physical.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
      physical.setAttribute("unitSpecifier", "meter");
      IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
      root.appendChild(physical);
      metadata.mergeTree("javax_imageio_png_1.0", root);
      writer.setOutput(out);
      writer.write(new IIOImage(document.image(), null, metadata));
      Files.writeString(dir.resolve(name + ".gt.txt"), document.groundTruth());
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
  }

  /** One TIFF page per document (Deflate-compressed, as ImageIO writes by default). */
  public static void writeTiff(List<TestDocument> documents, Path file) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (TestDocument document : documents) {
        writer.writeToSequence(new IIOImage(document.image(), null, null), null);
      }
      writer.endWriteSequence();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
  }

  /** An image-only PDF, one page per document, sized so that each image keeps its dpi. */
  public static void writePdf(List<TestDocument> documents, Path file) {
    try (PDDocument pdf = new PDDocument()) {
      for (TestDocument document : documents) {
        BufferedImage image = document.image();
        float width = image.getWidth() * 72f / document.dpi();
        float height = image.getHeight() * 72f / document.dpi();
        PDPage page = new PDPage(new PDRectangle(width, height));
        pdf.addPage(page);
        PDImageXObject xobject = LosslessFactory.createFromImage(pdf, image);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
          content.drawImage(xobject, 0, 0, width, height);
        }
      }
      pdf.save(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
