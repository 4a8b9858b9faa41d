package jp.gyomu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.gyomu.bench.DrillInputs.Expect;
import jp.gyomu.bench.DrillInputs.Input;
import jp.gyomu.support.Http;

/**
 * After a drill: every input file must be accounted for exactly once (archived with its document
 * row; the row HANDED_OFF with one case, DUPLICATE naming the copy that was read, or QUARANTINED
 * with a reason file), with nothing left in the inbox and nothing stuck. Everything that is not so
 * is a discrepancy.
 */
final class Reconciliation {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ARCHIVED = Pattern.compile("([0-9a-f-]{36})-(.+)");

  /** A document row as the API shows it. */
  record Row(String id, String status, String name, String duplicateOf, String instance) {}

  /** What became of one input file. */
  record Outcome(Input input, String status, String id, String detail) {}

  final List<Outcome> outcomes = new ArrayList<>();
  final List<String> discrepancies = new ArrayList<>();
  final List<String> orphanFolders = new ArrayList<>();
  final Map<String, Integer> statusCounts = new TreeMap<>();
  int processInstances;

  /** Names of inputs that were uploaded, not dropped into the inbox: nothing to archive. */
  private Set<String> uploaded = Set.of();

  static Reconciliation of(List<Input> inputs, Path data, Http http, String adminPassword)
      throws IOException {
    return of(inputs, Set.of(), data, http, adminPassword);
  }

  /** As {@link #of(List, Path, Http, String)}, some inputs uploaded instead of dropped. */
  static Reconciliation of(
      List<Input> inputs, Set<String> uploaded, Path data, Http http, String adminPassword)
      throws IOException {
    var r = new Reconciliation();
    r.uploaded = uploaded;
    r.check(inputs, data, rows(http, adminPassword), instances(http, adminPassword));
    return r;
  }

  boolean passed() {
    return discrepancies.isEmpty();
  }

  private void check(
      List<Input> inputs, Path data, List<Row> rows, Map<String, List<String>> instancesByKey)
      throws IOException {
    Map<String, Row> rowById = new HashMap<>();
    Map<String, List<Row>> rowsByName = new HashMap<>();
    for (Row row : rows) {
      rowById.put(row.id(), row);
      rowsByName.computeIfAbsent(row.name(), k -> new ArrayList<>()).add(row);
      statusCounts.merge(row.status(), 1, Integer::sum);
      if (!Set.of("HANDED_OFF", "DUPLICATE", "QUARANTINED").contains(row.status())) {
        discrepancies.add("document %s (%s) %s".formatted(row.id(), row.name(), stuck(row)));
      }
    }
    Map<String, List<String>> archivedByName = archived(data.resolve("archive"));
    Map<String, Input> inputByName = new HashMap<>();
    for (Input input : inputs) {
      inputByName.put(input.name(), input);
      outcomes.add(outcome(input, rowsByName, archivedByName, rowById, instancesByKey, data));
    }
    for (Row row : rows) {
      if (!inputByName.containsKey(row.name())) {
        discrepancies.add("document %s has no input file: %s".formatted(row.id(), row.name()));
      }
    }
    for (var e : instancesByKey.entrySet()) {
      processInstances += e.getValue().size();
      Row row = rowById.get(e.getKey());
      if (row == null || !"HANDED_OFF".equals(row.status())) {
        discrepancies.add(
            "case(s) %s for document %s, which is not HANDED_OFF"
                .formatted(e.getValue(), e.getKey()));
      }
    }
    for (String left : files(data.resolve("inbox"))) {
      discrepancies.add("left in inbox/: " + left);
    }
    for (String failed : files(data.resolve("inbox-failed"))) {
      discrepancies.add("moved to inbox-failed/: " + failed);
    }
    try (Stream<Path> folders = list(data.resolve("documents"))) {
      folders
          .map(f -> f.getFileName().toString())
          .filter(id -> !rowById.containsKey(id))
          .forEach(orphanFolders::add);
    }
  }

  private Outcome outcome(
      Input input,
      Map<String, List<Row>> rowsByName,
      Map<String, List<String>> archivedByName,
      Map<String, Row> rowById,
      Map<String, List<String>> instancesByKey,
      Path data) {
    List<Row> rows = rowsByName.getOrDefault(input.name(), List.of());
    List<String> archived = archivedByName.getOrDefault(input.name(), List.of());
    String name = input.relativePath();
    if (rows.size() != 1) {
      discrepancies.add("%s has %d document rows".formatted(name, rows.size()));
      return new Outcome(input, rows.isEmpty() ? "MISSING" : "TWICE", null, rows.toString());
    }
    Row row = rows.get(0);
    if (!archived.equals(uploaded.contains(input.name()) ? List.of() : List.of(row.id()))) {
      discrepancies.add("%s: archived as %s, its row is %s".formatted(name, archived, row.id()));
    }
    List<String> cases = instancesByKey.getOrDefault(row.id(), List.of());
    String detail;
    switch (row.status()) {
      case "HANDED_OFF" -> {
        if (input.expect() == Expect.QUARANTINE) {
          discrepancies.add(name + " should have been quarantined");
        }
        if (cases.size() != 1 || !cases.get(0).equals(row.instance())) {
          discrepancies.add(
              "%s: %d case(s) %s, its row names %s"
                  .formatted(name, cases.size(), cases, row.instance()));
        }
        detail = "case " + row.instance();
      }
      case "DUPLICATE" -> {
        Row original = row.duplicateOf() == null ? null : rowById.get(row.duplicateOf());
        if (original == null || !sameContent(input, original.name())) {
          discrepancies.add(
              "%s is a DUPLICATE of %s, not of its copy"
                  .formatted(name, original == null ? row.duplicateOf() : original.name()));
        } else if (!"HANDED_OFF".equals(original.status())) {
          discrepancies.add(
              "%s is a DUPLICATE of %s, which is %s"
                  .formatted(name, original.name(), original.status()));
        }
        detail = "of " + (original == null ? row.duplicateOf() : original.name());
      }
      case "QUARANTINED" -> {
        Path reason = data.resolve("quarantine").resolve(row.id() + "-" + input.name());
        if (input.expect() != Expect.QUARANTINE) {
          discrepancies.add(name + " was quarantined");
        }
        if (!Files.isRegularFile(reason.resolveSibling(reason.getFileName() + ".reason.txt"))
            || !Files.isRegularFile(reason)) {
          discrepancies.add(name + " is QUARANTINED without its file and reason in quarantine/");
        }
        detail = "reason file beside it";
      }
      default -> detail = "";
    }
    if (!row.status().equals("HANDED_OFF") && !cases.isEmpty()) {
      discrepancies.add("%s is %s but has cases %s".formatted(name, row.status(), cases));
    }
    return new Outcome(input, row.status(), row.id(), detail);
  }

