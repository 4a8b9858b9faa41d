package jp.gyomu.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.gyomu.system.GyomuProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the pipeline finds of a quarantine when it resumes a document after a crash. */
class DocumentStoreQuarantineTest {

  private static final String ID = "0f0e0d0c-0b0a-4909-8807-060504030201";

  @TempDir Path data;

  private DocumentStore store() {
    return new DocumentStore(new GyomuProperties(data, data, data, ""));
  }

  @Test
  void aQuarantinedOriginalIsFoundWithItsReason() {
    var store = store();
    store.storeOriginal(ID, new ByteArrayInputStream("plain text".getBytes()));

    store.quarantine(ID, "note.png", "The file contains plain text, not a scanned document");

    assertThat(Files.exists(store.original(ID))).isFalse();
    assertThat(store.quarantineReason(ID, "note.png"))
        .hasValue("The file contains plain text, not a scanned document");
  }

  @Test
  void aQuarantinedOriginalWithANameTooLongForTheFileSystemIsFoundWithItsReason() {
    var store = store();
    store.storeOriginal(ID, new ByteArrayInputStream("plain text".getBytes()));
    String longName = "申".repeat(100) + ".png";

    store.quarantine(ID, longName, "The file contains plain text, not a scanned document");

    assertThat(store.quarantineReason(ID, longName))
        .hasValue("The file contains plain text, not a scanned document");
  }

  @Test
  void aDocumentNeverQuarantinedHasNoReason() {
    var store = store();
    store.storeOriginal(ID, new ByteArrayInputStream("scan".getBytes()));

    assertThat(store.quarantineReason(ID, "scan.png")).isEmpty();
  }
}
