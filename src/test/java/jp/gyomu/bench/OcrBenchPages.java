package jp.gyomu.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import jp.gyomu.ocr.QuarterTurns;
import jp.gyomu.testdocs.FormSpec;
import jp.gyomu.testdocs.OcrEvalFolder;
import jp.gyomu.testdocs.ScanLikeDocuments;
import jp.gyomu.testdocs.ScanVariant;
import jp.gyomu.testdocs.TestDocument;
import jp.gyomu.testdocs.TestDocumentFiles;
import jp.gyomu.testdocs.forms.GeneratedForm;
import jp.gyomu.testdocs.forms.GeneratedForms;
import jp.gyomu.testdocs.forms.OfficeForms;
import jp.gyomu.testdocs.forms.PageVariant;
import jp.gyomu.testdocs.forms.Seeds;

/**
 * The pages of {@link OcrBenchmark}, all Japanese: dense report pages, randomised office forms on
 * held-out seeds (clean, scan-like, skewed), forms fed sideways and upside down, and a real
 * vertical Japanese page with its ground truth ({@code shared/ocr-eval/real}). Deterministic: the
 * same pixels every run.
 */
final class OcrBenchPages {

  /** How a page is grouped in the CER table. */
  enum Kind {
    CLEAN("clean (report, forms)"),
    SCAN_LIKE("scan-like or skewed (report, forms)"),
    ROTATED("fed sideways or upside down (forms)"),
    VERTICAL("vertical Japanese (real page)");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /**
   * One page file.
   *
   * @param type the document type it is uploaded as, or null (classification decides)
   */
  record Page(String name, Kind kind, Path file, String type, String truth) {}

  private static final List<String> TYPES =
      List.of(
          OfficeForms.TRAVEL_EXPENSE,
          OfficeForms.INVOICE,
          OfficeForms.SUBSIDY_APPLICATION,
          OfficeForms.BENEFIT_STATUS_REPORT);

  /** Types Gyomu has a process and a field template for in {@code processes/}. */
  private static final List<String> GYOMU_TYPES =
      List.of(OfficeForms.TRAVEL_EXPENSE, OfficeForms.INVOICE, OfficeForms.SUBSIDY_APPLICATION);

  // Held-out seeds beyond those bench/field-accuracy.sh reads by default.
  private static final int FIRST_SEED = 40;
  private static final int WARM_UP_SEED = 60;

  private static final ScanVariant SCANNED_REPORT =
      new ScanVariant("scan-like", 300, 0.7, 1, 14, 0.75f);

  private OcrBenchPages() {}

  /** The measured pages. */
  static List<Page> measured(Path dir) throws IOException {
    List<Page> pages = new ArrayList<>();
    pages.add(report(dir, 1, ScanVariant.CLEAN, Kind.CLEAN));
    pages.add(report(dir, 2, SCANNED_REPORT, Kind.SCAN_LIKE));
    List<Long> seeds = Seeds.heldOut(FIRST_SEED + 3);
    for (String type : TYPES) {
      pages.add(form(dir, type, seeds.get(FIRST_SEED), PageVariant.CLEAN, Kind.CLEAN));
      pages.add(form(dir, type, seeds.get(FIRST_SEED + 1), PageVariant.SCAN_LIKE, Kind.SCAN_LIKE));
      pages.add(form(dir, type, seeds.get(FIRST_SEED + 2), PageVariant.SKEW, Kind.SCAN_LIKE));
    }
    pages.add(turned(dir, OfficeForms.INVOICE, seeds.get(FIRST_SEED + 2), 90));
    pages.add(turned(dir, OfficeForms.TRAVEL_EXPENSE, seeds.get(FIRST_SEED + 1), 180));
    Path jo = dir.resolve("jo-300dpi.png");
    Files.copy(OcrEvalFolder.file("pdfminer.six/jo-300dpi.png"), jo);
    pages.add(
        new Page(
            "jo-300dpi (vertical)",
            Kind.VERTICAL,
            jo,
            null,
            OcrEvalFolder.groundTruth("pdfminer.six/jo-300dpi.gt.txt")));
    return pages;
  }

