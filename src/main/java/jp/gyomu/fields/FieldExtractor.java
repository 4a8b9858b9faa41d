package jp.gyomu.fields;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.ocr.PageText;

/**
 * Reads a template's fields from OCR'd pages. For each field it looks for one of its labels (see
 * {@link LabelFinder}) and takes the value to the right of it on the same line, up to the next
 * label or a wide gap; when nothing follows the label, it takes the line below, within the label's
 * column. The value is normalised by the field's type and traced back to its OCR words for box and
 * confidence.
 *
 * <p>Exact labels are preferred to labels with a misread character (which count only when their
 * value normalises), earlier label variants to later ones, and the first label whose value
 * normalises wins; on several pages the first page with a valid value wins. A field with a zone
 * whose label is nowhere takes the first valid value in the zone, for values forms print without a
 * label.
 */
public final class FieldExtractor {

  private static final String VALUE_LEAD = " \t:：】］]";
  // a gap wider than this many word heights separates cells, so it ends a value
  private static final double CELL_GAP = 3.0;
  // a value below its label starts within this many label heights
  private static final double BELOW_DISTANCE = 2.5;

  private record Candidate(int line, LabelHit hit) {}

  private record Value(TextLine line, int from, int to) {}

  private FieldExtractor() {}

  /** Reads a page without its image: fields read from pixels (check boxes, codes) are missing. */
  public static FieldExtraction extract(PageText page, FieldTemplate template) {
    return extract(List.of(FieldPage.textOnly(page)), template);
  }

  public static FieldExtraction extract(List<FieldPage> pages, FieldTemplate template) {
    LabelFinder finder = new LabelFinder(template.fields());
    // zones differ per field, so lines and labels are found once per page and zone
    List<Map<Zone, PageLabels>> byZone =
        Stream.<Map<Zone, PageLabels>>generate(HashMap::new).limit(pages.size()).toList();
    // where each page's boxes lie in the zones' frame: registered to the sample when there is one
    List<ZoneMapping> mappings = new ArrayList<>(Collections.nCopies(pages.size(), null));
    List<ExtractedField> fields = new ArrayList<>();
    for (FieldDefinition field : template.fields()) {
      ExtractedField best = null;
      for (int p = 0; p < pages.size() && (best == null || best.value() == null); p++) {
        FieldPage fieldPage = pages.get(p);
        PageText page = fieldPage.text();
        ZoneMapping mapping = field.zone() == null ? null : mapping(mappings, pages, p, template);
        PageLabels labels =
            byZone.get(p).computeIfAbsent(field.zone(), z -> labels(page, z, mapping, finder));
        ExtractedField read =
            switch (field.type().reading()) {
              case LABELLED_TEXT -> extract(field, page, p, labels);
              case MARK -> MarkReader.read(field, fieldPage, p, labels);
              case TABLE -> TableReader.read(field, fieldPage, p, labels);
              case CODE -> CodeReader.read(field, fieldPage, p);
            };
        if (read.value() == null
            && field.zone() != null
            && field.type().reading() == FieldType.Reading.LABELLED_TEXT) {
          // the zone is where a form prints the value unlabelled; a labelled value counts anywhere
          FieldDefinition anywhere = field.anywhere();
          PageLabels all =
              byZone.get(p).computeIfAbsent(null, z -> labels(page, null, null, finder));
          ExtractedField labelled = extract(anywhere, page, p, all);
          read = labelled.value() != null ? labelled : read;
        }
        if (mapping != null) {
          read = mapping.noted(read);
        }
        if (best == null || rank(read) < rank(best)) {
          best = read;
        }
      }
      fields.add(best != null ? best : ExtractedField.missing(field, "no pages"));
    }
    return new FieldExtraction(
        template.id(), List.copyOf(fields), CrossFieldChecks.failures(template, fields));
  }

  private static ZoneMapping mapping(
      List<ZoneMapping> mappings, List<FieldPage> pages, int p, FieldTemplate template) {
    if (mappings.get(p) == null) {
      mappings.set(p, ZoneMapping.of(pages.get(p), template));
    }
    return mappings.get(p);
  }

