package jp.gyomu.fields;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;

/**
 * Finds where a reference page (a template's sample) lies on a scanned page: shift, scale per axis
 * and a small rotation, so that zones drawn on the sample hold on a scan fed a centimetre off or
 * scaled to 98%.
 *
 * <p>Both pages are straightened by their own skew (the angle whose row profile of the ink is
 * sharpest); then each axis is matched on its own: the reference's ink profile (ruling lines, the
 * title, labels) is correlated with the page's over scales of ±6% and shifts up to 12% of the page
 * width, coarse then fine. The result is checked in two dimensions: the share of the reference's
 * ink that lands on ink of the page. Below {@link #MIN_OVERLAP} the page is taken not to be the
 * reference's form (or too damaged to tell) and the registration is not used.
 */
public final class PageRegistration {

  /**
   * Share of the reference's text ink (title, labels) that must land on the page's ink for a match:
   * the same form scores 0.94 or more even when filled in, scanned with noise and JPEG; other ruled
   * forms 0.65 at most.
   */
  static final double MIN_OVERLAP = 0.8;

  /**
   * How much more the text ink must overlap where found than {@link #DISPLACEMENT_MM} beside: 0.25
   * or more on the same form, under 0.1 on other forms.
   */
  static final double MIN_CONTRAST = 0.15;

  private static final double DISPLACEMENT_MM = 1.5;
  // pages are A4 or near it: the displacement only needs to be about right
  private static final double A4_WIDTH_MM = 210;

  private static final double MAX_SCALE_CHANGE = 0.06;
  private static final double COARSE_SCALE_STEP = 0.004;
  private static final double FINE_SCALE_STEP = 0.0005;
  private static final double MAX_SHIFT = 0.12;
  private static final int MIN_INK = 200;
  private static final int OVERLAP_POINTS = 20_000;

  /**
   * Where the reference lies on a page.
   *
   * @param sampleToPage reference pixels to page pixels; identity-like scaling (the pages' size
   *     ratio) when not {@code matched}
   * @param matched whether the page was found to be the reference's form
   * @param overlap share of the reference's ink that lands on the page's ink, 0 to 1
   * @param why why it did not match, or null
   */
  public record Registration(
      AffineTransform sampleToPage, boolean matched, double overlap, Reason why) {

    public Registration {
      sampleToPage = new AffineTransform(sampleToPage);
    }

    /** {@link #why()} in English, or null. */
    public String reason() {
      return why == null ? null : why.english();
    }

    @Override
    public AffineTransform sampleToPage() {
      return new AffineTransform(sampleToPage);
    }

    public Point2D toPage(double sampleX, double sampleY) {
      return sampleToPage.transform(new Point2D.Double(sampleX, sampleY), null);
    }
  }

  private record AxisFit(double scale, double offset, double correlation) {}

  private PageRegistration() {}

  /** Registers a page image to a reference image (both any resolution; boxes in their pixels). */
  public static Registration register(BufferedImage reference, BufferedImage page) {
    return register(PageInk.of(reference), PageInk.of(page));
  }

