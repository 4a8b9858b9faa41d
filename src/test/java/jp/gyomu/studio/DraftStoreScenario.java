package jp.gyomu.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import jp.gyomu.studio.DraftRepository.PageRow;
import jp.gyomu.studio.DraftRepository.ScanRow;
import jp.gyomu.support.GyomuIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The studio's tables (V7) on each database: images and texts come back byte for byte, a renamed
 * draft keeps its scans and pages, and a deleted draft takes them with it.
 */
abstract class DraftStoreScenario extends GyomuIntegrationTest {

  @Autowired DraftRepository drafts;

  @Test
  void aDraftKeepsItsImagesAndTestSetThroughARenameAndLosesThemWhenDeleted() {
    String id = "store-" + getClass().getSimpleName().toLowerCase().replace("test", "");
    Instant at = Instant.parse("2026-04-01T00:00:00Z");
    byte[] sample = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, 1, 2};
    drafts.insert(
        id,
        "id: " + id + "\n",
        sample,
        "{\"lines\":[]}",
        "[]",
        "blank.pdf",
        new byte[] {7},
        "t",
        at);
    drafts.insertScan(
        new ScanRow("scan-" + id, id, 1, "申請書-1.png", "jpn", null, "{\"fee\":4500}"),
        new byte[] {1, 2, 3},
        List.of(new PageRow(1, 2480, 3508, "{\"text\":\"公民館\"}")),
        List.of(new byte[] {9, 8, 7}),
        at);

    var row = drafts.find(id).orElseThrow();
    assertThat(row.createdAt()).isEqualTo(at);
    assertThat(row.hasSample()).isTrue();
    assertThat(drafts.samplePng(id)).hasValueSatisfying(b -> assertThat(b).isEqualTo(sample));
    assertThat(drafts.pages("scan-" + id).get(0).pageText()).isEqualTo("{\"text\":\"公民館\"}");

    String renamed = id + "-2024";
    drafts.updateDefinition(id, renamed, "id: " + renamed + "\n", at.plus(1, ChronoUnit.DAYS));
    assertThat(drafts.find(id)).isEmpty();
    assertThat(drafts.scans(renamed)).extracting(ScanRow::fileName).containsExactly("申請書-1.png");
    assertThat(drafts.pagePng(renamed, "scan-" + id, 1))
        .hasValueSatisfying(b -> assertThat(b).containsExactly(9, 8, 7));
    assertThat(drafts.pageSizes(renamed).get("scan-" + id))
        .containsExactly(new DraftViews.Page(2480, 3508));

    assertThat(drafts.delete(renamed)).isTrue();
    assertThat(drafts.scan(renamed, "scan-" + id)).isEmpty();
    assertThat(drafts.pages("scan-" + id)).isEmpty();
  }
}
