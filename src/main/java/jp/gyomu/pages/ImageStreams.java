package jp.gyomu.pages;

import javax.imageio.ImageIO;

/**
 * How ImageIO buffers the streams it is given. By default it copies every stream that is not a file
 * (a searchable PDF page's JPEG, a scanned PDF's embedded images, a page sent to a worker) through
 * a temporary file so that it can seek back; Gyomu's images are already in memory, so that is one
 * file written, read and deleted per image for nothing.
 */
public final class ImageStreams {

  private ImageStreams() {}

  /** Makes ImageIO buffer non-file streams in memory, for the whole JVM; call once at start. */
  public static void bufferInMemory() {
    ImageIO.setUseCache(false);
  }
}