  static Registration register(PageInk reference, PageInk page) {
    AffineTransform proportional =
        AffineTransform.getScaleInstance(
            (double) page.pageWidth / reference.pageWidth,
            (double) page.pageHeight / reference.pageHeight);
    if (reference.size() < MIN_INK || page.size() < MIN_INK) {
      return new Registration(proportional, false, 0, Reason.of(ReasonCode.TOO_LITTLE_INK));
    }
    double nominal = (double) page.pageWidth / reference.pageWidth;
    double maxShift = MAX_SHIFT * page.pageWidth;
    AxisFit x =
        fit(
            reference.columns,
            reference.cell,
            reference.centreX(),
            page.columns,
            page.cell,
            page.centreX(),
            nominal,
            maxShift);
    AxisFit y =
        fit(
            reference.rows,
            reference.cell,
            reference.centreY(),
            page.rows,
            page.cell,
            page.centreY(),
            nominal,
            maxShift);
    // reference pixels -> straightened reference -> straightened page (per axis) -> page pixels
    AffineTransform transform = page.unstraighten();
    transform.translate(page.centreX() + x.offset(), page.centreY() + y.offset());
    transform.scale(x.scale(), y.scale());
    transform.translate(-reference.centreX(), -reference.centreY());
    transform.concatenate(reference.straighten());
    // ruling lines coincide on many forms; the title and labels tell whether it is the same one
    int[] text =
        reference.textPoints.length / 2 >= MIN_INK ? reference.textPoints : reference.points;
    double overlap = overlap(text, reference, page, transform);
    double contrast = overlap - displacedOverlap(text, reference, page, transform);
    if (overlap < MIN_OVERLAP || contrast < MIN_CONTRAST) {
      return new Registration(
          proportional,
          false,
          overlap,
          Reason.of(
              ReasonCode.PAGE_NOT_LIKE_REFERENCE,
              String.format(Locale.ROOT, "%.0f", 100 * overlap),
              String.format(Locale.ROOT, "%.0f", 100 * MIN_OVERLAP)));
    }
    return new Registration(transform, true, overlap, null);
  }

  /**
   * The overlap when the reference is put {@link #DISPLACEMENT_MM} beside where it was found: on
   * the reference's form it drops, on a page dense with ink or another form it hardly changes.
   */
  private static double displacedOverlap(
      int[] points, PageInk reference, PageInk page, AffineTransform transform) {
    double displacement = DISPLACEMENT_MM * page.pageWidth / A4_WIDTH_MM;
    double sum = 0;
    for (int[] d : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
      AffineTransform moved =
          AffineTransform.getTranslateInstance(d[0] * displacement, d[1] * displacement);
      moved.concatenate(transform);
      sum += overlap(points, reference, page, moved);
    }
    return sum / 4;
  }

  /** Share of the given reference ink cells that land on or beside the page's ink. */
  private static double overlap(
      int[] points, PageInk reference, PageInk page, AffineTransform transform) {
    int stride = Math.max(1, points.length / 2 / OVERLAP_POINTS);
    double[] point = new double[2];
    int hits = 0;
    int tried = 0;
    int cell = reference.cell;
    for (int i = 0; i < points.length; i += 2 * stride) {
      point[0] = (points[i] + 0.5) * cell;
      point[1] = (points[i + 1] + 0.5) * cell;
      transform.transform(point, 0, point, 0, 1);
      tried++;
      if (nearInk(page, point[0], point[1])) {
        hits++;
      }
    }
    return tried == 0 ? 0 : (double) hits / tried;
  }

