package jp.gyomu.fields;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds and decodes the QR codes and 1-D barcodes in part of a page with ZXing. A scan is tried as
 * it is (ZXing's local binariser), then with one global threshold (uneven grey from JPEG and blur
 * defeats local thresholds on large modules), then at half size (noise and blur average out). ZXing
 * checks each code's error correction or check digit, so what it returns was read right.
 */
final class CodeScanner {

  /** The formats a Japanese office form prints: QR, and JAN/EAN, CODE 128, CODE 39, ITF, NW-7. */
  static final List<BarcodeFormat> FORMATS =
      List.of(
          BarcodeFormat.QR_CODE,
          BarcodeFormat.CODE_128,
          BarcodeFormat.CODE_39,
          BarcodeFormat.EAN_13,
          BarcodeFormat.EAN_8,
          BarcodeFormat.UPC_A,
          BarcodeFormat.ITF,
          BarcodeFormat.CODABAR);

  private static final Map<DecodeHintType, Object> HINTS = hints();

  /**
   * A decoded code.
   *
   * @param text what it says
   * @param format its symbology
   * @param box where it is, page pixels
   */
  record Code(String text, BarcodeFormat format, Rectangle box) {}

  private CodeScanner() {}

  /** Every code in the region, top to bottom, then left to right; empty when none decodes. */
  static List<Code> scan(BufferedImage page, Rectangle region) {
    Rectangle r = region.intersection(new Rectangle(0, 0, page.getWidth(), page.getHeight()));
    if (r.isEmpty()) {
      return List.of();
    }
    byte[] grey = grey(page, r);
    List<Function<byte[], List<Code>>> attempts =
        List.of(
            g -> decode(g, r.width, r.height, 1, r, false),
            g -> decode(g, r.width, r.height, 1, r, true),
            g -> halved(g, r));
    for (Function<byte[], List<Code>> attempt : attempts) {
      List<Code> codes = attempt.apply(grey);
      if (!codes.isEmpty()) {
        return codes;
      }
    }
    return List.of();
  }