  /**
   * Pages read before measuring, so that engines, data files and the JIT are warm: each type clean
   * and scan-like, so that despeckle, deskew and upscaling have run too.
   */
  static List<Page> warmUp(Path dir) throws IOException {
    List<Page> pages = new ArrayList<>();
    List<Long> seeds = Seeds.heldOut(WARM_UP_SEED + 2);
    for (String type : TYPES) {
      pages.add(form(dir, type, seeds.get(WARM_UP_SEED), PageVariant.CLEAN, Kind.CLEAN));
      pages.add(
          form(dir, type, seeds.get(WARM_UP_SEED + 1), PageVariant.SCAN_LIKE, Kind.SCAN_LIKE));
    }
    return pages;
  }

  /**
   * Pages read before measuring Gyomu's pipeline and engine: as many as the measured batch and of
   * the same kinds (other seeds, the vertical page cut by a few rows so that it is not a
   * duplicate), so that the JIT has compiled what the measured pages run, as in a server that has
   * run a while.
   */
  static List<Page> warmUpLikeMeasured(Path dir) throws IOException {
    List<Page> pages = new ArrayList<>();
    pages.add(report(dir, 3, ScanVariant.CLEAN, Kind.CLEAN));
    pages.add(report(dir, 4, SCANNED_REPORT, Kind.SCAN_LIKE));
    List<Long> seeds = Seeds.heldOut(WARM_UP_SEED + 3);
    for (String type : TYPES) {
      pages.add(form(dir, type, seeds.get(WARM_UP_SEED), PageVariant.CLEAN, Kind.CLEAN));
      pages.add(
          form(dir, type, seeds.get(WARM_UP_SEED + 1), PageVariant.SCAN_LIKE, Kind.SCAN_LIKE));
      pages.add(form(dir, type, seeds.get(WARM_UP_SEED + 2), PageVariant.SKEW, Kind.SCAN_LIKE));
    }
    pages.add(turned(dir, OfficeForms.INVOICE, seeds.get(WARM_UP_SEED + 2), 90));
    pages.add(turned(dir, OfficeForms.TRAVEL_EXPENSE, seeds.get(WARM_UP_SEED + 1), 180));
    BufferedImage jo = ImageIO.read(OcrEvalFolder.file("pdfminer.six/jo-300dpi.png").toFile());
    Path cut = dir.resolve("jo-300dpi-cut.png");
    ImageIO.write(jo.getSubimage(0, 0, jo.getWidth(), jo.getHeight() - 4), "png", cut.toFile());
    pages.add(new Page("jo-300dpi-cut (vertical)", Kind.VERTICAL, cut, null, ""));
    return pages;
  }

  /**
   * The measured pages again with the same pixels but other bytes (a PNG text chunk naming the
   * round after the header), so that Gyomu's duplicate check, which compares bytes, lets them be
   * read again: the rounds a steady-state measurement repeats before the one it reports.
   */
  static List<Page> again(List<Page> pages, Path dir, int round) throws IOException {
    Path roundDir = Files.createDirectories(dir.resolve("round-" + round));
    List<Page> copies = new ArrayList<>();
    for (Page p : pages) {
      Path copy = roundDir.resolve(p.file().getFileName());
      Files.write(copy, withTextChunk(Files.readAllBytes(p.file()), "round " + round));
      copies.add(new Page(p.name(), p.kind(), copy, p.type(), p.truth()));
    }
    return copies;
  }

