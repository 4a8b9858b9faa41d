package jp.gyomu.studio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import jp.gyomu.forms.FormSuggester;
import jp.gyomu.forms.FormSuggester.ScanFile;
import jp.gyomu.forms.FormWorkbench;
import jp.gyomu.forms.FormsSettings;
import jp.gyomu.forms.ReadScan;
import jp.gyomu.forms.ReadScan.Page;
import jp.gyomu.forms.SuggestedForm;
import jp.gyomu.forms.TrialReport;
import jp.gyomu.studio.DraftRepository.DraftRow;
import jp.gyomu.studio.DraftRepository.PageRow;
import jp.gyomu.studio.DraftRepository.ScanRow;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Form drafts: started from a suggestion or from a type in use, edited (checked exactly as start-up
 * checks a template), and tried on their test set after every edit. Scans are read by OCR once,
 * when added; a trial reads the stored words and page images again with the draft's template.
 */
@Service
class DraftService {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_ID_TRIES = 99;

  private final DraftRepository drafts;
  private final FormWorkbench workbench;
  private final ObjectProvider<FormSuggester> suggester;
  private final StudioSettings settings;
  private final FormsSettings forms;

  DraftService(
      DraftRepository drafts,
      FormWorkbench workbench,
      ObjectProvider<FormSuggester> suggester,
      StudioSettings settings,
      FormsSettings forms) {
    this.drafts = drafts;
    this.workbench = workbench;
    this.suggester = suggester;
    this.settings = settings;
    this.forms = forms;
  }

  /**
   * A new draft from a filled sample: the suggested definition, or {@code definition} when given.
   *
   * @param id the draft's id; else the suggested one (made unique)
   */
  DraftViews.Draft create(
      Optional<String> id,
      ScanFile sample,
      Optional<ScanFile> blank,
      Optional<String> definition,
      String actor)
      throws IOException {
    id.ifPresent(FormWorkbench::checkId);
    FormSuggester suggesting = suggester.getIfAvailable();
    String yaml;
    byte[] samplePng;
    SuggestedForm.SamplePage page;
    List<SuggestedForm.Placement> placements;
    if (suggesting != null) {
      SuggestedForm suggested = suggesting.suggest(sample, blank);
      yaml = definition.orElse(suggested.yaml());
      samplePng = suggested.pagePng();
      page = suggested.page();
      // placements name the suggested fields; a definition of one's own may name others
      placements = definition.isPresent() ? List.of() : suggested.placements();
    } else if (definition.isPresent()) {
      yaml = definition.get();
      ReadScan read = workbench.read("jpn", sample.name(), sample.content());
      if (read.error() != null) {
        throw StudioProblem.refused("sample: " + read.error());
      }
      Page first = read.pages().get(0);
      samplePng = first.png().get();
      page = new SuggestedForm.SamplePage(first.width(), first.height(), List.of());
      placements = List.of();
    } else {
      throw StudioProblem.unavailable(
          "No form suggester is installed: send the definition (YAML) with the sample");
    }
    String declared = FormWorkbench.declaredId(yaml).orElse(null);
    String chosen =
        id.orElseGet(
            () ->
                freeId(
                    declared != null && declared.matches("[a-z0-9]+(-[a-z0-9]+)*")
                        ? declared
                        : "new-form"));
    if (id.isPresent() && workbench.inUse(chosen).isPresent()) {
      throw StudioProblem.conflict(
          "A document type "
              + chosen
              + " is in use: start from it with POST /api/form-drafts/from-type/"
              + chosen);
    }
    insert(
        chosen,
        chosen.equals(declared) ? yaml : Definitions.renamed(yaml, declared, chosen),
        samplePng,
        page,
        placements,
        blank,
        actor);
    return get(chosen);
  }

  /** A draft of a type in use: its definition and sample page, to change it and publish again. */
  DraftViews.Draft fromType(String typeId, String actor) throws IOException {
    FormWorkbench.TypeFiles type =
        workbench
            .inUse(typeId)
            .orElseThrow(() -> StudioProblem.notFound("No document type " + typeId + " is in use"));
    byte[] samplePng = type.samplePng().map(DraftService::asPng).orElse(null);
    SuggestedForm.SamplePage page = null;
    if (samplePng != null) {
      page = linesOf(typeId, samplePng);
    }
    insert(typeId, type.yaml(), samplePng, page, List.of(), Optional.empty(), actor);
    return get(typeId);
  }

  /** The sample's OCR lines by the suggester, when one is installed and reads the same pixels. */
  private SuggestedForm.SamplePage linesOf(String id, byte[] png) throws IOException {
    var image = ImageIO.read(new ByteArrayInputStream(png));
    FormSuggester suggesting = suggester.getIfAvailable();
    if (suggesting != null) {
      SuggestedForm.SamplePage page =
          suggesting.suggest(new ScanFile(id + ".sample.png", png), Optional.empty()).page();
      if (page.width() == image.getWidth() && page.height() == image.getHeight()) {
        return page;
      }
    }
    return new SuggestedForm.SamplePage(image.getWidth(), image.getHeight(), List.of());
  }

