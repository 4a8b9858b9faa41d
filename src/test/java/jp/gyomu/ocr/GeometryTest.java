package jp.gyomu.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GeometryTest {

  @Test
  void quarterTurnsAreExactAndAddUp() {
    BufferedImage page = JapaneseFormPage.render();

    BufferedImage turnedRight = QuarterTurns.clockwise(page, 90);
    BufferedImage back = QuarterTurns.clockwise(QuarterTurns.clockwise(turnedRight, 180), 90);

    assertThat(turnedRight.getWidth()).isEqualTo(page.getHeight());
    assertThat(Greyscale.pixels(back)).isEqualTo(Greyscale.pixels(page));
  }

  @Test
  void aQuarterTurnPutsEachPixelWhereTurningThePageByHandWould() {
    // Not square and no multiple of any tile size: every edge of the loop is crossed.
    int w = 203;
    int h = 131;
    BufferedImage page = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    byte[] src = Greyscale.pixels(page);
    new java.util.Random(7).nextBytes(src);

    byte[] right = Greyscale.pixels(QuarterTurns.clockwise(page, 90));
    byte[] upsideDown = Greyscale.pixels(QuarterTurns.clockwise(page, 180));
    byte[] left = Greyscale.pixels(QuarterTurns.clockwise(page, 270));

    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        byte p = src[y * w + x];
        assertThat(right[x * h + (h - 1 - y)]).isEqualTo(p);
        assertThat(upsideDown[(h - 1 - y) * w + (w - 1 - x)]).isEqualTo(p);
        assertThat(left[(w - 1 - x) * h + y]).isEqualTo(p);
      }
    }
  }

  @Test
  void inkInTheLastPartialCellsOfAPageIsSampled() {
    // 3 pixels per cell at this size; the last column and row of cells are one pixel wide.
    BufferedImage page = new BufferedImage(4000, 3100, BufferedImage.TYPE_BYTE_GRAY);
    byte[] pixels = Greyscale.pixels(page);
    Arrays.fill(pixels, (byte) 255);
    int[][] dots = {{3999, 10}, {10, 3099}, {3999, 3099}, {1501, 1502}};
    for (int[] dot : dots) {
      pixels[dot[1] * 4000 + dot[0]] = 0;
    }

    InkSample ink = InkSample.of(page);

    assertThat(ink.width).isEqualTo(1334);
    assertThat(ink.height).isEqualTo(1034);
    assertThat(ink.points).containsExactly(1333, 3, 500, 500, 3, 1033, 1333, 1033);
  }

  @Test
  void findsTheSkewOfAFormFedAskew() {
    BufferedImage askew = JapaneseFormPage.askew(JapaneseFormPage.render(), 3);

    double skew = new SkewEstimator(30).skewDegrees(InkSample.of(askew), false);

    assertThat(skew).isCloseTo(3, within(0.3));
  }

  @Test
  void findsNoSkewOnAStraightPage() {
    double skew = new SkewEstimator(30).skewDegrees(InkSample.of(JapaneseFormPage.render()), false);

    assertThat(skew).isZero();
  }

  @Test
  void mapsBoxesOfTheStraightenedUpscaledImageBackToThePage() {
    BufferedImage page = new BufferedImage(1000, 800, BufferedImage.TYPE_BYTE_GRAY);
    PreparedPage prepared = PageStraightener.prepare(page, 150, 5, 2);
    Rectangle onPage = new Rectangle(400, 300, 120, 40);
    Rectangle read = prepared.uprightToRead().createTransformedShape(onPage).getBounds();

    Rectangle mappedBack = prepared.toUpright(read);

    assertThat(prepared.dpi()).isEqualTo(300);
    assertThat(mappedBack.getCenterX()).isCloseTo(onPage.getCenterX(), within(2.0));
    assertThat(mappedBack.getCenterY()).isCloseTo(onPage.getCenterY(), within(2.0));
    assertThat(mappedBack.contains(onPage)).isTrue();
  }

  @Test
  void straighteningKeepsTheInkInPlaceFillsTheCornersWithPaperAndLeavesThePageAlone() {
    BufferedImage page = new BufferedImage(1000, 800, BufferedImage.TYPE_BYTE_GRAY);
    Arrays.fill(Greyscale.pixels(page), (byte) 255);
    var g = page.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(400, 300, 120, 40);
    g.dispose();
    byte[] before = Greyscale.pixels(page).clone();

    PreparedPage prepared = PageStraightener.prepare(page, 200, 5, 1.25);

    BufferedImage read = prepared.image();
    Point2D inkCentre = prepared.uprightToRead().transform(new Point2D.Double(460, 320), null);
    assertThat(read.getRaster().getSample((int) inkCentre.getX(), (int) inkCentre.getY(), 0))
        .isZero();
    assertThat(read.getRaster().getSample(0, 0, 0)).isEqualTo(255);
    assertThat(read.getRaster().getSample(read.getWidth() - 1, read.getHeight() - 1, 0))
        .isEqualTo(255);
    assertThat(Greyscale.pixels(page)).isEqualTo(before);
  }

  @Test
  void tellsVerticalJapaneseFromHorizontalText() {
    assertThat(
            LineDirection.runsDown(
                InkSample.of(Greyscale.of(RealPages.image("pdfminer.six/jo-300dpi.png")))))
        .isTrue();
    assertThat(LineDirection.runsDown(InkSample.of(JapaneseFormPage.render()))).isFalse();
    assertThat(
            LineDirection.runsDown(
                InkSample.of(Greyscale.of(RealPages.image("tess4j/eurotext.png")))))
        .isFalse();
  }

  @Test
  void convertsTransparentPixelsToWhitePaper() {
    BufferedImage transparent = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
    transparent.setRGB(1, 0, 0xff000000);

    byte[] grey = Greyscale.pixels(Greyscale.of(transparent));

    assertThat(grey[0] & 0xff).isEqualTo(255);
    assertThat(grey[1] & 0xff).isZero();
  }
}
