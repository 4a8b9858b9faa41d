package jp.gyomu.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageImagesTest {

  @TempDir Path dir;

  @Test
  void theStoredPngHoldsExactlyThePixelsOfThePage() throws Exception {
    BufferedImage page = noisyGreyPage(600, 400, 1);
    Path png = dir.resolve("page-001.png");

    new PageImages().write(1, page, png);

    assertThat(pixels(ImageIO.read(png.toFile()))).isEqualTo(pixels(page));
  }

  @Test
  void aColourPageIsStoredWithExactlyItsColours() throws Exception {
    var page = new BufferedImage(300, 200, BufferedImage.TYPE_3BYTE_BGR);
    new Random(2).nextBytes(pixels(page));
    Path png = dir.resolve("page-001.png");

    new PageImages().write(1, page, png);

    assertThat(rgb(ImageIO.read(png.toFile()))).isEqualTo(rgb(page));
  }

  @Test
  void aPageCutFromALargerImageIsStoredAsItsOwnPixels() throws Exception {
    BufferedImage cut = noisyGreyPage(600, 400, 3).getSubimage(17, 9, 301, 203);
    Path png = dir.resolve("page-001.png");

    new PageImages().write(1, cut, png);

    assertThat(rgb(ImageIO.read(png.toFile()))).isEqualTo(rgb(cut));
  }

  @Test
  void imagesOfOtherKindsAreStoredTooAsTheirOwnPixels() throws Exception {
    var page = new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_BINARY);
    for (int x = 0; x < 200; x += 3) {
      page.setRGB(x, x / 2, 0xFFFFFF);
    }
    Path png = dir.resolve("page-001.png");

    new PageImages().write(1, page, png);

    assertThat(rgb(ImageIO.read(png.toFile()))).isEqualTo(rgb(page));
  }

  @Test
  void pagesWithinTheBudgetAreServedFromMemoryAndLaterOnesFromTheStore() throws Exception {
    var images = new PageImages();
    // each page a third of the budget: the first three are kept, the fourth is not
    int side = (int) Math.sqrt(PageImages.MEMORY_BUDGET_BYTES / 3.0);
    BufferedImage[] pages = new BufferedImage[4];
    for (int i = 0; i < pages.length; i++) {
      pages[i] = stripedGreyPage(side, side, i);
      images.write(i + 1, pages[i], dir.resolve("page-" + (i + 1) + ".png"));
    }

    assertThat(images.read(1, dir.resolve("page-1.png"))).isSameAs(pages[0]);
    assertThat(images.read(3, dir.resolve("page-3.png"))).isSameAs(pages[2]);
    BufferedImage fourth = images.read(4, dir.resolve("page-4.png"));
    assertThat(fourth).isNotSameAs(pages[3]);
    assertThat(pixels(fourth)).isEqualTo(pixels(pages[3]));
  }

  private static BufferedImage noisyGreyPage(int width, int height, long seed) {
    var page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    new Random(seed).nextBytes(pixels(page));
    return page;
  }

  /** Rows of one grey level each: compresses fast, unlike noise, and differs per seed. */
  private static BufferedImage stripedGreyPage(int width, int height, int seed) {
    var page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    byte[] p = pixels(page);
    for (int i = 0; i < p.length; i++) {
      p[i] = (byte) (i / width * (seed + 1));
    }
    return page;
  }

  private static int[] rgb(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }

  private static byte[] pixels(BufferedImage grey) {
    return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
  }
}