  private void insert(
      String id,
      String yaml,
      byte[] samplePng,
      SuggestedForm.SamplePage page,
      List<SuggestedForm.Placement> placements,
      Optional<ScanFile> blank,
      String actor) {
    try {
      drafts.insert(
          id,
          yaml,
          samplePng,
          page == null ? null : json(page),
          json(placements),
          blank.map(ScanFile::name).orElse(null),
          blank.map(ScanFile::content).orElse(null),
          actor,
          Instant.now());
    } catch (DuplicateKeyException e) {
      throw StudioProblem.conflict("A form draft " + id + " exists already: open or delete it");
    }
  }

  /** The id, or the first of id-2, id-3... that no draft and no type in use has. */
  private String freeId(String base) {
    for (int n = 1; n <= MAX_ID_TRIES; n++) {
      String candidate = n == 1 ? base : base + "-" + n;
      if (candidate.length() <= 64
          && drafts.find(candidate).isEmpty()
          && workbench.inUse(candidate).isEmpty()) {
        return candidate;
      }
    }
    throw StudioProblem.conflict("No free id like " + base + ": send one as the part 'id'");
  }

  List<DraftViews.Summary> list() {
    Map<String, Long> scans =
        drafts.scanCounts().stream().collect(Collectors.toMap(c -> c.draftId(), c -> c.count()));
    return drafts.findAll().stream()
        .map(
            d -> {
              JsonNode tree = Definitions.tree(d.definition());
              JsonNode name = tree == null ? null : tree.path("name");
              return new DraftViews.Summary(
                  d.id(),
                  new DraftViews.Names(
                      name == null ? null : name.path("ja").asText(null),
                      name == null ? null : name.path("en").asText(null)),
                  tree == null ? 0 : tree.path("fields").size(),
                  scans.getOrDefault(d.id(), 0L).intValue(),
                  d.accuracy(),
                  d.publishedAt() != null,
                  d.updatedAt());
            })
        .toList();
  }

  DraftViews.Draft get(String id) {
    DraftRow d = draft(id);
    Map<String, List<DraftViews.Page>> pages = drafts.pageSizes(id);
    List<DraftViews.Scan> scans =
        drafts.scans(id).stream()
            .map(
                s ->
                    new DraftViews.Scan(
                        s.id(),
                        s.fileName(),
                        pages.getOrDefault(s.id(), List.of()),
                        s.expected() == null
                            ? JsonNodeFactory.instance.objectNode()
                            : tree(s.expected()),
                        s.error()))
            .toList();
    return new DraftViews.Draft(
        d.id(),
        d.definition(),
        Definitions.tree(d.definition()),
        d.samplePage() == null ? null : tree(d.samplePage()),
        d.placements() == null ? JsonNodeFactory.instance.arrayNode() : tree(d.placements()),
        scans,
        d.accuracy(),
        d.updatedAt(),
        d.publishedAt(),
        d.bpmnOwner());
  }

  /**
   * Saves a new definition after checking it exactly as start-up would; an {@code id:} that differs
   * from the draft's renames the draft.
   *
   * @throws jp.gyomu.system.ProblemException 422 naming the place and the problem; nothing saved
   */
  DraftViews.Draft update(String id, String yaml) {
    DraftRow d = draft(id);
    String declared = FormWorkbench.declaredId(yaml).orElse(id);
    boolean rename = !declared.equals(id) && declared.matches("[a-z0-9]+(-[a-z0-9]+)*");
    String newId = rename ? declared : id;
    String text = rename ? Definitions.renamed(yaml, id, newId) : yaml;
    if (rename && drafts.find(newId).isPresent()) {
      throw StudioProblem.conflict("Another form draft is called " + newId);
    }
    workbench.check(newId, text, drafts.samplePng(id).orElse(null));
    drafts.updateDefinition(d.id(), newId, text, Instant.now());
    return get(newId);
  }

  void delete(String id) {
    if (!drafts.delete(id)) {
      throw StudioProblem.noDraft(id);
    }
  }

  byte[] samplePng(String id) {
    draft(id);
    return drafts
        .samplePng(id)
        .orElseThrow(() -> StudioProblem.notFound("Form draft " + id + " has no sample page"));
  }

  byte[] pagePng(String id, String scanId, int page) {
    draft(id);
    return drafts
        .pagePng(id, scanId, page)
        .orElseThrow(
            () ->
                StudioProblem.notFound(
                    "Form draft " + id + " has no page " + page + " of " + scanId));
  }

