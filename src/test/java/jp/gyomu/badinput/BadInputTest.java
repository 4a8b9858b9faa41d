package jp.gyomu.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import jp.gyomu.support.GyomuProcess;
import jp.gyomu.support.SeparateJvm;
import jp.gyomu.testdocs.BadInputs;
import jp.gyomu.testdocs.NumberedForms;
import jp.gyomu.testdocs.TestDocument;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus ({@link BadInputs}) against a real Gyomu process with a small heap and a
 * {@value #MAX_FILE_SIZE} size limit, fed at once through both doors: HTTP uploads and the inbox
 * folder. Every input ends processed or quarantined with a reason in the API and beside the file;
 * afterwards Gyomu is healthy, still reads a normal scan, stayed within its memory and wrote
 * nothing outside its data folder.
 *
 * <p>Layout: {@code <temp>/site/gyomu/{work,data,tmp}}: Gyomu runs in {@code work} with {@code tmp}
 * as its JVM temporary folder; everything else under {@code <temp>} must stay as it was.
 */
@SeparateJvm
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputTest {

  static final String MAX_FILE_SIZE = "4MB";
  static final String HEAP = "-Xmx512m";
  // a JVM with a 512 MB heap, metaspace and code, and two Tesseract engines with jpn loaded
  static final long PEAK_RSS_LIMIT_KB = 1_400_000;
  private static final String ADMIN_PASSWORD = "badinput-Test-Passw0rd";

  @TempDir static Path temp;
  static GyomuProcess gyomu;
  static IntakeClient intake;
  static Map<String, Snapshot> outsideBefore;

  // the corpus, generated while Gyomu starts; uploads and folder drops differ where they must
  static byte[] truncatedPng;
  static byte[] truncatedJpeg;
  static byte[] truncatedTiff;
  static byte[] truncatedPdf;
  static byte[] droppedTruncatedPng;
  static byte[] droppedTruncatedJpeg;
  static byte[] droppedTruncatedTiff;
  static byte[] droppedTruncatedPdf;
  static byte[] textNamedPng = BadInputs.text("this is not an image, only text named .png");
  static byte[] encryptedPdf = BadInputs.encryptedPdf("Locked with a user password");
  static byte[] thousandPageTiff = BadInputs.manyPageTiff(1000);
  static byte[] fiveThousandPagePdf;
  static byte[] hugePng;
  static byte[] oversized = BadInputs.oversized(5 << 20, 6);
  static byte[] activePdfUploaded = BadInputs.pdfWithJavaScriptAndEmbeddedFile("Active upload");
  static byte[] activePdfDropped = BadInputs.pdfWithJavaScriptAndEmbeddedFile("Active dropped");
  static byte[] duplicateDropped;
  static byte[] duplicateUploaded;
  static byte[] slowlyWritten;
  static byte[] normalScan;

  static final Map<String, String> UPLOAD_IDS = new LinkedHashMap<>();
  static final List<Future<String>> CONCURRENT_UPLOADS = new ArrayList<>();
  static Future<?> slowWriter;
  static Path slowFile;

  @BeforeAll
  static void startGyomuAndFeedItTheCorpus() throws Exception {
    Path site = Files.createDirectories(temp.resolve("site/gyomu"));
    Files.createDirectories(site.resolve("data"));
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    Path work = Files.createDirectories(site.resolve("work"));
    Path tmp = Files.createDirectories(site.resolve("tmp"));
    Files.writeString(temp.resolve("site/neighbour.txt"), "a file Gyomu must not touch\n");
    Files.createDirectories(temp.resolve("site/etc"));
    outsideBefore = outsideDataFolder();
    var starting =
        Executors.newSingleThreadExecutor()
            .submit(
                () ->
                    GyomuProcess.start(
                        GyomuProcess.fromClassPath(HEAP, "-Djava.io.tmpdir=" + tmp),
                        work,
                        site.resolve("data"),
                        List.of(
                            "--gyomu.admin-password=" + ADMIN_PASSWORD,
                            "--gyomu.bot.enabled=false",
                            "--gyomu.intake.workers=2",
                            "--gyomu.intake.max-file-size=" + MAX_FILE_SIZE)));
    generateCorpus(corpus);
    gyomu = starting.get();
    intake = new IntakeClient(gyomu.http(), gyomu.dataDir(), "admin", ADMIN_PASSWORD);
    feedCorpus();
  }

  private static void generateCorpus(Path dir) {
    TestDocument form = BadInputs.scan(1, "BAD");
    byte[] png = BadInputs.png(form, dir);
    byte[] jpeg = BadInputs.jpeg(form);
    byte[] tiff = BadInputs.tiff(form, dir);
    byte[] pdf = BadInputs.pdf(form, dir);
    truncatedPng = BadInputs.truncated(png, 0.6);
    truncatedJpeg = BadInputs.truncated(jpeg, 0.6);
    truncatedTiff = BadInputs.truncated(tiff, 0.6);
    truncatedPdf = BadInputs.truncated(pdf, 0.6);
    // cut elsewhere for the inbox: equal bytes would rightly be a duplicate of the upload
    droppedTruncatedPng = BadInputs.truncated(png, 0.55);
    droppedTruncatedJpeg = BadInputs.truncated(jpeg, 0.55);
    droppedTruncatedTiff = BadInputs.truncated(tiff, 0.55);
    droppedTruncatedPdf = BadInputs.truncated(pdf, 0.55);
    fiveThousandPagePdf = BadInputs.manyPagePdf(5000);
    hugePng = BadInputs.hugePng(40_000, 40_000);
    duplicateDropped = BadInputs.png(BadInputs.scan(2, "BAD"), dir);
    duplicateUploaded = BadInputs.png(BadInputs.scan(3, "BAD"), dir);
    slowlyWritten = BadInputs.png(BadInputs.scan(4, "BAD"), dir);
    normalScan = BadInputs.png(BadInputs.scan(5, "BAD"), dir);
  }

  /** Everything at once, as a busy office would send it. */
  private static void feedCorpus() {
    slowWriter = Executors.newSingleThreadExecutor().submit(BadInputTest::writeSlowly);
    var clients = Executors.newFixedThreadPool(2);
    for (int i = 0; i < 2; i++) {
      CONCURRENT_UPLOADS.add(
          clients.submit(
              () -> intake.upload("same-form.png", duplicateUploaded, NumberedForms.type(3))));
    }
    Path pair = intake.inbox().resolve(NumberedForms.type(2));
    intake.drop(pair.resolve(".a.part").toString(), duplicateDropped);
    intake.drop(pair.resolve(".b.part").toString(), duplicateDropped);
    moveAtOnce(pair.resolve(".a.part"), pair.resolve("form-a.png"));
    moveAtOnce(pair.resolve(".b.part"), pair.resolve("form-b.png"));

    uploadedCorpus()
        .forEach((name, content) -> UPLOAD_IDS.put(name, intake.upload(name, content, null)));
    dropped().forEach(intake::drop);
    intake.drop("oversized.png", oversized);
    UPLOAD_IDS.put("active.pdf", intake.upload("active.pdf", activePdfUploaded, "english-test"));
    intake.drop("english-test/active.pdf", activePdfDropped);
    uploadNames().forEach(n -> UPLOAD_IDS.put(n, tryUpload(n, nameContent(n))));
    folderNames().forEach(n -> intake.drop(n, nameContent(n)));
  }

  private static Map<String, byte[]> uploadedCorpus() {
    Map<String, byte[]> both = new LinkedHashMap<>();
    both.put("empty.png", new byte[0]);
    both.put("truncated.png", truncatedPng);
    both.put("truncated.jpg", truncatedJpeg);
    both.put("truncated.tif", truncatedTiff);
    both.put("truncated.pdf", truncatedPdf);
    both.put("text.png", textNamedPng);
    both.put("encrypted.pdf", encryptedPdf);
    both.put("5000-pages.pdf", fiveThousandPagePdf);
    both.put("40000x40000.png", hugePng);
    both.put("1000-pages.tif", thousandPageTiff);
    return both;
  }

  /** What goes into the inbox itself: the uploads' corpus, truncated files cut elsewhere. */
  private static Map<String, byte[]> dropped() {
    Map<String, byte[]> files = new LinkedHashMap<>(uploadedCorpus());
    files.put("truncated.png", droppedTruncatedPng);
    files.put("truncated.jpg", droppedTruncatedJpeg);
    files.put("truncated.tif", droppedTruncatedTiff);
    files.put("truncated.pdf", droppedTruncatedPdf);
    return files;
  }

  // --- empty, truncated, mislabelled ---

  @Test
  void anEmptyFileIsQuarantinedAsEmpty() {
    assertQuarantined(uploaded("empty.png"), "empty (0 bytes)");
    assertQuarantined(dropped(new byte[0], "empty.png"), "empty (0 bytes)");
  }

  @Test
  void aTruncatedPngIsQuarantinedAsDamagedNotFailed() {
    assertQuarantined(uploaded("truncated.png"), "PNG", "damaged or truncated");
    assertQuarantined(dropped(droppedTruncatedPng, "truncated.png"), "PNG", "damaged or truncated");
  }

  @Test
  void aTruncatedJpegIsQuarantinedAsDamagedNotReadAsAHalfGreyPage() {
    assertQuarantined(uploaded("truncated.jpg"), "JPEG", "damaged");
    assertQuarantined(dropped(droppedTruncatedJpeg, "truncated.jpg"), "JPEG", "damaged");
  }

  @Test
  void aTruncatedTiffIsQuarantinedAsDamaged() {
    assertQuarantined(uploaded("truncated.tif"), "TIFF", "damaged");
    assertQuarantined(dropped(droppedTruncatedTiff, "truncated.tif"), "TIFF", "damaged");
  }

  @Test
  void aTruncatedPdfIsQuarantinedAsDamaged() {
    assertQuarantined(uploaded("truncated.pdf"), "PDF", "damaged");
    assertQuarantined(dropped(droppedTruncatedPdf, "truncated.pdf"), "PDF", "damaged");
  }

  @Test
  void aTextFileNamedPngIsQuarantinedAsPlainText() {
    assertQuarantined(uploaded("text.png"), "plain text, not a scanned document");
    assertQuarantined(dropped(textNamedPng, "text.png"), "plain text, not a scanned document");
  }

  @Test
  void aPasswordProtectedPdfIsQuarantinedWithAskForACopyWithoutPassword() {
    assertQuarantined(uploaded("encrypted.pdf"), "protected by a password");
    assertQuarantined(dropped(encryptedPdf, "encrypted.pdf"), "protected by a password");
  }

  // --- bombs ---

  @Test
  void aPdfOf5000PagesIsQuarantinedFromItsPageCountWithoutRenderingAPage() {
    assertQuarantined(uploaded("5000-pages.pdf"), "5000 pages; at most 300");
    assertQuarantined(dropped(fiveThousandPagePdf, "5000-pages.pdf"), "5000 pages; at most 300");
  }

  @Test
  void aPngThatWouldDecodeTo40000x40000PixelsIsQuarantinedBeforeAnyPixelIsAllocated() {
    assertThat(hugePng.length).as("the bomb is small on disk").isLessThan(300_000);
    assertQuarantined(uploaded("40000x40000.png"), "40000 x 40000 pixels");
    assertQuarantined(dropped(hugePng, "40000x40000.png"), "40000 x 40000 pixels");
  }

  @Test
  void aTiffOf1000PagesIsQuarantinedFromItsDirectoriesWithoutDecodingThem() {
    assertQuarantined(uploaded("1000-pages.tif"), "1000 pages; at most 300");
    assertQuarantined(dropped(thousandPageTiff, "1000-pages.tif"), "1000 pages; at most 300");
  }

  @Test
  void anUploadOverTheSizeLimitIsRefusedWith413NamingTheLimit() {
    var response = intake.post("oversized.png", oversized, null);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(IntakeClient.json(response.body()).get("detail").asText())
        .contains("4 MB")
        .doesNotContain("Exception");
  }

  @Test
  void aFolderFileOverTheSizeLimitIsQuarantinedNamingItsSizeAndTheLimit() {
    assertQuarantined(dropped(oversized, "oversized.png"), "5 MB", "the limit is 4 MB");
  }

  // --- active content ---

  @Test
  void aPdfWithJavaScriptAndAnEmbeddedFileIsReadButItsScriptsAndAttachmentsAreNeverKept()
      throws Exception {
    for (JsonNode details :
        List.of(
            intake.settled(UPLOAD_IDS.get("active.pdf")),
            dropped(activePdfDropped, "english-test/active.pdf"))) {
      JsonNode document = details.get("document");
      assertThat(document.get("status").asText()).as(details.toString()).isEqualTo("OCR_DONE");
      assertThat(reasons(details))
          .anySatisfy(
              r -> assertThat(r).contains("JavaScript", "invoice.xml", "never runs", "not kept"));
      var pdf =
          gyomu
              .http()
              .getBytes(
                  "/api/documents/" + document.get("id").asText() + "/pdf",
                  "admin",
                  ADMIN_PASSWORD);
      assertThat(pdf.statusCode()).isEqualTo(200);
      try (var served = Loader.loadPDF(pdf.body())) {
        var catalog = served.getDocumentCatalog();
        assertThat(catalog.getOpenAction()).isNull();
        assertThat(catalog.getNames()).isNull();
        assertThat(new String(pdf.body(), StandardCharsets.ISO_8859_1))
            .doesNotContain("JavaScript", "EmbeddedFile");
      }
    }
  }

  // --- names ---

  static Stream<String> uploadNames() {
    return Stream.of(
        "../../escape.png",
        "/etc/passwd.png",
        "..\\..\\win.png",
        "a".repeat(296) + ".png",
        "申".repeat(296) + ".png",
        "申請書😀.png",
        "\u0000nul.png",
        "ctl\u0001tab\t.png",
        "\u202Egnp.exe",
        "zero\u200Bwidth\u200D.png");
  }

  static Stream<String> folderNames() {
    return Stream.of(
        "申請書😀.png",
        "申".repeat(83) + ".png", // 253 bytes: the longest name Linux allows, nearly
        "scan\\..\\..\\win.png", // Camel reads a backslash as a folder ("..\\x" is hidden)
        "ctl\u0001line\n.png",
        "\u202Egnp.exe",
        "zero\u200Bwidth\u200D.png");
  }

  @ParameterizedTest
  @MethodSource("uploadNames")
  void anUploadedFileNameIsShownSanitisedAndQuarantinedInsideTheDataFolder(String name) {
    JsonNode details = uploaded(name);
    assertQuarantined(details, "plain text");
    assertSafeName(details.get("document").get("originalName").asText());
  }

  @ParameterizedTest
  @MethodSource("folderNames")
  void aDroppedFileWithAnAwkwardNameIsTakenArchivedAndQuarantinedWithItsReason(String name) {
    JsonNode details = dropped(nameContent(name), name);
    assertQuarantined(details, "plain text");
    assertSafeName(details.get("document").get("originalName").asText());
  }

  @Test
  void aFileInAnInboxFolderThatIsNoDocumentTypeIsQuarantinedNamingTheFolder() {
    byte[] content = BadInputs.text("dropped into a folder that names no type");
    intake.drop("Foo Bar/scan.png", content);

    assertQuarantined(dropped(content, "Foo Bar/scan.png"), "'Foo Bar'", "not a document type");
  }

  // --- twice at once, still being written ---

  @Test
  void theSameFileDroppedTwiceAtOnceIsReadOnceAndTheOtherIsADuplicateOfIt() {
    assertReadOnce(intake.settledWithContent(duplicateDropped, "folder", 2));
  }

  @Test
  void theSameFileUploadedTwiceAtOnceIsReadOnceAndTheOtherIsADuplicateOfIt() throws Exception {
    List<JsonNode> both = new ArrayList<>();
    for (var upload : CONCURRENT_UPLOADS) {
      both.add(intake.settled(upload.get()));
    }
    assertReadOnce(both);
  }

  @Test
  void aFileStillBeingWrittenIsReadWholeOnceTheWriterStops() throws Exception {
    slowWriter.get();
    JsonNode details = intake.settledWithContent(slowlyWritten, "folder");
    JsonNode document = details.get("document");

    assertThat(document.get("status").asText()).as(details.toString()).isEqualTo("HANDED_OFF");
    assertThat(document.get("sizeBytes").asLong()).isEqualTo(slowlyWritten.length);
    assertThat(document.get("sha256").asText()).isEqualTo(IntakeClient.sha256(slowlyWritten));
    assertThat(slowFile).doesNotExist();
  }

  // --- afterwards ---

  @Test
  @Order(Integer.MAX_VALUE)
  void afterTheWholeCorpusGyomuIsHealthyReadsANormalScanAndStayedInsideItsDataFolder()
      throws Exception {
    String id = intake.upload("normal.png", normalScan, NumberedForms.type(5));
    assertThat(intake.settled(id).get("document").get("status").asText()).isEqualTo("HANDED_OFF");

    var health = intake.get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(IntakeClient.json(health.body()).get("status").asText()).isEqualTo("UP");
    assertThat(gyomu.logText()).doesNotContain("OutOfMemoryError");
    long peakKb = peakResidentKb(gyomu.pid());
    System.out.printf("Gyomu's peak resident memory over the corpus: %d MB%n", peakKb / 1024);
    assertThat(peakKb).as("VmHWM in kB").isLessThan(PEAK_RSS_LIMIT_KB);

    await().atMost(Duration.ofMinutes(1)).until(() -> filesIn(intake.inbox()).isEmpty());
    assertThat(filesIn(gyomu.dataDir().resolve("inbox-failed"))).isEmpty();
    assertThat(outsideDataFolder()).isEqualTo(outsideBefore);
    assertThat(Path.of("/etc/passwd.png")).doesNotExist();
  }

  @AfterAll
  static void stop() {
    if (gyomu != null) {
      gyomu.close();
    }
  }

  // --- helpers ---

  private static JsonNode uploaded(String name) {
    String id = UPLOAD_IDS.get(name);
    assertThat(id).as("the upload's answer").matches("[0-9a-f-]{36}");
    return intake.settled(id);
  }

  /** The new document's id, or what Gyomu answered instead of 202. */
  private static String tryUpload(String name, byte[] content) {
    var response = intake.post(name, content, null);
    return response.statusCode() == 202
        ? IntakeClient.json(response.body()).get("id").asText()
        : "HTTP " + response.statusCode() + ": " + response.body();
  }

  /** The document made from a dropped file, once settled; the file has left the inbox. */
  private static JsonNode dropped(byte[] content, String relativePath) {
    JsonNode details = intake.settledWithContent(content, "folder");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !Files.exists(intake.inbox().resolve(relativePath)));
    return details;
  }

  private static void assertQuarantined(JsonNode details, String... reasonParts) {
    JsonNode document = details.get("document");
    String id = document.get("id").asText();
    assertThat(document.get("status").asText()).as(details.toString()).isEqualTo("QUARANTINED");
    String reason = document.get("error").asText();
    assertThat(reason).contains(reasonParts).doesNotContain("Exception");
    assertThat(reasons(details)).last().isEqualTo(reason);
    Path original = intake.quarantined(id).orElseThrow(() -> new AssertionError("no file " + id));
    assertThat(original.getParent()).isEqualTo(intake.quarantine());
    Path reasonFile = original.resolveSibling(original.getFileName() + ".reason.txt");
    assertThat(reasonFile).content(StandardCharsets.UTF_8).contains(reason);
    System.out.printf("%s -> QUARANTINED: %s%n", document.get("originalName").asText(), reason);
  }

  private static void assertSafeName(String shown) {
    assertThat(shown).doesNotContain("/", "\\", "\u0000", "\u0001", "\n", "\t", "\u202E");
    assertThat(shown).doesNotContain("\u200B", "\u200D").doesNotStartWith(".");
    assertThat(shown.codePointCount(0, shown.length())).isLessThanOrEqualTo(120);
  }

  /** One of the pair reached its process; the other names it and started nothing. */
  private static void assertReadOnce(List<JsonNode> pair) {
    assertThat(pair).hasSize(2);
    List<String> statuses = pair.stream().map(d -> status(d)).sorted().toList();
    assertThat(statuses).containsExactly("DUPLICATE", "HANDED_OFF");
    JsonNode read = pair.stream().filter(d -> status(d).equals("HANDED_OFF")).findFirst().get();
    JsonNode duplicate = pair.stream().filter(d -> status(d).equals("DUPLICATE")).findFirst().get();
    String readId = read.get("document").get("id").asText();
    assertThat(duplicate.get("document").get("duplicateOf").asText()).isEqualTo(readId);
    assertThat(reasons(duplicate)).last().asString().contains(readId);
    assertThat(intake.processInstances(readId)).isEqualTo(1);
    assertThat(intake.processInstances(duplicate.get("document").get("id").asText())).isZero();
  }

  private static String status(JsonNode details) {
    return details.get("document").get("status").asText();
  }

  private static List<String> reasons(JsonNode details) {
    List<String> reasons = new ArrayList<>();
    details.get("events").forEach(e -> reasons.add(e.get("reason").asText()));
    return reasons;
  }

  /** Distinct text per name, so that no two name cases are duplicates of each other. */
  private static byte[] nameContent(String name) {
    return BadInputs.text("plain text uploaded as " + Arrays.toString(name.codePoints().toArray()));
  }

  /** Writes a scan into the inbox in chunks over about five seconds, as a slow scanner does. */
  private static void writeSlowly() {
    slowFile = intake.inbox().resolve(NumberedForms.type(4)).resolve("slow-scanner.png");
    int chunks = 10;
    int chunk = (slowlyWritten.length + chunks - 1) / chunks;
    try (OutputStream out =
        Files.newOutputStream(slowFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      for (int from = 0; from < slowlyWritten.length; from += chunk) {
        out.write(slowlyWritten, from, Math.min(chunk, slowlyWritten.length - from));
        out.flush();
        Thread.sleep(500); // shorter than the route's 2 s of quiet before it takes a file
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void moveAtOnce(Path from, Path to) {
    try {
      Files.move(from, to);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Path> filesIn(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (var files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  private record Snapshot(long size, long modified) {}

  /** Every file and folder under the test's temp folder but Gyomu's data and JVM temp folders. */
  private static Map<String, Snapshot> outsideDataFolder() throws IOException {
    Path data = temp.resolve("site/gyomu/data");
    Path tmp = temp.resolve("site/gyomu/tmp");
    Path corpus = temp.resolve("corpus");
    Map<String, Snapshot> all = new TreeMap<>();
    try (var files = Files.walk(temp)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (p.startsWith(data) || p.startsWith(tmp) || p.startsWith(corpus)) {
          continue;
        }
        all.put(
            temp.relativize(p).toString(),
            new Snapshot(
                Files.isDirectory(p) ? 0 : Files.size(p), Files.getLastModifiedTime(p).toMillis()));
      }
    }
    return all;
  }

  private static long peakResidentKb(long pid) throws IOException {
    return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
        .filter(l -> l.startsWith("VmHWM:"))
        .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
        .findFirst()
        .orElseThrow();
  }
}
