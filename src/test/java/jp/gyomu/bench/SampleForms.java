package jp.gyomu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import jp.gyomu.testdocs.FormSpec;
import jp.gyomu.testdocs.ScanLikeDocuments;
import jp.gyomu.testdocs.ScanVariant;
import jp.gyomu.testdocs.TestDocumentFiles;

/**
 * Writes generated office forms into an inbox, one folder per document type, to try Gyomu without a
 * scanner: a clean scan of each form (goes straight to the bot) and a noisy, skewed one (may wait
 * for review). Run by {@code bench/sample-forms.sh}.
 */
public final class SampleForms {

  public static void main(String[] args) throws Exception {
    Path inbox = Path.of(args.length > 0 ? args[0] : "data/inbox");
    Map<String, FormSpec> forms =
        new TreeMap<>(
            Map.of(
                "travel-expense", FormSpec.travelExpense(),
                "invoice", FormSpec.invoice(),
                "subsidy-application", FormSpec.subsidyApplication()));
    long stamp = System.currentTimeMillis() % 100_000;
    for (var form : forms.entrySet()) {
      Path folder = Files.createDirectories(inbox.resolve(form.getKey()));
      for (ScanVariant variant : new ScanVariant[] {ScanVariant.CLEAN, ScanVariant.ALL_COMBINED}) {
        // a number of its own each run: the same bytes again would be a duplicate
        var numbered =
            new FormSpec(
                form.getValue().title(),
                form.getValue().fields(),
                java.util.stream.Stream.concat(
                        form.getValue().paragraphs().stream(),
                        java.util.stream.Stream.of("整理番号 S-" + stamp))
                    .toList());
        var scan = ScanLikeDocuments.render(numbered, variant, stamp);
        String name = form.getKey() + "-" + variant.name() + "-" + stamp;
        Path tmp =
            TestDocumentFiles.writePng(scan, Files.createTempDirectory("gyomu-sample"), name);
        // written elsewhere, then moved in whole: the inbox only ever sees complete files
        Files.move(tmp, folder.resolve(name));
        System.out.println("wrote " + folder.resolve(name));
      }
    }
  }

  private SampleForms() {}
}