  private static PageLabels labels(
      PageText page, Zone zone, ZoneMapping mapping, LabelFinder finder) {
    List<TextLine> lines =
        zone == null ? PageLines.of(page, null) : PageLines.of(page, zone, mapping);
    return new PageLabels(lines, lines.stream().map(finder::find).toList());
  }

  private static int rank(ExtractedField field) {
    return field.value() != null ? 0 : field.status() == ExtractedField.Status.INVALID ? 1 : 2;
  }

  private static ExtractedField extract(
      FieldDefinition field, PageText page, int pageIndex, PageLabels labels) {
    List<Candidate> exact = candidates(field, labels, true);
    if (!exact.isEmpty()) {
      return firstValidOrFirst(field, page, pageIndex, labels, exact);
    }
    // a label with a misread character counts only when its value makes sense (申請書 is no 申請日)
    for (Candidate candidate : candidates(field, labels, false)) {
      Value value = valueOf(candidate, labels);
      ExtractedField read = value == null ? null : read(field, page, pageIndex, value);
      if (read != null && read.value() != null) {
        return read;
      }
    }
    return field.zone() != null
        ? unlabelled(field, page, pageIndex, labels)
        : ExtractedField.missing(field, "none of the labels " + field.anchors() + " found");
  }

  private static ExtractedField firstValidOrFirst(
      FieldDefinition field,
      PageText page,
      int pageIndex,
      PageLabels labels,
      List<Candidate> candidates) {
    ExtractedField fallback = null;
    for (Candidate candidate : candidates) {
      Value value = valueOf(candidate, labels);
      if (value != null) {
        ExtractedField read = read(field, page, pageIndex, value);
        if (read.value() != null) {
          return read;
        }
        fallback = fallback != null ? fallback : read;
      }
    }
    return fallback != null
        ? fallback
        : ExtractedField.missing(
            field, "label " + field.label() + " found, but no value beside or below it");
  }

  /**
   * For a field with a zone but no label on the page (e.g. the date at the top right of a 申請書): the
   * first line in the zone that is a valid value of the field's type.
   */
  private static ExtractedField unlabelled(
      FieldDefinition field, PageText page, int pageIndex, PageLabels labels) {
    for (TextLine line : labels.lines()) {
      ExtractedField read = read(field, page, pageIndex, new Value(line, 0, line.text().length()));
      if (read.value() != null) {
        return read;
      }
    }
    return ExtractedField.missing(
        field,
        "none of the labels "
            + field.anchors()
            + " found, nor a "
            + field.type().id()
            + " in its zone");
  }

  /** The field's exact or fuzzy labels, preferred variants first, then top to bottom. */
  private static List<Candidate> candidates(
      FieldDefinition field, PageLabels labels, boolean exact) {
    List<Candidate> candidates = new ArrayList<>();
    for (int line = 0; line < labels.lines().size(); line++) {
      for (LabelHit hit : labels.hits().get(line)) {
        if (hit.field().name().equals(field.name()) && hit.exact() == exact) {
          candidates.add(new Candidate(line, hit));
        }
      }
    }
    candidates.sort(
        Comparator.comparingInt((Candidate c) -> c.hit().anchorRank())
            .thenComparingInt(Candidate::line));
    return candidates;
  }

  private static Value valueOf(Candidate candidate, PageLabels labels) {
    TextLine line = labels.lines().get(candidate.line());
    List<LabelHit> lineHits = labels.hits().get(candidate.line());
    int from = skipLead(line.text(), candidate.hit().end(), line.text().length());
    int to = cutAtGap(line, from, nextLabel(lineHits, from, line.text().length()));
    if (!line.text().substring(from, to).isBlank()) {
      return new Value(line, from, to);
    }
    return candidate.line() + 1 < labels.lines().size() ? valueBelow(candidate, labels) : null;
  }