  /** A copy and its original carry the same bytes; a DUPLICATE must point at its twin. */
  private static boolean sameContent(Input input, String otherName) {
    return switch (input.expect()) {
      case COPY -> otherName.equals(input.copyOf());
      case READ -> otherName.equals("copy-" + input.name());
      case QUARANTINE -> false;
    };
  }

  private static String stuck(Row row) {
    return "RECEIVED".equals(row.status()) ? "is stuck in RECEIVED" : "ended " + row.status();
  }

  /** Archived inputs by original name: the ids their archive names start with. */
  private static Map<String, List<String>> archived(Path archive) throws IOException {
    Map<String, List<String>> byName = new HashMap<>();
    for (String file : files(archive)) {
      var m = ARCHIVED.matcher(Path.of(file).getFileName().toString());
      if (m.matches()) {
        byName.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(m.group(1));
      } else {
        byName.computeIfAbsent(file, k -> new ArrayList<>()).add("(no id)");
      }
    }
    return byName;
  }

  /** Regular files below {@code folder}, relative to it; marker files too. */
  static List<String> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(folder)) {
      return all.filter(Files::isRegularFile)
          .map(p -> folder.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  private static Stream<Path> list(Path folder) throws IOException {
    return Files.isDirectory(folder) ? Files.list(folder) : Stream.empty();
  }

  static List<Row> rows(Http http, String adminPassword) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (int page = 0; ; page++) {
      var body = http.get("/api/documents?size=500&page=" + page, "admin", adminPassword).body();
      JsonNode items = JSON.readTree(body).get("items");
      if (items == null || items.isEmpty()) {
        return rows;
      }
      for (JsonNode d : items) {
        rows.add(
            new Row(
                d.get("id").asText(),
                d.get("status").asText(),
                d.get("originalName").asText(),
                text(d, "duplicateOf"),
                text(d, "processInstanceId")));
      }
    }
  }

  /** Process instances (running or ended) by business key, the document id HandOffStep sets. */
  static Map<String, List<String>> instances(Http http, String adminPassword) throws IOException {
    var response =
        http.get("/engine-rest/history/process-instance?maxResults=100000", "admin", adminPassword);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("history: " + response.statusCode() + response.body());
    }
    Map<String, List<String>> byKey = new LinkedHashMap<>();
    for (JsonNode p : JSON.readTree(response.body())) {
      String key = text(p, "businessKey");
      if (key != null) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p.get("id").asText());
      }
    }
    return byKey;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** The reconciliation as markdown: totals, then every input that did not end as expected. */
  String markdown() {
    var md = new StringBuilder();
    Map<Expect, Long> byExpect =
        outcomes.stream()
            .collect(
                Collectors.groupingBy(
                    o -> o.input().expect(), TreeMap::new, Collectors.counting()));
    md.append(
        "| inputs | scans | copies | not scans | rows by status | cases | orphan folders |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    md.append(
        "| %d | %d | %d | %d | %s | %d | %d |\n"
            .formatted(
                outcomes.size(),
                byExpect.getOrDefault(Expect.READ, 0L),
                byExpect.getOrDefault(Expect.COPY, 0L),
                byExpect.getOrDefault(Expect.QUARANTINE, 0L),
                statusCounts,
                processInstances,
                orphanFolders.size()));
    md.append("\nPer input (copies, refused files and anything unexpected):\n\n");
    md.append("| input | outcome | document | detail |\n|---|---|---|---|\n");
    for (var o : outcomes) {
      boolean plain = o.input().expect() == Expect.READ && "HANDED_OFF".equals(o.status());
      if (!plain) {
        md.append(
            "| %s | %s | %s | %s |\n"
                .formatted(o.input().relativePath(), o.status(), o.id(), o.detail()));
      }
    }
    long plain =
        outcomes.stream()
            .filter(o -> o.input().expect() == Expect.READ && "HANDED_OFF".equals(o.status()))
            .count();
    md.append("| %d other scans | HANDED_OFF, one case each | | |\n".formatted(plain));
    if (!orphanFolders.isEmpty()) {
      md.append(
          "\nDocument folders without a row (stored, then killed before the row was written;"
              + " not inputs, harmless): %s\n".formatted(orphanFolders));
    }
    md.append(
        discrepancies.isEmpty()
            ? "\n**Reconciled: every input accounted for exactly once.**\n"
            : "\n**Discrepancies:**\n\n- " + String.join("\n- ", discrepancies) + "\n");
    return md.toString();
  }
}
