package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;

/**
 * Reads a {@code qr} field: a QR code or 1-D barcode on the page (in the field's zone if it has
 * one), decoded by ZXing ({@link CodeScanner}). A decoded code passed its own error correction or
 * check digit, so its confidence is 100; with several codes the first from the top is taken and the
 * others are named in the reason.
 */
final class CodeReader {

  private CodeReader() {}

  static ExtractedField read(FieldDefinition field, FieldPage page, int pageIndex) {
    Optional<BufferedImage> image = page.image();
    if (image.isEmpty()) {
      return ExtractedField.missing(field, Reason.of(ReasonCode.NO_PAGE_IMAGE, field.type().id()));
    }
    BufferedImage pixels = image.get();
    Zone zone = field.zone();
    Rectangle region =
        zone == null
            ? new Rectangle(0, 0, pixels.getWidth(), pixels.getHeight())
            : new Rectangle(
                (int) (zone.left() * pixels.getWidth()),
                (int) (zone.top() * pixels.getHeight()),
                (int) Math.ceil(zone.width() * pixels.getWidth()),
                (int) Math.ceil(zone.height() * pixels.getHeight()));
    List<CodeScanner.Code> codes = CodeScanner.scan(pixels, region);
    if (codes.isEmpty()) {
      return ExtractedField.missing(
          field,
          Reason.of(
              zone == null
                  ? ReasonCode.CODE_NOT_FOUND_ON_PAGE
                  : ReasonCode.CODE_NOT_FOUND_IN_ZONE));
    }
    CodeScanner.Code code = codes.get(0);
    if (code.text().isBlank()) {
      return new ExtractedField(
          field.name(),
          null,
          "",
          100,
          100,
          code.box(),
          pageIndex,
          ExtractedField.Status.INVALID,
          List.of(Reason.of(ReasonCode.CODE_EMPTY)),
          field.required());
    }
    List<Reason> reason =
        codes.size() == 1
            ? List.of()
            : List.of(
                Reason.of(
                    ReasonCode.CODES_SEVERAL,
                    codes.size(),
                    String.join(
                        ", ",
                        codes.subList(1, codes.size()).stream()
                            .map(CodeScanner.Code::text)
                            .toList())));
    return new ExtractedField(
        field.name(),
        code.text(), // exactly as encoded: it is data (an id, a URL), not text to clean
        code.text(),
        100,
        100,
        code.box(),
        pageIndex,
        ExtractedField.Status.OK,
        reason,
        field.required());
  }
}