  private static boolean nearInk(PageInk page, double x, double y) {
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        if (page.inkAt(x + dx * page.cell, y + dy * page.cell)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The scale and offset (in page pixels, between the profiles' centres) that best align a
   * reference profile with a page profile: a coarse search on pooled, smoothed profiles, then two
   * finer ones around the best.
   */
  private static AxisFit fit(
      double[] reference,
      int referenceCell,
      double referenceCentre,
      double[] page,
      int pageCell,
      double pageCentre,
      double nominal,
      double maxShift) {
    Axis coarse =
        new Axis(
            Profile.centred(smooth(pool(reference), 1.5)),
            2.0 * referenceCell,
            referenceCentre,
            smooth(pool(page), 1.5),
            2.0 * pageCell,
            pageCentre);
    AxisFit best =
        coarse.search(
            nominal,
            MAX_SCALE_CHANGE * nominal,
            COARSE_SCALE_STEP * nominal,
            0,
            maxShift,
            2.0 * pageCell);
    Axis fine =
        new Axis(
            Profile.centred(smooth(reference, 0.7)),
            referenceCell,
            referenceCentre,
            smooth(page, 0.7),
            pageCell,
            pageCentre);
    best =
        fine.search(
            best.scale(),
            COARSE_SCALE_STEP * nominal,
            COARSE_SCALE_STEP * nominal / 6,
            best.offset(),
            2.0 * pageCell,
            pageCell / 2.0);
    return fine.search(
        best.scale(),
        COARSE_SCALE_STEP * nominal / 6,
        FINE_SCALE_STEP * nominal,
        best.offset(),
        pageCell / 2.0,
        pageCell / 8.0);
  }

  /** One axis of both pages: the profiles and where their bins lie in pixels. */
  private record Axis(
      Profile reference,
      double referenceBin,
      double referenceCentre,
      double[] page,
      double pageBin,
      double pageCentre) {

    AxisFit search(
        double scale,
        double scaleRange,
        double scaleStep,
        double offset,
        double offsetRange,
        double offsetStep) {
      AxisFit best = null;
      int scales = (int) Math.round(scaleRange / scaleStep);
      int offsets = (int) Math.round(offsetRange / offsetStep);
      for (int s = -scales; s <= scales; s++) {
        for (int t = -offsets; t <= offsets; t++) {
          double r =
              reference.correlation(
                  referenceBin,
                  referenceCentre,
                  page,
                  pageBin,
                  pageCentre,
                  scale + s * scaleStep,
                  offset + t * offsetStep);
          if (best == null || r > best.correlation()) {
            best = new AxisFit(scale + s * scaleStep, offset + t * offsetStep, r);
          }
        }
      }
      return best;
    }
  }

  /** Sums pairs of bins: half the resolution, a quarter of the search cost. */
  private static double[] pool(double[] values) {
    double[] pooled = new double[(values.length + 1) / 2];
    for (int i = 0; i < values.length; i++) {
      pooled[i / 2] += values[i];
    }
    return pooled;
  }

  /** A profile less its mean, with its norm, for Pearson correlation against another. */
  private record Profile(double[] values, double norm) {

    static Profile centred(double[] values) {
      double mean = 0;
      for (double v : values) {
        mean += v;
      }
      mean /= values.length;
      double[] centred = new double[values.length];
      double norm = 0;
      for (int i = 0; i < values.length; i++) {
        centred[i] = values[i] - mean;
        norm += centred[i] * centred[i];
      }
      return new Profile(centred, Math.sqrt(norm));
    }

    /** Pearson correlation with the page profile read where this profile's bins land on it. */
    double correlation(
        double cell,
        double centre,
        double[] page,
        double pageCell,
        double pageCentre,
        double scale,
        double offset) {
      double sumAb = 0;
      double sumB = 0;
      double sumBb = 0;
      int n = values.length;
      // bin u's centre lands at start + u * step in page bins
      double step = scale * cell / pageCell;
      double start = (scale * (0.5 * cell - centre) + pageCentre + offset) / pageCell - 0.5;
      for (int u = 0; u < n; u++) {
        double at = start + u * step;
        int i = (int) Math.floor(at);
        if (i < -1 || i >= page.length) {
          continue;
        }
        double f = at - i;
        double left = i >= 0 ? page[i] : 0;
        double right = i + 1 < page.length ? page[i + 1] : 0;
        double b = left + f * (right - left);
        sumAb += values[u] * b;
        sumB += b;
        sumBb += b * b;
      }
      double variance = sumBb - sumB * sumB / n;
      return variance <= 0 || norm == 0 ? 0 : sumAb / (norm * Math.sqrt(variance));
    }
  }

  private static double[] smooth(double[] values, double sigma) {
    int radius = (int) Math.ceil(3 * sigma);
    double[] kernel = new double[2 * radius + 1];
    double sum = 0;
    for (int k = -radius; k <= radius; k++) {
      kernel[k + radius] = Math.exp(-k * k / (2 * sigma * sigma));
      sum += kernel[k + radius];
    }
    double[] smoothed = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      double v = 0;
      for (int k = -radius; k <= radius; k++) {
        int j = i + k;
        if (j >= 0 && j < values.length) {
          v += kernel[k + radius] * values[j];
        }
      }
      smoothed[i] = v / sum;
    }
    return smoothed;
  }
}