  /** The PNG with a tEXt chunk (keyword "Comment") inserted right after its IHDR chunk. */
  static byte[] withTextChunk(byte[] png, String comment) {
    int afterHeader = 8 + 4 + 4 + 13 + 4; // signature, then IHDR: length, type, 13 bytes, CRC
    if (png.length < afterHeader || png[12] != 'I' || png[13] != 'H') {
      throw new IllegalArgumentException("not a PNG with IHDR first");
    }
    byte[] data = ("Comment\0" + comment).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    var chunk = java.nio.ByteBuffer.allocate(12 + data.length);
    chunk.putInt(data.length).put("tEXt".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    chunk.put(data);
    CRC32 crc = new CRC32();
    crc.update(chunk.array(), 4, 4 + data.length);
    chunk.putInt((int) crc.getValue());
    byte[] out = new byte[png.length + chunk.capacity()];
    System.arraycopy(png, 0, out, 0, afterHeader);
    System.arraycopy(chunk.array(), 0, out, afterHeader, chunk.capacity());
    System.arraycopy(
        png, afterHeader, out, afterHeader + chunk.capacity(), png.length - afterHeader);
    return out;
  }

  private static Page form(Path dir, String type, long seed, PageVariant variant, Kind kind) {
    GeneratedForm form = GeneratedForms.generate(type, seed, variant);
    String name = "%s-%d-%s".formatted(type, seed, variant.id());
    return new Page(
        name,
        kind,
        TestDocumentFiles.writePng(form.document(), dir, name),
        GYOMU_TYPES.contains(type) ? type : null,
        form.document().groundTruth());
  }

  private static Page turned(Path dir, String type, long seed, int degrees) {
    GeneratedForm form = GeneratedForms.generate(type, seed, PageVariant.CLEAN);
    TestDocument clean = form.document();
    var turned =
        new TestDocument(
            QuarterTurns.clockwise(clean.image(), degrees), clean.dpi(), clean.lines());
    String name = "%s-%d-turned-%d".formatted(type, seed, degrees);
    return new Page(
        name,
        Kind.ROTATED,
        TestDocumentFiles.writePng(turned, dir, name),
        GYOMU_TYPES.contains(type) ? type : null,
        clean.groundTruth());
  }

  /** A4 of running text: a short table and about forty lines of report prose. */
  private static Page report(Path dir, long seed, ScanVariant variant, Kind kind) {
    Random random = new Random(seed);
    List<String> paragraphs = new ArrayList<>();
    for (int p = 0; p < 8; p++) {
      var paragraph = new StringBuilder();
      for (int s = 0; s < 3 + random.nextInt(2); s++) {
        paragraph.append(SENTENCES.get(random.nextInt(SENTENCES.size())));
      }
      paragraphs.add(paragraph.toString());
    }
    var spec =
        new FormSpec(
            "業務実施状況報告書",
            List.of(
                new FormSpec.Field("報告日", "令和6年%d月%d日".formatted(4 + seed, 10 + seed)),
                new FormSpec.Field("所属", "市民生活部 市民課"),
                new FormSpec.Field("報告者", "佐藤 美咲")),
            paragraphs);
    TestDocument doc = ScanLikeDocuments.render(spec, variant, seed);
    String name = "report-%d-%s".formatted(seed, variant.name());
    return new Page(
        name, kind, TestDocumentFiles.writePng(doc, dir, name), null, doc.groundTruth());
  }

  private static final List<String> SENTENCES =
      List.of(
          "本年度上半期における窓口業務の状況について、下記のとおり報告します。",
          "住民票の写しの交付件数は前年同期と比べて約一割減少しました。",
          "これはコンビニエンスストアでの証明書交付サービスの利用が増えたことによるものと考えられます。",
          "一方で、転入及び転出の届出は三月から四月にかけて集中し、待ち時間が最大で九十分に達しました。",
          "繁忙期には他課から応援職員を配置し、受付番号の発券機を一台増設して対応しました。",
          "マイナンバーカードの交付については、休日窓口を月に二回開設し、計千二百件を交付しました。",
          "窓口アンケートでは、職員の説明が分かりやすいとの回答が八割を超えました。",
          "ただし、記載台の案内表示が分かりにくいとの意見が複数寄せられたため、表示を改善する予定です。",
          "今後は、オンライン申請の利用促進と、来庁者の待ち時間の短縮を重点的に進めます。",
          "また、外国人住民への対応として、多言語の案内文書を整備し、通訳タブレットを試行導入しました。",
          "個人情報の取扱いについては、全職員を対象に研修を実施し、誤交付の防止を徹底しました。",
          "書類の保存期間を過ぎた文書については、所定の手続きにより適切に廃棄しました。",
          "次期システム更新に向けて、業務の流れを見直し、入力作業の削減効果を試算しています。",
          "戸籍の届出は婚姻、出生、死亡の順に多く、いずれも前年並みの件数で推移しました。",
          "印鑑登録証明書の交付件数は、引き続き緩やかな減少傾向にあります。",
          "関係部署と連携し、引っ越しに伴う手続きを一つの窓口で済ませられるよう検討を進めています。");
}
