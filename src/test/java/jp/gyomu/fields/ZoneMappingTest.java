package jp.gyomu.fields;

import static jp.gyomu.fields.TestPages.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.ocr.PageText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZoneMappingTest {

  @TempDir Path folder;

  @Test
  void withoutASampleZonesAreFractionsOfThePageAsBefore() throws IOException {
    FieldTemplate template = noSample(MovedFormsOcrTest.MovedFormsTemplate.write(folder));
    PageText page = TestPages.page().row(100, at(100, "受付番号")).build();

    ZoneMapping mapping = ZoneMapping.of(FieldPage.textOnly(page), template);

    Zone zone = new Zone(0.5, 0, 0.5, 0.3);
    for (Rectangle box :
        List.of(new Rectangle(900, 100, 30, 30), new Rectangle(700, 100, 30, 30))) {
      assertThat(mapping.contains(zone, box))
          .isEqualTo(zone.contains(box, page.width(), page.height()));
    }
    assertThat(mapping.caveat()).isNull();
  }

  @Test
  void aPageWithoutPixelsIsReadAsWithoutTheSample() throws IOException {
    FieldTemplate template = MovedFormsOcrTest.MovedFormsTemplate.write(folder);
    PageText page = TestPages.page().row(100, at(100, "受付番号"), at(400, "4711")).build();

    FieldExtraction withSample = FieldExtractor.extract(page, template);

    assertThat(withSample.values())
        .isEqualTo(FieldExtractor.extract(page, noSample(template)).values());
    assertThat(withSample.field("receiptNumber").orElseThrow().value()).isEqualTo(4711L);
    assertThat(withSample.fields())
        .noneMatch(f -> f.reason() != null && f.reason().contains("reference page"));
  }

  @Test
  void aZoneOnTheSampleLandsWhereTheScanMovedItsCell() throws IOException {
    FieldTemplate template = MovedFormsOcrTest.MovedFormsTemplate.write(folder);
    AffineTransform move =
        AffineTransform.getTranslateInstance(MovedForms.mm(8), -MovedForms.mm(6));
    move.scale(0.98, 0.98);
    BufferedImage scan = MovedForms.scan(move, 300, 4);

    ZoneMapping mapping = ZoneMapping.of(FieldPage.of(ocrLike(scan), scan), template);

    FieldDefinition agentName =
        template.fields().stream()
            .filter(f -> f.name().equals("agentName"))
            .findFirst()
            .orElseThrow();
    Rectangle cell = MovedForms.CELLS.get("agentName");
    Rectangle moved = move.createTransformedShape(cell).getBounds();
    Rectangle found = mapping.pixels(agentName.zone());
    assertThat(mapping.caveat()).isNull();
    assertThat(Math.abs(found.x - moved.x)).isLessThan(8);
    assertThat(Math.abs(found.y - moved.y)).isLessThan(8);
    assertThat(Math.abs(found.width - moved.width)).isLessThan(8);
    assertThat(Math.abs(found.height - moved.height)).isLessThan(8);
    // the unmoved cell's centre is 6 mm off: as a page fraction the zone would miss the value
    Rectangle value = new Rectangle(moved.x + 40, moved.y + moved.height / 2 - 15, 30, 30);
    assertThat(mapping.contains(agentName.zone(), value)).isTrue();
    assertThat(ZoneMapping.pageFractions(ocrLike(scan)).contains(agentName.zone(), value))
        .isFalse();
  }

  @Test
  void anUnreadableSampleKeepsZonesOnThePageAndSaysWhy() throws IOException {
    FieldTemplate template = MovedFormsOcrTest.MovedFormsTemplate.write(folder);
    Files.writeString(template.sample(), "not a picture");
    BufferedImage scan = MovedForms.scan(new AffineTransform(), 300, 4);

    ZoneMapping mapping = ZoneMapping.of(FieldPage.of(ocrLike(scan), scan), template);

    assertThat(mapping.caveat().english())
        .startsWith("reference page proxy-notice.sample.png could not be read")
        .endsWith("zones taken as fractions of this page");
  }

  /** What OCR reports for a scan, as far as registration looks: its size and some words. */
  private static PageText ocrLike(BufferedImage scan) {
    return new PageText(
        "受付",
        List.of(new OcrWord("受付", 90, new Rectangle(100, 100, 60, 30))),
        90,
        scan.getWidth(),
        scan.getHeight(),
        300,
        0,
        0,
        "jpn");
  }

  private static FieldTemplate noSample(FieldTemplate template) {
    return new FieldTemplate(
        template.id(),
        template.nameJa(),
        template.nameEn(),
        template.languages(),
        template.titleKeywords(),
        template.titlePatterns(),
        template.fields());
  }
}
