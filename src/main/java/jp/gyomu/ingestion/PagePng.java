package jp.gyomu.ingestion;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes a grey or colour page as PNG with no row filter and deflate's fastest level. ImageIO's
 * writer tries its filters on every row in Java first; on scans (noise in every row) it ends with
 * the unfiltered rows' size anyway, so the same file size comes for about four fifths of the CPU
 * (docs/decisions/0031). Other image types go to ImageIO's writer ({@link #writeByImageIo}).
 */
public final class PagePng {

  private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};
  private static final int GREY = 0;
  private static final int RGB = 2;
  private static final int CHUNK = 1 << 16;

  /**
   * The quality that makes ImageIO's PNG writer use deflate's fastest level: it takes level 9 -
   * round(9q). Scans compress within a few percent of its default level (4), in about two thirds of
   * the time (docs/decisions/0012).
   */
  private static final float FASTEST_DEFLATE = 0.9f;

  private PagePng() {}

  /** Whether {@link #write} takes the image: 8-bit grey, or 24-bit colour in bytes. */
  static boolean writes(BufferedImage image) {
    return image.getType() == BufferedImage.TYPE_BYTE_GRAY
        || image.getType() == BufferedImage.TYPE_3BYTE_BGR;
  }

  static void write(BufferedImage image, Path target) throws IOException {
    int colourType = image.getType() == BufferedImage.TYPE_BYTE_GRAY ? GREY : RGB;
    int width = image.getWidth();
    int height = image.getHeight();
    try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(target)))) {
      out.write(SIGNATURE);
      var header = new ByteArrayOutputStream();
      var fields = new DataOutputStream(header);
      fields.writeInt(width);
      fields.writeInt(height);
      fields.write(new byte[] {8, (byte) colourType, 0, 0, 0});
      chunk(out, "IHDR", header.toByteArray(), header.size());
      Deflater deflater = new Deflater(Deflater.BEST_SPEED);
      try (var idat = new DeflaterOutputStream(new IdatChunks(out), deflater, CHUNK)) {
        Raster raster = image.getRaster();
        // getDataElements gives a row's samples in band order: grey, or R, G, B
        byte[] row = new byte[width * (colourType == GREY ? 1 : 3)];
        for (int y = 0; y < height; y++) {
          raster.getDataElements(0, y, width, 1, row);
          idat.write(0); // filter type None
          idat.write(row);
        }
      } finally {
        deflater.end();
      }
      chunk(out, "IEND", new byte[0], 0);
    }
  }

  /**
   * Writes any image as PNG through ImageIO's writer, with deflate's fastest level: for the image
   * types {@link #write} does not take, and for the page queue (ocrwork), which sends every page
   * this way.
   */
  public static void writeByImageIo(BufferedImage image, ImageOutputStream out) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(FASTEST_DEFLATE);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
  }

  private static void chunk(DataOutputStream out, String type, byte[] data, int length)
      throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data, 0, length);
    out.writeInt(length);
    out.write(name);
    out.write(data, 0, length);
    out.writeInt((int) crc.getValue());
  }

  /** The compressed stream cut into IDAT chunks; closing it leaves the file open. */
  private static final class IdatChunks extends OutputStream {
    private final DataOutputStream out;
    private final byte[] buffer = new byte[CHUNK];
    private int length;

    IdatChunks(DataOutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      if (length == buffer.length) {
        flushChunk();
      }
      buffer[length++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      while (len > 0) {
        if (length == buffer.length) {
          flushChunk();
        }
        int n = Math.min(len, buffer.length - length);
        System.arraycopy(b, off, buffer, length, n);
        length += n;
        off += n;
        len -= n;
      }
    }

    @Override
    public void close() throws IOException {
      flushChunk();
    }

    private void flushChunk() throws IOException {
      if (length > 0) {
        chunk(out, "IDAT", buffer, length);
        length = 0;
      }
    }
  }
}
