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
    // Japanese glyphs are about square: a box lower than its glyphs are wide lost strokes OCR took
    // for specks (黒's four dots, read 里; 白's tick), so the crop takes them back, above and below
    int characters = (int) Math.max(1, read.rawText().codePoints().filter(c -> c > ' ').count());
    int unit = Math.max(box.height, box.width / characters);
    int lost = unit - box.height;
    Rectangle region =
        new Rectangle(
                box.x - unit / 2,
                box.y - lost - unit / 4,
                box.width + unit,
                box.height + 2 * lost + unit / 2)
            .intersection(new Rectangle(image.get().getWidth(), image.get().getHeight()));
    if (region.isEmpty()) {
      return read;
    }
    int dpi = page.text().dpi();
    List<OcrWord> firstWords =
        page.text().words().stream().filter(w -> w.box().intersects(box)).toList();
    List<ReadingVote.Glyph> first = ReadingVote.glyphs(read.rawText(), firstWords);
    List<List<ReadingVote.Glyph>> crops = new ArrayList<>();
    crops.add(ReadingVote.glyphs(withoutEndSpecks(look.readLine(image.get(), dpi, region), unit)));
    crops.add(
        ReadingVote.glyphs(
            withoutEndSpecks(
                look.readLineAsPage(image.get(), dpi, region, page.text().languages()), unit)));
    if (crops.stream().allMatch(glyphs -> text(glyphs).equals(text(first)))) {
      // both models read the first reading again: three readings outvote any one more, so the
      // larger crop (four times the pixels of both others) would not change the value
      return read;
    }
    BufferedImage larger = larger(image.get(), region);
    crops.add(
        ReadingVote.glyphs(
            withoutEndSpecks(
                look.readLine(
                    larger, dpi * SCALE, new Rectangle(larger.getWidth(), larger.getHeight())),
                unit * SCALE)));
    List<List<ReadingVote.Glyph>> readings = new ArrayList<>(List.of(first));
    for (List<ReadingVote.Glyph> glyphs : crops) {
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
   * A crop's reading without the specks read as characters at its ends (黒's dots, once the crop
   * takes them back, read as a small ペ after 黒): a word less than half a glyph high and wide.
   * Inside the value a small mark stays (the ・ of トイ・プードル).
   */
  static List<OcrWord> withoutEndSpecks(List<OcrWord> words, int unit) {
    int from = 0;
    int to = words.size();
    while (from < to && speck(words.get(from), unit)) {
      from++;
    }
    while (to > from && speck(words.get(to - 1), unit)) {
      to--;
    }
    return words.subList(from, to);
  }

  private static boolean speck(OcrWord word, int unit) {
    return word.box().width * 2 < unit && word.box().height * 2 < unit;
  }

  /**
   * Whether a second reading read the first's ink: not empty, differing in at most a third of the
   * characters (or in at most half when it reads as many characters: the same glyphs, some misread,
   * each outvoted alone), and with no more Latin letters or digits (misread strokes, or a
   * neighbour's text). The larger reading often misreads a surname's dense strokes (遠藤 as 吉腰) yet
   * alone sees the small ones apart (郎, not 朗).
   */
  private static boolean sameInk(List<ReadingVote.Glyph> first, List<ReadingVote.Glyph> second) {
    String a = text(first);
    String b = text(second);
    return !b.isEmpty()
        && (SameInk.fewEdits(a, b)
            || first.size() == second.size() && EditDistance.between(a, b) <= first.size() / 2)
        && SameInk.noNewLatinOrDigits(a, b);
  }

  private static String text(List<ReadingVote.Glyph> glyphs) {
    return String.join("", glyphs.stream().map(ReadingVote.Glyph::text).toList());
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
