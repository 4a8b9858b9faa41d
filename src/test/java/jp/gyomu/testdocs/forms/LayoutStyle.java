package jp.gyomu.testdocs.forms;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * How a form is laid out, drawn from a seed: fonts and sizes, margins, the title's alignment and
 * letter spacing and what stands above it, and how labels and values are placed.
 *
 * @param fontFamily the body font: Noto Sans/Serif/Mono CJK JP, IPAex Gothic/Mincho when installed
 * @param bodyStyle {@link Font#PLAIN} or {@link Font#BOLD}
 * @param bodyPoints 9-12 pt
 * @param titlePoints 14-20 pt
 * @param titleBold whether the title is bold
 * @param titleCentred centred, or at the left margin
 * @param titleSpacing printed between the title's characters ("" for none, a space or an
 *     ideographic space: 請 求 書)
 * @param preamble a line above the title (様式第3号（第5条関係）, （提出用）), or null
 * @param placement where values stand relative to their labels
 * @param labelColumnMm width of a ruled table's label column
 * @param rowHeightMm height of a ruled row or a value cell
 * @param gapMm where values start after their label in {@link Placement#INLINE_GAP}
 * @param colon what follows a label in {@link Placement#INLINE_COLON}
 * @param underlineValues whether inline values are underlined like a filled-in blank
 * @param spacedLabels whether two-character labels are spread (氏　名) as in ruled forms
 * @param gridColumns 1 or 2 fields side by side in {@link Placement#BELOW} and {@link
 *     Placement#TWO_COLUMNS}
 * @param marginMm left and right margins
 * @param topMm the top margin
 * @param lineSpacing line pitch as a multiple of the font height
 * @param shuffleFields whether fields of a block are reordered (adjacent swaps)
 * @param totalsUnderPrice totals rows ruled only under the last two columns, else spanning the row
 * @param headerShaded whether table headers are shaded grey
 * @param blankTableRows empty ruled rows between a table's body and its totals
 * @param qrAtRight QR code at the bottom right, else at the bottom left
 */
public record LayoutStyle(
    String fontFamily,
    int bodyStyle,
    double bodyPoints,
    double titlePoints,
    boolean titleBold,
    boolean titleCentred,
    String titleSpacing,
    String preamble,
    Placement placement,
    double labelColumnMm,
    double rowHeightMm,
    double gapMm,
    String colon,
    boolean underlineValues,
    boolean spacedLabels,
    int gridColumns,
    double marginMm,
    double topMm,
    double lineSpacing,
    boolean shuffleFields,
    boolean totalsUnderPrice,
    boolean headerShaded,
    int blankTableRows,
    boolean qrAtRight) {

  /** Where a value stands relative to its label. */
  public enum Placement {
    /** A ruled two-column table: label cell, value cell. */
    RULED_TABLE,
    /** One line each: "label：value". */
    INLINE_COLON,
    /** One line each, the value after a wide gap, no colon. */
    INLINE_GAP,
    /** Ruled cells: the label in a strip on top, the value in the cell below. */
    BELOW,
    /** Label/value pairs side by side in two columns. */
    TWO_COLUMNS
  }

  static final List<String> PREFERRED_FAMILIES =
      List.of(
          "Noto Sans CJK JP",
          "Noto Serif CJK JP",
          "Noto Sans Mono CJK JP",
          "IPAexGothic",
          "IPAexMincho");

  private static volatile List<String> installed;

  /** The preferred families this machine has (IPAex fonts come with fonts-ipaexfont). */
  public static List<String> installedFamilies() {
    if (installed == null) {
      Set<String> names =
          Set.copyOf(
              Arrays.asList(
                  GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
      List<String> found = new ArrayList<>();
      PREFERRED_FAMILIES.stream().filter(names::contains).forEach(found::add);
      if (found.isEmpty()) {
        throw new IllegalStateException(
            "No Japanese font: apt-get install fonts-noto-cjk (fc-list | grep -i cjk)");
      }
      installed = List.copyOf(found);
    }
    return installed;
  }

  /** The same style tightened for a form too long for the page: smaller pitch, no blank rows. */
  public LayoutStyle compact() {
    return new LayoutStyle(
        fontFamily,
        bodyStyle,
        Math.min(bodyPoints, 10),
        14,
        titleBold,
        titleCentred,
        titleSpacing,
        preamble,
        placement,
        labelColumnMm,
        8,
        gapMm,
        colon,
        underlineValues,
        spacedLabels,
        2,
        marginMm,
        10,
        1.3,
        shuffleFields,
        totalsUnderPrice,
        headerShaded,
        0,
        qrAtRight);
  }

  public static LayoutStyle random(Random r) {
    String family = Values.pick(r, installedFamilies());
    boolean sans = family.equals("Noto Sans CJK JP");
    int bodyStyle = sans && r.nextInt(4) == 0 ? Font.BOLD : Font.PLAIN;
    Placement placement = Values.pick(r, Placement.values());
    String preamble =
        switch (r.nextInt(5)) {
          case 0 -> String.format("様式第%d号（第%d条関係）", 1 + r.nextInt(12), 2 + r.nextInt(10));
          case 1 -> Values.pick(r, "（提出用）", "（控）", "みどり市");
          default -> null;
        };
    return new LayoutStyle(
        family,
        bodyStyle,
        Values.pick(r, 9.0, 10.0, 10.5, 11.0, 12.0),
        14 + r.nextInt(7),
        r.nextBoolean(),
        r.nextInt(4) > 0,
        Values.pick(r, "", "", " ", "　"),
        preamble,
        placement,
        28 + r.nextInt(23),
        8 + r.nextInt(5),
        35 + r.nextInt(30),
        Values.pick(r, "：", ":", "：", " ："),
        r.nextInt(3) == 0,
        r.nextInt(4) == 0,
        1 + r.nextInt(2),
        15 + r.nextInt(11),
        12 + r.nextInt(12),
        1.4 + r.nextInt(8) / 10.0,
        r.nextBoolean(),
        r.nextBoolean(),
        r.nextBoolean(),
        r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 0,
        r.nextInt(3) > 0);
  }
}
