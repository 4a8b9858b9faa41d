package jp.gyomu.fields;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.gyomu.ocr.PageText;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;

/**
 * Reads a template's fields from pages, each by how its type is read: text-like fields beside or
 * below their labels ({@link LabelledValueReader}), check boxes and choices from the marks beside
 * their labels, tables under their header rows, codes from the pixels; then the checks across
 * fields. On several pages the first page with a valid value wins. A field with a zone looks for
 * its label in the zone, then anywhere on the page, and only then takes an unlabelled value in the
 * zone (forms print the date or the issuer's block there without a label).
 */
public final class FieldExtractor {

  private FieldExtractor() {}

  /** Reads a page without its image: fields read from pixels (check boxes, codes) are missing. */
  public static FieldExtraction extract(PageText page, FieldTemplate template) {
    return extract(List.of(FieldPage.textOnly(page)), template);
  }

  public static FieldExtraction extract(List<FieldPage> pages, FieldTemplate template) {
    return extract(pages, template, SecondLook.NONE);
  }

  /**
   * @param look reads an unsure text value's box again with a second model ({@link
   *     ValueSecondOpinion}); {@link SecondLook#NONE} keeps values as first read
   */
  public static FieldExtraction extract(
      List<FieldPage> pages, FieldTemplate template, SecondLook look) {
    LabelFinder finder = new LabelFinder(template.fields(), template.titleKeywords());
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
            byZone
                .get(p)
                .computeIfAbsent(field.zone(), z -> labels(page, z, mapping, finder, template));
        ExtractedField read =
            switch (field.type().reading()) {
              case LABELLED_TEXT -> LabelledValueReader.read(field, page, p, labels);
              case MARK -> MarkReader.read(field, fieldPage, p, labels);
              case TABLE -> TableReader.read(field, fieldPage, p, labels, look);
              case CODE -> CodeReader.read(field, fieldPage, p);
            };
        if (read.value() == null
            && field.zone() != null
            && field.type().reading() == FieldType.Reading.LABELLED_TEXT) {
          // a labelled value counts anywhere; the zone is where a form prints the value unlabelled
          PageLabels all =
              byZone.get(p).computeIfAbsent(null, z -> labels(page, null, null, finder, template));
          ExtractedField labelled = LabelledValueReader.read(field.anywhere(), page, p, all);
          ExtractedField unlabelled =
              labelled.value() != null
                  ? labelled
                  : LabelledValueReader.unlabelled(field, page, p, labels);
          read = rank(unlabelled) <= rank(labelled) ? unlabelled : labelled;
        }
        if (read.value() == null
            && field.type() == FieldType.PHONE
            && read.reasons().stream().anyMatch(r -> r.code() == ReasonCode.LABEL_NOT_FOUND)
            && template.fields().stream().filter(f -> f.type() == FieldType.PHONE).count() == 1) {
          // the template's only phone number: its shape tells it when its label was not read
          PageLabels all =
              byZone.get(p).computeIfAbsent(null, z -> labels(page, null, null, finder, template));
          ExtractedField byShape = LabelledValueReader.phoneByShape(field, page, p, all);
          read = byShape == null ? read : byShape;
        }
        read = ValueSecondOpinion.review(field, read, fieldPage, look);
        if (mapping != null) {
          read = mapping.noted(read);
        }
        if (best == null || rank(read) < rank(best)) {
          best = read;
        }
      }
      fields.add(
          best != null ? best : ExtractedField.missing(field, Reason.of(ReasonCode.NO_PAGES)));
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
      PageText page, Zone zone, ZoneMapping mapping, LabelFinder finder, FieldTemplate template) {
    List<TextLine> lines =
        zone == null ? PageLines.of(page, null) : PageLines.of(page, zone, mapping);
    List<List<LabelHit>> hits = new ArrayList<>(lines.stream().map(finder::find).toList());
    for (FieldDefinition table : template.fields()) {
      if (table.type() == FieldType.TABLE) {
        TableHeader.find(table.columns(), lines)
            .filter(TableHeader::labelsOnly)
            .ifPresent(header -> hits.set(header.line(), outside(header, lines, hits)));
      }
    }
    return new PageLabels(lines, List.copyOf(hits));
  }

  /**
   * The header line's label hits outside the table's header: a field label standing among the
   * column headers (the 氏名 over a children table) heads a column, not the field's value.
   */
  private static List<LabelHit> outside(
      TableHeader header, List<TextLine> lines, List<List<LabelHit>> hits) {
    TextLine line = lines.get(header.line());
    Rectangle box = header.box();
    return hits.get(header.line()).stream()
        .filter(
            hit -> {
              Rectangle at = line.boxOf(hit.start(), hit.end());
              return at == null || at.x + at.width <= box.x || at.x >= box.x + box.width;
            })
        .toList();
  }

  private static int rank(ExtractedField field) {
    return field.value() != null ? 0 : field.status() == ExtractedField.Status.INVALID ? 1 : 2;
  }
}
