package jp.gyomu.studio;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** What the drafts API answers. */
final class DraftViews {

  private DraftViews() {}

  @Schema(description = "A type's names as written in the draft's definition")
  record Names(
      @Schema(example = "施設使用許可申請書") String ja, @Schema(example = "Facility use") String en) {}

  @Schema(description = "One draft in the list")
  record Summary(
      @Schema(example = "facility-use") String id,
      Names name,
      @Schema(description = "fields in the definition", example = "12") int fields,
      @Schema(description = "test scans kept", example = "4") int scans,
      @Schema(
              description =
                  "the last full trial's share of expected values read right; absent when the"
                      + " draft changed since or nothing was compared",
              example = "0.95")
          Double accuracy,
      boolean published,
      Instant updatedAt) {}

  @Schema(description = "A form draft: its definition, sample page and test set")
  record Draft(
      @Schema(example = "facility-use") String id,
      @Schema(description = "the definition (YAML) as saved") String yaml,
      @Schema(description = "the same definition as JSON, with the keys of the YAML file")
          JsonNode definition,
      @Schema(
              description =
                  "the sample page as read: {width, height, lines: [{text, box, words: [{text,"
                      + " box, confidence}]}]}; boxes in the pixels of sample.png")
          JsonNode sample,
      @Schema(description = "where each suggested field's label and value were found")
          JsonNode placements,
      List<Scan> scans,
      Double accuracy,
      Instant updatedAt,
      @Schema(description = "when the draft was last published, absent before") Instant publishedAt,
      @Schema(
              description =
                  "who owns processes/{id}.bpmn: STUDIO (generated, replaced only while unchanged),"
                      + " ANALYST (written by hand: never replaced unless replaceBpmn); absent"
                      + " before the first publish")
          String bpmnOwner) {}

  @Schema(description = "A test scan: its pages (read upright) and the values it should give")
  record Scan(
      String id,
      @Schema(example = "scan-01.png") String file,
      List<Page> pages,
      @Schema(description = "field name (or table[0].column) to value; {} when none given")
          JsonNode expected,
      @Schema(description = "why the file could not be read; absent when it was") String error) {}

  record Page(int width, int height) {}
}