  /**
   * Reads the files by OCR (as uploads are read), keeps them in the draft's test set, and answers
   * the draft's trial on them.
   */
  TrialReport addScans(String id, List<ScanFile> files) {
    DraftRow d = draft(id);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("file: at least one scan is required");
    }
    if (files.size() > forms.maxTrialFiles()) {
      throw new IllegalArgumentException(
          "file: %d files sent; at most %d at a time (gyomu.forms.max-trial-files)"
              .formatted(files.size(), forms.maxTrialFiles()));
    }
    int kept = drafts.scans(id).size();
    if (kept + files.size() > settings.maxScans()) {
      throw StudioProblem.refused(
          "Form draft %s keeps %d scans; at most %d are kept (gyomu.studio.max-scans)"
              .formatted(id, kept, settings.maxScans()));
    }
    byte[] sample = drafts.samplePng(id).orElse(null);
    String languages = workbench.check(id, d.definition(), sample).languages();
    List<ReadScan> read = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (ScanFile file : files) {
      ReadScan scan = workbench.read(languages, file.name(), file.content());
      String scanId = UUID.randomUUID().toString();
      drafts.insertScan(
          new ScanRow(
              scanId, id, drafts.nextPosition(id), name(file), languages, scan.error(), null),
          file.content(),
          pageRows(scan),
          pngs(scan),
          Instant.now());
      read.add(scan);
      ids.add(scanId);
    }
    drafts.touch(id, Instant.now());
    return workbench.withTemplate(
        id,
        d.definition(),
        sample,
        t -> workbench.trial(t, read, ids, Collections.nCopies(read.size(), null)));
  }

  /** Keeps the values a scan should give, checked against the draft's fields (400 if unknown). */
  void setExpected(String id, String scanId, JsonNode expected) {
    DraftRow d = draft(id);
    scan(id, scanId);
    String json = expected == null ? "{}" : expected.toString();
    workbench.withTemplate(
        id,
        d.definition(),
        drafts.samplePng(id).orElse(null),
        t -> {
          workbench.checkExpected(t, json);
          return null;
        });
    drafts.updateExpected(scanId, json);
    drafts.touch(id, Instant.now());
  }

  void deleteScan(String id, String scanId) {
    draft(id);
    if (!drafts.deleteScan(id, scanId)) {
      throw StudioProblem.notFound("Form draft " + id + " has no scan " + scanId);
    }
    drafts.touch(id, Instant.now());
  }

  /**
   * The draft's current definition on every stored scan; scans read with other OCR languages than
   * the definition now names are read again first. Keeps the accuracy with the draft.
   */
  TrialReport trial(String id) {
    DraftRow d = draft(id);
    byte[] sample = drafts.samplePng(id).orElse(null);
    String languages = workbench.check(id, d.definition(), sample).languages();
    List<ScanRow> scans = drafts.scans(id);
    List<ReadScan> read = new ArrayList<>();
    for (ScanRow scan : scans) {
      read.add(stored(scan, languages));
    }
    TrialReport report =
        workbench.withTemplate(
            id,
            d.definition(),
            sample,
            t ->
                workbench.trial(
                    t,
                    read,
                    scans.stream().map(ScanRow::id).toList(),
                    scans.stream().map(ScanRow::expected).toList()));
    drafts.updateAccuracy(id, report.totals().accuracy());
    return report;
  }

  /** A stored scan as read, its page images fetched only when a field reads pixels. */
  private ReadScan stored(ScanRow scan, String languages) {
    if (!scan.languages().equals(languages)) {
      ReadScan again = workbench.read(languages, scan.fileName(), drafts.scanContent(scan.id()));
      drafts.replacePages(scan.id(), languages, again.error(), pageRows(again), pngs(again));
      return again;
    }
    if (scan.error() != null) {
      return new ReadScan(scan.fileName(), scan.error(), List.of());
    }
    List<Page> pages = new ArrayList<>();
    for (PageRow row : drafts.pages(scan.id())) {
      StoredPageText text = parse(row.pageText(), StoredPageText.class);
      pages.add(
          new Page(
              text.pageText(),
              row.width(),
              row.height(),
              () -> drafts.pagePng(scan.draftId(), scan.id(), row.pageNo()).orElseThrow()));
    }
    return new ReadScan(scan.fileName(), null, pages);
  }

  DraftRow draft(String id) {
    return drafts.find(id).orElseThrow(() -> StudioProblem.noDraft(id));
  }

  private ScanRow scan(String id, String scanId) {
    return drafts
        .scan(id, scanId)
        .orElseThrow(() -> StudioProblem.notFound("Form draft " + id + " has no scan " + scanId));
  }

  private static List<PageRow> pageRows(ReadScan scan) {
    List<PageRow> rows = new ArrayList<>();
    for (int i = 0; i < scan.pages().size(); i++) {
      Page page = scan.pages().get(i);
      rows.add(
          new PageRow(i + 1, page.width(), page.height(), json(StoredPageText.of(page.text()))));
    }
    return rows;
  }

  private static List<byte[]> pngs(ReadScan scan) {
    return scan.pages().stream().map(p -> p.png().get()).toList();
  }

  private static String name(ScanFile file) {
    String name = file.name() == null || file.name().isBlank() ? "scan" : file.name();
    return name.length() > 255 ? name.substring(name.length() - 255) : name;
  }

  /** A sample kept as PNG whatever it was (the loader accepts JPEG samples too). */
  private static byte[] asPng(byte[] image) {
    try {
      var decoded = ImageIO.read(new ByteArrayInputStream(image));
      var out = new java.io.ByteArrayOutputStream();
      ImageIO.write(decoded, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode tree(String json) {
    return parse(json, JsonNode.class);
  }

  private static <T> T parse(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON cannot be read", e);
    }
  }
}
