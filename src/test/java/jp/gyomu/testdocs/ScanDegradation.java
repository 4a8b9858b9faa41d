package jp.gyomu.testdocs;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.DataBufferByte;
import java.awt.image.Kernel;
import java.util.Random;

/**
 * Makes a drawn 8-bit grey page look scanned, shared by every test-document renderer. The page
 * keeps its size; what falls off it is lost, what is uncovered is white paper.
 */
public final class ScanDegradation {

  private ScanDegradation() {}

  /** Applies the variant's degradations in the order a real scan suffers them. */
  public static BufferedImage apply(BufferedImage page, ScanVariant variant, Random random) {
    BufferedImage image = page;
    image = shiftAndScale(image, variant, variant.dpi());
    image = rotate(image, variant.rotationDegrees());
    image = blur(image, variant.blurRadius());
    image = addNoise(image, variant.noiseSigma(), random);
    return variant.jpegQuality() == 0 ? image : Jpeg.roundTrip(image, variant.jpegQuality());
  }

  /** A sheet fed off position: the content moved and scaled around the top left corner. */
  static BufferedImage shiftAndScale(BufferedImage image, ScanVariant variant, int dpi) {
    if (variant.shiftXMm() == 0 && variant.shiftYMm() == 0 && variant.scale() == 1) {
      return image;
    }
    AffineTransform move =
        AffineTransform.getTranslateInstance(
            variant.shiftXMm() / 25.4 * dpi, variant.shiftYMm() / 25.4 * dpi);
    move.scale(variant.scale(), variant.scale());
    return redraw(image, move);
  }

  static BufferedImage rotate(BufferedImage image, double degrees) {
    if (degrees == 0) {
      return image;
    }
    return redraw(
        image,
        AffineTransform.getRotateInstance(
            Math.toRadians(degrees), image.getWidth() / 2.0, image.getHeight() / 2.0));
  }

  private static BufferedImage redraw(BufferedImage image, AffineTransform transform) {
    BufferedImage moved =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = moved.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, moved.getWidth(), moved.getHeight());
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, transform, null);
    g.dispose();
    return moved;
  }

  /** A separable-looking tent blur of the given radius; edges copied unblurred. */
  static BufferedImage blur(BufferedImage image, int radius) {
    if (radius == 0) {
      return image;
    }
    int size = 2 * radius + 1;
    float[] weights = new float[size * size];
    float sum = 0;
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        float w = (radius + 1 - Math.abs(x - radius)) * (radius + 1 - Math.abs(y - radius));
        weights[y * size + x] = w;
        sum += w;
      }
    }
    for (int i = 0; i < weights.length; i++) {
      weights[i] /= sum;
    }
    ConvolveOp op = new ConvolveOp(new Kernel(size, size, weights), ConvolveOp.EDGE_NO_OP, null);
    return op.filter(image, null);
  }

  /** Grey sensor noise plus dark dust specks (about one per square centimetre at 300 dpi). */
  static BufferedImage addNoise(BufferedImage image, double sigma, Random random) {
    if (sigma == 0) {
      return image;
    }
    BufferedImage noisy =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    byte[] in = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    byte[] out = ((DataBufferByte) noisy.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < in.length; i++) {
      int value = (in[i] & 0xFF) + (int) Math.round(random.nextGaussian() * sigma);
      out[i] = (byte) Math.max(0, Math.min(255, value));
    }
    int specks = image.getWidth() * image.getHeight() / 14_000;
    for (int i = 0; i < specks; i++) {
      int x = random.nextInt(image.getWidth() - 2);
      int y = random.nextInt(image.getHeight() - 2);
      int speck = 1 + random.nextInt(2);
      for (int dy = 0; dy < speck; dy++) {
        for (int dx = 0; dx < speck; dx++) {
          out[(y + dy) * image.getWidth() + x + dx] = (byte) random.nextInt(80);
        }
      }
    }
    return noisy;
  }
}
