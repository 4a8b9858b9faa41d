package jp.gyomu.pages;

/**
 * A page's image size as known from headers, before decoding.
 *
 * @param width pixels
 * @param height pixels
 * @param dpi resolution (from the file's metadata, or estimated, see {@link ImageResolution})
 */
public record PageGeometry(int width, int height, int dpi) {

  public long pixels() {
    return (long) width * height;
  }
}
