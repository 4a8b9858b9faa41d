package jp.gyomu.fields;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.gyomu.ocr.EditDistance;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;

/**
 * A second opinion on one text value (a name, an address) whose weakest word the first reading was
 * unsure of: only the value's box is read again, so a page costs a few small crops per unsure text
 * field instead of a second reading of every unsure line. The crop is read by the second model
 * ({@link SecondLook}), by the page's own model, and by the second model at twice the size; the
 * readings that read the same ink (they differ from the first in a few characters, and bring no
 * Latin letters or digits the first did not have) and the first are combined character by
 * character, each weighed by its confidence ({@link ReadingVote}). One model's confident misreading
 * of a stroke (也 read as 世 by the second model, 藤 as 朋 by the first) is outvoted by the others.
 */
final class ValueSecondOpinion {

  // the weakest word below this confidence makes a text value worth a second look
  static final float BELOW_CONFIDENCE = 90f;
  // the larger reading: small strokes (也, 郎) stand apart at twice the size
  private static final int SCALE = 2;
  // words with spaces between Latin letters or digits (a Latin name) keep them: the vote drops
  // spaces
  private static final Pattern LATIN_WORDS = Pattern.compile("[A-Za-z0-9] +[A-Za-z0-9]");

  private ValueSecondOpinion() {}

  static ExtractedField review(
      FieldDefinition field, ExtractedField read, FieldPage page, SecondLook look) {
    if (look == SecondLook.NONE
        || field.type() != FieldType.TEXT
        || read.value() == null
        || read.box() == null
        || read.confidence() >= BELOW_CONFIDENCE
        || LATIN_WORDS.matcher(Widths.fold(read.rawText())).find()) {
      return read;
    }
    Optional<BufferedImage> image = page.image();
    if (image.isEmpty()) {
      return read;
    }
    Rectangle box = read.box();
    Rectangle region =
        new Rectangle(
                box.x - box.height / 2,
                box.y - box.height / 4,
                box.width + box.height,
                box.height + box.height / 2)
            .intersection(new Rectangle(image.get().getWidth(), image.get().getHeight()));
    if (region.isEmpty()) {
      return read;
    }
    int dpi = page.text().dpi();
    List<OcrWord> firstWords =
        page.text().words().stream().filter(w -> w.box().intersects(box)).toList();
    List<ReadingVote.Glyph> first = ReadingVote.glyphs(read.rawText(), firstWords);
    BufferedImage larger = larger(image.get(), region);
    List<List<ReadingVote.Glyph>> readings = new ArrayList<>(List.of(first));
    for (List<OcrWord> words :
        List.of(
            look.readLine(image.get(), dpi, region),
            look.readLineAsPage(image.get(), dpi, region, page.text().languages()),
            look.readLine(
                larger, dpi * SCALE, new Rectangle(larger.getWidth(), larger.getHeight())))) {
      List<ReadingVote.Glyph> glyphs = ReadingVote.glyphs(words);
      if (sameInk(first, glyphs)) {
        readings.add(glyphs);
      }
    }
    ReadingVote.Result vote = ReadingVote.vote(readings);
    Normalised<?> normalised = field.type().normalise(vote.text());
    if (!normalised.isValid()
        || TextNormaliser.normalise(vote.text()).equals(TextNormaliser.normalise(read.rawText()))) {
      return read;
    }
    List<Reason> reasons = new ArrayList<>();
    ExtractedField.Status status = ExtractedField.Status.OK;
    if (vote.min() < field.minConfidence()) {
      status = ExtractedField.Status.LOW_CONFIDENCE;
      reasons.add(
          Reason.of(
              ReasonCode.LOW_CONFIDENCE, (int) Math.floor(vote.min()), field.minConfidence()));
    }
    return new ExtractedField(
        read.name(),
        normalised.value(),
        vote.text(),
        vote.min(),
        vote.mean(),
        read.box(),
        read.page(),
        status,
        reasons,
        read.required());
  }

  /**
   * Whether a second reading read the first's ink: not empty, differing in at most a third of the
   * characters, and with no more Latin letters or digits (misread strokes, or a neighbour's text).
   */
  private static boolean sameInk(List<ReadingVote.Glyph> first, List<ReadingVote.Glyph> second) {
    String a = text(first);
    String b = text(second);
    return !b.isEmpty()
        && EditDistance.between(a, b) <= Math.max(1, a.length() / 3)
        && count(b) <= count(a);
  }

  private static String text(List<ReadingVote.Glyph> glyphs) {
    return String.join("", glyphs.stream().map(ReadingVote.Glyph::text).toList());
  }

  private static long count(String text) {
    return text.codePoints()
        .filter(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        .count();
  }

  /** The region at {@link #SCALE} times its size, smoothly interpolated. */
  private static BufferedImage larger(BufferedImage image, Rectangle region) {
    BufferedImage larger =
        new BufferedImage(
            region.width * SCALE, region.height * SCALE, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = larger.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.drawImage(
          image.getSubimage(region.x, region.y, region.width, region.height),
          0,
          0,
          larger.getWidth(),
          larger.getHeight(),
          null);
    } finally {
      g.dispose();
    }
    return larger;
  }
}
