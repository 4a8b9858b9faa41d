package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import jp.gyomu.ocr.PageText;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;

/**
 * Where a page's word boxes lie in the frame its template's zones are given in: fractions of the
 * page itself (no reference page), or fractions of the template's reference page after the page was
 * registered to it. Computed once per page.
 */
final class ZoneMapping {

  private final double width;
  private final double height;
  private final AffineTransform pageToZones;
  private final AffineTransform zonesToPage;
  private final Reason caveat;

  private ZoneMapping(double width, double height, AffineTransform zonesToPage, Reason caveat) {
    this.width = width;
    this.height = height;
    this.zonesToPage = zonesToPage;
    this.caveat = caveat;
    try {
      this.pageToZones = zonesToPage.createInverse();
    } catch (NoninvertibleTransformException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Zones as fractions of the page as it comes (today's meaning of a zone without a sample). */
  static ZoneMapping pageFractions(PageText page) {
    return pageFractions(page, null);
  }

  private static ZoneMapping pageFractions(PageText page, Reason caveat) {
    return new ZoneMapping(page.width(), page.height(), new AffineTransform(), caveat);
  }

  /**
   * Registers the page to the template's reference page when the template has one and the page its
   * pixels; otherwise, or when the page does not match the reference, zones are fractions of the
   * page, with a caveat saying why.
   */
  static ZoneMapping of(FieldPage page, FieldTemplate template) {
    PageText text = page.text();
    if (template.sample() == null || text.words().isEmpty()) {
      return pageFractions(text);
    }
    var image = page.image();
    if (image.isEmpty()) {
      return pageFractions(text);
    }
    PageInk reference;
    try {
      reference = ReferencePages.ink(template.sample());
    } catch (UncheckedIOException e) {
      return pageFractions(
          text,
          Reason.of(ReasonCode.ZONES_AS_FRACTIONS)
              .because(
                  Reason.of(
                      ReasonCode.REFERENCE_PAGE_UNREADABLE,
                      template.sample().getFileName(),
                      e.getCause().getMessage())));
    }
    PageRegistration.Registration registration =
        PageRegistration.register(reference, PageInk.of(image.get()));
    if (!registration.matched()) {
      return pageFractions(
          text, Reason.of(ReasonCode.ZONES_AS_FRACTIONS).because(registration.why()));
    }
    // boxes are in the pixels of the page as OCR was given it, which may differ from the image's
    AffineTransform zonesToPage =
        AffineTransform.getScaleInstance(
            (double) text.width() / image.get().getWidth(),
            (double) text.height() / image.get().getHeight());
    zonesToPage.concatenate(registration.sampleToPage());
    return new ZoneMapping(reference.pageWidth, reference.pageHeight, zonesToPage, null);
  }

  /** Whether the centre of a word box (page pixels) lies in the zone. */
  boolean contains(Zone zone, Rectangle box) {
    Point2D centre =
        pageToZones.transform(new Point2D.Double(box.getCenterX(), box.getCenterY()), null);
    double x = centre.getX() / width;
    double y = centre.getY() / height;
    return x >= zone.left()
        && x <= zone.left() + zone.width()
        && y >= zone.top()
        && y <= zone.top() + zone.height();
  }

  /** The zone's bounding box in page pixels, for readers that look at pixels (check boxes). */
  Rectangle pixels(Zone zone) {
    Rectangle2D fractions =
        new Rectangle2D.Double(
            zone.left() * width, zone.top() * height, zone.width() * width, zone.height() * height);
    return zonesToPage.createTransformedShape(fractions).getBounds();
  }

  /**
   * Why zones on this page are less sure than usual (the page did not match the sample), or null.
   */
  Reason caveat() {
    return caveat;
  }

  /** The field with this page's caveat added to its reason, when there is one. */
  ExtractedField noted(ExtractedField field) {
    if (caveat == null) {
      return field;
    }
    List<Reason> reason = new ArrayList<>(field.reasons());
    reason.add(caveat);
    return new ExtractedField(
        field.name(),
        field.value(),
        field.rawText(),
        field.confidence(),
        field.meanConfidence(),
        field.box(),
        field.page(),
        field.status(),
        reason,
        field.required());
  }
}