  private static List<Code> halved(byte[] grey, Rectangle r) {
    int w = r.width / 2;
    int h = r.height / 2;
    if (w < 20 || h < 20) {
      return List.of();
    }
    byte[] half = new byte[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = 2 * y * r.width + 2 * x;
        int sum =
            (grey[i] & 0xFF)
                + (grey[i + 1] & 0xFF)
                + (grey[i + r.width] & 0xFF)
                + (grey[i + r.width + 1] & 0xFF);
        half[y * w + x] = (byte) (sum / 4);
      }
    }
    return decode(half, w, h, 2, r, false);
  }

  private static List<Code> decode(
      byte[] grey, int width, int height, int scale, Rectangle region, boolean global) {
    LuminanceSource source =
        new PlanarYUVLuminanceSource(grey, width, height, 0, 0, width, height, false);
    BinaryBitmap bitmap =
        new BinaryBitmap(
            global ? new GlobalHistogramBinarizer(source) : new HybridBinarizer(source));
    Result[] results;
    try {
      results =
          new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(bitmap, HINTS);
    } catch (NotFoundException e) {
      return List.of();
    }
    // the same code may be found twice (once per crop the multiple reader tries)
    Map<String, Code> codes = new LinkedHashMap<>();
    for (Result result : results) {
      Rectangle box = box(result.getResultPoints(), result.getBarcodeFormat(), grey, width, height);
      box =
          new Rectangle(
              region.x + box.x * scale,
              region.y + box.y * scale,
              box.width * scale,
              box.height * scale);
      codes.putIfAbsent(
          result.getBarcodeFormat() + "\u0000" + result.getText(),
          new Code(result.getText(), result.getBarcodeFormat(), box));
    }
    List<Code> sorted =
        arbitrate(new ArrayList<>(codes.values()), grey, width, height, scale, region);
    sorted.sort(Comparator.comparingInt((Code c) -> c.box().y).thenComparingInt(c -> c.box().x));
    return sorted;
  }

  /**
   * The code's box from the points ZXing reports: a QR code's finder pattern centres, grown by the
   * patterns' half size; a barcode's ends on the row it was read, grown up and down as far as the
   * rows look alike (the bars' height).
   */
  private static Rectangle box(
      ResultPoint[] points, BarcodeFormat format, byte[] grey, int width, int height) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (ResultPoint p : points == null ? new ResultPoint[0] : points) {
      if (p != null) {
        minX = Math.min(minX, p.getX());
        minY = Math.min(minY, p.getY());
        maxX = Math.max(maxX, p.getX());
        maxY = Math.max(maxY, p.getY());
      }
    }
    if (minX > maxX) {
      return new Rectangle(0, 0, width, height);
    }
    if (format == BarcodeFormat.QR_CODE) {
      double grow = Math.max(maxX - minX, maxY - minY) * 0.2;
      return clip(
          new Rectangle(
              (int) Math.floor(minX - grow),
              (int) Math.floor(minY - grow),
              (int) Math.ceil(maxX - minX + 2 * grow),
              (int) Math.ceil(maxY - minY + 2 * grow)),
          width,
          height);
    }
    // a barcode's points stand inside its start and stop patterns
    int grow = (int) Math.ceil((maxX - minX) * 0.04);
    int left = Math.max(0, (int) minX - grow);
    int right = Math.min(width - 1, (int) Math.ceil(maxX) + grow);
    int row = Math.min(height - 1, Math.max(0, (int) Math.round((minY + maxY) / 2)));
    int bars = dark(grey, width, row, left, right);
    int top = row;
    while (top > 0 && dark(grey, width, top - 1, left, right) * 10 >= bars * 6) {
      top--;
    }
    int bottom = row;
    while (bottom < height - 1 && dark(grey, width, bottom + 1, left, right) * 10 >= bars * 6) {
      bottom++;
    }
    return new Rectangle(left, top, right - left + 1, bottom - top + 1);
  }

  private static int dark(byte[] grey, int width, int row, int from, int to) {
    int count = 0;
    for (int x = from; x <= to; x++) {
      count += (grey[row * width + x] & 0xFF) < 128 ? 1 : 0;
    }
    return count;
  }

  /**
   * A blurred barcode may also read as another symbology on some row (a CODE 128 as an EAN-8 that
   * happens to have a valid check digit). Of two barcodes in one place, the one that more rows
   * across its bars read the same way is kept.
   */
  private static List<Code> arbitrate(
      List<Code> codes, byte[] grey, int width, int height, int scale, Rectangle region) {
    List<Code> kept = new ArrayList<>(codes);
    for (Code a : codes) {
      for (Code b : codes) {
        if (a != b
            && kept.contains(a)
            && kept.contains(b)
            && a.format() != BarcodeFormat.QR_CODE
            && b.format() != BarcodeFormat.QR_CODE
            && overlap(a.box(), b.box())) {
          int supportA = rowsReading(a, grey, width, height, scale, region);
          int supportB = rowsReading(b, grey, width, height, scale, region);
          kept.remove(supportA >= supportB ? b : a);
        }
      }
    }
    return kept;
  }

  private static boolean overlap(Rectangle a, Rectangle b) {
    Rectangle common = a.intersection(b);
    int smaller = Math.min(a.width * a.height, b.width * b.height);
    return !common.isEmpty() && common.width * common.height * 2 >= smaller;
  }

  /** On how many of nine rows across a barcode a reader of its format alone reads its text. */
  private static int rowsReading(
      Code code, byte[] grey, int width, int height, int scale, Rectangle region) {
    Rectangle box =
        clip(
            new Rectangle(
                (code.box().x - region.x) / scale - code.box().width / scale / 10,
                (code.box().y - region.y) / scale,
                code.box().width / scale * 12 / 10,
                Math.max(1, code.box().height / scale)),
            width,
            height);
    if (box.isEmpty()) {
      return 0;
    }
    MultiFormatReader reader = new MultiFormatReader();
    reader.setHints(Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(code.format())));
    int reading = 0;
    for (int i = 1; i <= 9; i++) {
      int row = box.y + box.height * i / 10;
      LuminanceSource line =
          new PlanarYUVLuminanceSource(grey, width, height, box.x, row, box.width, 1, false);
      try {
        Result result = reader.decodeWithState(new BinaryBitmap(new HybridBinarizer(line)));
        reading += result.getText().equals(code.text()) ? 1 : 0;
      } catch (NotFoundException e) {
        // this row does not read
      } finally {
        reader.reset();
      }
    }
    return reading;
  }

  private static Rectangle clip(Rectangle box, int width, int height) {
    return box.intersection(new Rectangle(0, 0, width, height));
  }

  private static byte[] grey(BufferedImage page, Rectangle r) {
    byte[] grey = new byte[r.width * r.height];
    if (page.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      int[] samples = page.getRaster().getSamples(r.x, r.y, r.width, r.height, 0, (int[]) null);
      for (int i = 0; i < samples.length; i++) {
        grey[i] = (byte) samples[i];
      }
      return grey;
    }
    int[] rgb = page.getRGB(r.x, r.y, r.width, r.height, null, 0, r.width);
    for (int i = 0; i < rgb.length; i++) {
      int p = rgb[i];
      grey[i] =
          (byte) ((299 * ((p >> 16) & 0xFF) + 587 * ((p >> 8) & 0xFF) + 114 * (p & 0xFF)) / 1000);
    }
    return grey;
  }

  private static Map<DecodeHintType, Object> hints() {
    Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
    hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    hints.put(DecodeHintType.POSSIBLE_FORMATS, FORMATS);
    return Map.copyOf(hints);
  }
}
