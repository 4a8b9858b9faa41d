package jp.gyomu.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.gyomu.ocr.JapaneseText;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The invisible font of a searchable PDF's text layer, built the way Tesseract builds it: a Type0
 * font with Identity-H encoding over Tesseract's one-glyph GlyphLessFont, every CID drawn with that
 * glyph, and a ToUnicode map that says which character each CID stands for. Any character (kanji
 * outside the Basic Multilingual Plane included) can be written, and copy-and-paste and text
 * extraction give the exact characters back.
 *
 * <p>CIDs are numbered from 1 in order of first use across the document; the ToUnicode map, the
 * CID-to-glyph map and the widths are written by {@link #finish()} once all pages are known.
 * Japanese (wide) characters are one em wide, others half an em, so that a run stretched over its
 * box puts each character roughly above its image.
 */
final class GlyphlessFont {

  static final COSName RESOURCE_NAME = COSName.getPDFName("GlyphLess");
  private static final int WIDE = 1000;
  private static final int NARROW = 500;

  private final PDDocument document;
  private final COSDictionary type0 = new COSDictionary();
  private final COSDictionary cidFont = new COSDictionary();
  private final Map<Integer, Integer> cidByCodePoint = new LinkedHashMap<>();

  GlyphlessFont(PDDocument document) {
    this.document = document;
    COSDictionary descriptor = new COSDictionary();
    descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
    descriptor.setName(COSName.FONT_NAME, "GlyphLessFont");
    descriptor.setInt(COSName.FLAGS, 5);
    descriptor.setItem(COSName.FONT_BBOX, ints(0, 0, NARROW, 1000));
    descriptor.setInt(COSName.ITALIC_ANGLE, 0);
    descriptor.setInt(COSName.ASCENT, 1000);
    descriptor.setInt(COSName.DESCENT, -1);
    descriptor.setInt(COSName.CAP_HEIGHT, 1000);
    descriptor.setInt(COSName.STEM_V, 80);
    descriptor.setItem(COSName.FONT_FILE2, fontFile());

    COSDictionary systemInfo = new COSDictionary();
    systemInfo.setString(COSName.REGISTRY, "Adobe");
    systemInfo.setString(COSName.ORDERING, "Identity");
    systemInfo.setInt(COSName.SUPPLEMENT, 0);

    cidFont.setItem(COSName.TYPE, COSName.FONT);
    cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
    cidFont.setName(COSName.BASE_FONT, "GlyphLessFont");
    cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
    cidFont.setItem(COSName.FONT_DESC, descriptor);
    cidFont.setInt(COSName.DW, NARROW);

    COSArray descendants = new COSArray();
    descendants.add(cidFont);
    type0.setItem(COSName.TYPE, COSName.FONT);
    type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
    type0.setName(COSName.BASE_FONT, "GlyphLessFont");
    type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
    type0.setItem(COSName.DESCENDANT_FONTS, descendants);
  }

  /** The font dictionary to put into each page's resources. */
  COSDictionary dictionary() {
    return type0;
  }

  /** The text as a PDF hex string of two-byte CIDs, for {@code Tj}. */
  String encode(String text) {
    StringBuilder hex = new StringBuilder("<");
    text.codePoints()
        .forEach(
            cp -> {
              int cid = cidByCodePoint.computeIfAbsent(cp, c -> cidByCodePoint.size() + 1);
              if (cid > 0xFFFF) {
                throw new IllegalStateException("More than 65535 distinct characters");
              }
              hex.append(String.format("%04X", cid));
            });
    return hex.append('>').toString();
  }

  /** Width of the text in thousandths of the font size. */
  static int width(String text) {
    return text.codePoints().map(GlyphlessFont::width).sum();
  }

  /** Writes what depends on the characters used; call once, before saving the document. */
  void finish() {
    COSArray widths = new COSArray();
    byte[] cidToGid = new byte[2 * (cidByCodePoint.size() + 1)];
    cidByCodePoint.forEach(
        (cp, cid) -> {
          cidToGid[2 * cid + 1] = 1; // every CID shows glyph 1, the invisible one
          if (width(cp) != NARROW) {
            widths.add(COSInteger.get(cid));
            widths.add(ints(width(cp)));
          }
        });
    cidFont.setItem(COSName.W, widths);
    cidFont.setItem(COSName.CID_TO_GID_MAP, stream(cidToGid));
    type0.setItem(COSName.TO_UNICODE, stream(toUnicode().getBytes(StandardCharsets.US_ASCII)));
  }

  private static int width(int codePoint) {
    return JapaneseText.isCjk(codePoint) ? WIDE : NARROW;
  }

  private String toUnicode() {
    StringBuilder cmap =
        new StringBuilder(
            """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange
            """);
    Map.Entry<?, ?>[] entries = cidByCodePoint.entrySet().toArray(Map.Entry[]::new);
    // a bfchar block may hold at most 100 mappings
    for (int start = 0; start < entries.length; start += 100) {
      int end = Math.min(entries.length, start + 100);
      cmap.append(end - start).append(" beginbfchar\n");
      for (int i = start; i < end; i++) {
        int cp = (Integer) entries[i].getKey();
        cmap.append(String.format("<%04X> <", (Integer) entries[i].getValue()));
        for (char unit : Character.toChars(cp)) {
          cmap.append(String.format("%04X", (int) unit));
        }
        cmap.append(">\n");
      }
      cmap.append("endbfchar\n");
    }
    return cmap.append(
            """
            endcmap
            CMapName currentdict /CMap defineresource pop
            end
            end
            """)
        .toString();
  }

  private COSStream fontFile() {
    try (InputStream in = GlyphlessFont.class.getResourceAsStream("glyphless.ttf")) {
      if (in == null) {
        throw new IllegalStateException("glyphless.ttf missing from the classpath");
      }
      byte[] font = in.readAllBytes();
      COSStream stream = stream(font);
      stream.setInt(COSName.LENGTH1, font.length);
      return stream;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private COSStream stream(byte[] data) {
    COSStream stream = document.getDocument().createCOSStream();
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return stream;
  }

  private static COSArray ints(int... values) {
    COSArray array = new COSArray();
    for (int v : values) {
      array.add(COSInteger.get(v));
    }
    return array;
  }
}
