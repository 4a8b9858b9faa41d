package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import jp.gyomu.fields.MarkedPages.Mark;
import org.junit.jupiter.api.Test;

/**
 * Check box accuracy on randomly drawn boxes: label, type size 9-12 pt, box 8-14 pt before or after
 * the label at a random gap and height, line width, mark style (empty, filled, ☑, a pen's tick or
 * cross of random shape, width and darkness, a circled label), often a neighbouring item with its
 * own box; scans also get skew within ±2°, noise and dust, blur, JPEG and faint print. Issue 10's
 * target is 99% right on clean pages. Figures are printed; the floors are loose, so a regression
 * fails without the test depending on a lucky seed.
 */
class CheckboxAccuracyTest {

  static final int SAMPLES = 300;
  private static final List<String> LABELS =
      List.of("郵送を希望する", "同意する", "有", "該当する", "口座振替を希望", "窓口で受け取る", "その他", "世帯主");

  private enum Style {
    EMPTY,
    FILLED,
    GLYPH,
    TICK,
    CROSS,
    CIRCLED
  }

  record Tally(int right, int wrong, int missing, int review) {
    double accuracy() {
      return right / (double) (right + wrong + missing);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%.1f%% right (%d right, %d wrong, %d missing; %d sent to review as unsure)",
          100 * accuracy(),
          right,
          wrong,
          missing,
          review);
    }
  }

  /** How a sample is damaged. */
  enum Scan {
    CLEAN,
    /** skew within ±2°, noise and dust, half the time blur, half the time JPEG. */
    SCANNED,
    /** as scanned, and the box printed light grey (130-180) with lines 1-1.6 pixels wide. */
    FAINT
  }

  @Test
  void checkBoxesAreReadRightOnCleanAndScannedPages() {
    Tally clean = run(Scan.CLEAN, 20251);
    Tally scanned = run(Scan.SCANNED, 20252);
    Tally faint = run(Scan.FAINT, 20253);
    System.out.println("Checkbox accuracy, " + SAMPLES + " random boxes, clean:   " + clean);
    System.out.println("Checkbox accuracy, " + SAMPLES + " random boxes, scanned: " + scanned);
    System.out.println("Checkbox accuracy, " + SAMPLES + " random boxes, faint:   " + faint);

    assertThat(clean.accuracy()).isGreaterThanOrEqualTo(0.99);
    assertThat(scanned.accuracy()).isGreaterThanOrEqualTo(0.97);
    assertThat(faint.accuracy()).isGreaterThanOrEqualTo(0.93);
    // a faint box not found is missing (a person looks), rarely misread
    assertThat(faint.wrong()).isLessThanOrEqualTo(SAMPLES / 50);
  }

  static Tally run(Scan scan, long seed) {
    Random random = new Random(seed);
    int right = 0;
    int wrong = 0;
    int missing = 0;
    int review = 0;
    for (int i = 0; i < SAMPLES; i++) {
      Sample sample = sample(random, scan);
      FieldDefinition field =
          new FieldDefinition(
              "box", sample.label(), List.of(sample.label()), FieldType.CHECKBOX, true, 50, null);
      FieldTemplate template =
          new FieldTemplate("marks", "テスト", "Test", "jpn", List.of(), List.of(), List.of(field));
      ExtractedField read =
          FieldExtractor.extract(List.of(sample.page().page()), template).fields().get(0);
      if (read.value() == null) {
        missing++;
      } else if (read.value().equals(sample.marked())) {
        right++;
      } else {
        wrong++;
      }
      review += read.status() == ExtractedField.Status.LOW_CONFIDENCE ? 1 : 0;
    }
    return new Tally(right, wrong, missing, review);
  }

  record Sample(MarkedPages page, String label, boolean marked, String description) {}

  static Sample sample(Random random, Scan scan) {
    boolean scanned = scan != Scan.CLEAN;
    int dpi = random.nextBoolean() ? 200 : 300;
    MarkedPages page = MarkedPages.strip(dpi, 130, 30);
    String label = LABELS.get(random.nextInt(LABELS.size()));
    double points = 9 + 3 * random.nextDouble();
    double side = 8 + 6 * random.nextDouble();
    double sideMm = side / 72 * 25.4;
    double gap = 0.6 + 2.2 * random.nextDouble();
    double baseline = 16 + 2 * random.nextDouble();
    double lift = (random.nextDouble() - 0.5) * 1.5;
    boolean before = random.nextDouble() < 0.7;
    boolean faint = scan == Scan.FAINT;
    Style style = Style.values()[random.nextInt(Style.values().length)];
    Color pen = grey(random.nextInt(90));
    page.line(dpi / 25.4f * (float) (0.08 + 0.22 * random.nextDouble()));
    if (faint) {
      page.ink(grey(130 + random.nextInt(50))).line(1f + 0.6f * random.nextFloat());
    }
    double labelX = 40;
    Rectangle text = page.ink(faint ? grey(60) : Color.BLACK).text(label, labelX, baseline, points);
    double labelRight = labelX + text.width * 25.4 / dpi;
    double boxX = before ? labelX - gap - sideMm : labelRight + gap;
    page.ink(faint ? grey(130 + random.nextInt(50)) : Color.BLACK);
    Rectangle box =
        page.box(
            boxX,
            baseline + lift,
            side,
            style == Style.FILLED ? Mark.FILLED : style == Style.GLYPH ? Mark.GLYPH : Mark.EMPTY);
    Rectangle2D.Double area = new Rectangle2D.Double(box.x, box.y, box.width, box.height);
    float penWidth = dpi / 25.4f * (float) (0.2 + 0.4 * random.nextDouble());
    page.ink(pen);
    switch (style) {
      case TICK -> page.tick(area, penWidth, 1, random);
      case CROSS -> page.cross(area, penWidth, random);
      case CIRCLED -> page.circle(text, dpi / 25.4 * (0.3 + 1.2 * random.nextDouble()), penWidth);
      default -> {}
    }
    if (random.nextBoolean()) {
      // the next item of the line, with its own box and mark, where a box after the label would be
      double next = before ? labelRight + 4 + 4 * random.nextDouble() : boxX + sideMm + 5;
      page.ink(Color.BLACK);
      Mark other = Mark.values()[random.nextInt(Mark.values().length)];
      page.box(next, baseline, side, other);
      page.text("無", next + sideMm + gap, baseline, points);
    }
    if (scanned) {
      page.skew((random.nextDouble() - 0.5) * 4);
      page.noise(20 * random.nextDouble(), random.nextLong());
      if (random.nextBoolean()) {
        page.blur(1);
      }
      if (random.nextBoolean()) {
        page.jpeg(0.6f + 0.3f * random.nextFloat());
      }
    }
    return new Sample(
        page,
        label,
        style != Style.EMPTY,
        String.format(
            Locale.ROOT,
            "%s dpi %d, %s %.1f pt box %s, faint %s",
            style,
            dpi,
            label,
            side,
            before ? "before" : "after",
            faint));
  }

  private static Color grey(int level) {
    return new Color(level, level, level);
  }
}