  /** The value in the next line, within the label's column when boxes tell where that is. */
  private static Value valueBelow(Candidate candidate, PageLabels labels) {
    TextLine line = labels.lines().get(candidate.line());
    TextLine below = labels.lines().get(candidate.line() + 1);
    List<LabelHit> belowHits = labels.hits().get(candidate.line() + 1);
    int from = 0;
    int to = below.text().length();
    if (line.hasBoxes()) {
      Rectangle label = line.boxOf(candidate.hit().start(), candidate.hit().end());
      Rectangle next = below.boxOf(0, below.text().length());
      if (next.y - (label.y + label.height) > BELOW_DISTANCE * label.height) {
        return null;
      }
      int columnLeft = label.x - label.height;
      int columnRight =
          nextLabelX(line, labels.hits().get(candidate.line()), candidate.hit().end());
      while (from < to && !inColumn(below.wordAt(from), columnLeft, columnRight)) {
        from++;
      }
      while (to > from && !inColumn(below.wordAt(to - 1), columnLeft, columnRight)) {
        to--;
      }
    }
    int start = skipLead(below.text(), from, to);
    boolean startsWithLabel = belowHits.stream().anyMatch(h -> h.exact() && h.start() == start);
    int end = cutAtGap(below, start, nextLabel(belowHits, start, to));
    return startsWithLabel || below.text().substring(start, end).isBlank()
        ? null
        : new Value(below, start, end);
  }

  private static ExtractedField read(
      FieldDefinition field, PageText page, int pageIndex, Value value) {
    String raw = value.line().text().substring(value.from(), value.to()).strip();
    List<OcrWord> words = value.line().wordsIn(value.from(), value.to());
    float min =
        (float) words.stream().mapToDouble(OcrWord::confidence).min().orElse(page.meanConfidence());
    float mean =
        (float)
            words.stream().mapToDouble(OcrWord::confidence).average().orElse(page.meanConfidence());
    Rectangle box = value.line().boxOf(value.from(), value.to());
    Normalised<?> normalised = field.type().normalise(raw);
    ExtractedField.Status status;
    String reason = normalised.reason();
    if (!normalised.isValid()) {
      status = ExtractedField.Status.INVALID;
    } else if (min < field.minConfidence()) {
      status = ExtractedField.Status.LOW_CONFIDENCE;
      String low = "OCR confidence " + (int) Math.floor(min) + " is below " + field.minConfidence();
      reason = reason == null ? low : low + "; " + reason;
    } else {
      status = ExtractedField.Status.OK;
    }
    return new ExtractedField(
        field.name(),
        normalised.value(),
        raw,
        min,
        mean,
        box,
        pageIndex,
        status,
        reason,
        field.required());
  }

  private static int skipLead(String text, int from, int to) {
    while (from < to && VALUE_LEAD.indexOf(text.charAt(from)) >= 0) {
      from++;
    }
    return from;
  }

  /** Where the next exact label at or after {@code from} starts, or {@code limit}. */
  private static int nextLabel(List<LabelHit> hits, int from, int limit) {
    return hits.stream()
        .filter(h -> h.exact() && h.start() >= from && h.start() < limit)
        .mapToInt(LabelHit::start)
        .min()
        .orElse(limit);
  }

  private static int nextLabelX(TextLine line, List<LabelHit> hits, int after) {
    int next = nextLabel(hits, after, line.text().length());
    return next < line.text().length() ? line.boxOf(next, next + 1).x : Integer.MAX_VALUE;
  }

  private static boolean inColumn(OcrWord word, int left, int right) {
    return word != null && word.box().x + word.box().width > left && word.box().x < right;
  }

  /** Ends the value before a gap wide enough to be the border to another cell. */
  private static int cutAtGap(TextLine line, int from, int to) {
    OcrWord previous = null;
    for (int c = from; c < to; c++) {
      OcrWord word = line.wordAt(c);
      if (word == null || word == previous) {
        continue;
      }
      if (previous != null
          && TextLine.gap(previous, word)
              > CELL_GAP * Math.max(previous.box().height, word.box().height)) {
        return c;
      }
      previous = word;
    }
    return to;
  }
}
