package jp.gyomu.fields;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Reads and checks {@code *.fields.yaml} templates (format in docs/FIELDS.md). Every problem is
 * reported as {@code <file>: <where>: <problem>}, e.g. {@code invoice.fields.yaml: fields[2]
 * (amount).type: unknown type 'money'}, so an analyst can fix the file without reading code.
 */
public final class FieldTemplateLoader {

  public static final String SUFFIX = ".fields.yaml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
  private static final Pattern SAMPLE_NAME =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.(png|jpe?g)");
  private static final int MAX_LINES = 5;
  private static final Pattern LANGUAGES = Pattern.compile("[a-z_]+(\\+[a-z_]+)*");
  // measured by bench/field-accuracy.sh: correct values mostly read at 50-96, wrong ones below 45
  private static final int DEFAULT_MIN_CONFIDENCE = 50;

  private FieldTemplateLoader() {}

  /** Loads every {@code *.fields.yaml} in a folder (not its subfolders), sorted by file name. */
  public static List<FieldTemplate> loadAll(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(SUFFIX))
          .sorted()
          .map(FieldTemplateLoader::load)
          .toList();
    } catch (IOException e) {
      throw new FieldTemplateException(folder + ": cannot list templates: " + e.getMessage(), e);
    }
  }

  public static FieldTemplate load(Path file) {
    String fileName = file.getFileName().toString();
    if (!fileName.endsWith(SUFFIX)) {
      throw new FieldTemplateException(file + ": a template's file name ends with " + SUFFIX);
    }
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new FieldTemplateException(
          file
              + ": not valid YAML at line "
              + e.getLocation().getLineNr()
              + ": "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new FieldTemplateException(file + ": cannot read: " + e.getMessage(), e);
    }
    return new TemplateReader(file)
        .template(root, fileName.substring(0, fileName.length() - SUFFIX.length()));
  }

  /** Walks one file's tree, knowing the file for its messages. */
  private record TemplateReader(Path file) {

    FieldTemplate template(JsonNode root, String expectedId) {
      mapping(
          root,
          "the file",
          Set.of("id", "name", "languages", "classification", "fields", "checks", "sample"));
      String id = text(root, "id", "id");
      if (!ID.matcher(id).matches()) {
        throw problem("id", "'" + id + "' is not lower-case words joined by '-'");
      }
      if (!id.equals(expectedId)) {
        throw problem(
            "id", "'" + id + "' differs from the file name, which must be " + id + SUFFIX);
      }
      JsonNode name = mapping(root.get("name"), "name", Set.of("ja", "en"));
      String languages = root.has("languages") ? text(root, "languages", "languages") : "jpn";
      if (!LANGUAGES.matcher(languages).matches()) {
        throw problem("languages", "'" + languages + "' is not like jpn or jpn+eng");
      }
      List<String> keywords = List.of();
      List<Pattern> patterns = List.of();
      if (root.has("classification")) {
        JsonNode rules =
            mapping(root.get("classification"), "classification", Set.of("keywords", "patterns"));
        keywords = texts(rules, "keywords", "classification.keywords");
        patterns = patterns(texts(rules, "patterns", "classification.patterns"));
      }
      List<FieldDefinition> fields = fields(root.get("fields"));
      return new FieldTemplate(
          id,
          text(name, "ja", "name.ja"),
          text(name, "en", "name.en"),
          languages,
          keywords,
          patterns,
          fields,
          new CheckReader(file, fields).checks(root.get("checks")),
          sample(root));
    }

    /** The reference page beside the template, e.g. {@code sample: invoice.sample.png}. */
    private Path sample(JsonNode root) {
      if (!root.has("sample")) {
        return null;
      }
      String name = text(root, "sample", "sample");
      if (!SAMPLE_NAME.matcher(name).matches()) {
        throw problem(
            "sample", "'" + name + "' is not a file name beside the template ending .png or .jpg");
      }
      Path sample = file.resolveSibling(name);
      if (!Files.isRegularFile(sample)) {
        throw problem("sample", "no file " + name + " beside the template");
      }
      return sample;
    }

    private List<FieldDefinition> fields(JsonNode list) {
      if (list == null || !list.isArray() || list.isEmpty()) {
        throw problem("fields", "a non-empty list of fields is required");
      }
      List<FieldDefinition> fields = new ArrayList<>();
      Set<String> names = new HashSet<>();
      // a label shared by two fields would always go to the same one, silently missing the other
      Map<String, String> fieldByLabel = new HashMap<>();
      for (int i = 0; i < list.size(); i++) {
        FieldDefinition field = field(list.get(i), "fields[" + i + "]");
        String at = "fields[" + i + "] (" + field.name() + ")";
        if (!names.add(field.name())) {
          throw problem(at, "a second field of that name");
        }
        for (String anchor : field.anchors()) {
          String owner =
              fieldByLabel.putIfAbsent(Widths.fold(anchor).replaceAll("\\s+", ""), field.name());
          if (owner != null) {
            throw problem(at + ".anchors", "label '" + anchor + "' is also a label of " + owner);
          }
        }
        fields.add(field);
      }
      return List.copyOf(fields);
    }

    private FieldDefinition field(JsonNode node, String where) {
      mapping(
          node,
          where,
          Set.of(
              "name",
              "label",
              "anchors",
              "type",
              "required",
              "minConfidence",
              "zone",
              "options",
              "columns",
              "lines"));
      String name = text(node, "name", where + ".name");
      if (!FIELD_NAME.matcher(name).matches()) {
        throw problem(where + ".name", "'" + name + "' is not an English camelCase id");
      }
      String at = where + " (" + name + ")";
      String label = text(node, "label", at + ".label");
      List<String> anchors = anchors(node, label, at);
      FieldType type = type(node, at);
      List<String> options = options(node, at + ".options");
      if (type == FieldType.CHOICE && options.size() < 2) {
        throw problem(at + ".options", "a choice needs at least two options, e.g. [有, 無]");
      }
      if (type != FieldType.CHOICE && !options.isEmpty()) {
        throw problem(at + ".options", "only a choice field or a table's text column has options");
      }
      List<ColumnDefinition> columns = columns(node.get("columns"), at + ".columns");
      if (type == FieldType.TABLE && columns.isEmpty()) {
        throw problem(at + ".columns", "a table needs its columns, each with name, label, type");
      }
      if (type != FieldType.TABLE && !columns.isEmpty()) {
        throw problem(at + ".columns", "only a field of type table has columns");
      }
      int lines = lines(node.get("lines"), type, at + ".lines");
      JsonNode required = node.get("required");
      if (required != null && !required.isBoolean()) {
        throw problem(at + ".required", "true or false, not '" + required.asText() + "'");
      }
      return new FieldDefinition(
          name,
          label,
          List.copyOf(anchors),
          type,
          required != null && required.booleanValue(),
          minConfidence(node.get("minConfidence"), at + ".minConfidence"),
          zone(node.get("zone"), at + ".zone"),
          options,
          columns,
          lines);
    }

    /**
     * The label first, then the other variants; a label listed among the anchors is tried in that
     * place instead (a total's 金額 after 合計, while reviewers and ledgers still see 金額).
     */
    private List<String> anchors(JsonNode node, String label, String at) {
      List<String> listed = texts(node, "anchors", at + ".anchors");
      List<String> anchors = new ArrayList<>();
      if (!listed.contains(label)) {
        anchors.add(label);
      }
      listed.stream().filter(a -> !anchors.contains(a)).forEach(anchors::add);
      return List.copyOf(anchors);
    }

    private FieldType type(JsonNode node, String at) {
      String typeId = text(node, "type", at + ".type");
      return FieldType.byId(typeId)
          .orElseThrow(
              () ->
                  problem(
                      at + ".type",
                      "unknown type '" + typeId + "' (one of " + FieldType.ids() + ")"));
    }

    private List<ColumnDefinition> columns(JsonNode list, String where) {
      if (list == null) {
        return List.of();
      }
      if (!list.isArray() || list.isEmpty()) {
        throw problem(where, "a non-empty list of columns is required");
      }
      List<ColumnDefinition> columns = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (int i = 0; i < list.size(); i++) {
        JsonNode node = list.get(i);
        String at = where + "[" + i + "]";
        mapping(node, at, Set.of("name", "label", "anchors", "type", "options"));
        String name = text(node, "name", at + ".name");
        if (!FIELD_NAME.matcher(name).matches()) {
          throw problem(at + ".name", "'" + name + "' is not an English camelCase id");
        }
        if (!names.add(name)) {
          throw problem(at + ".name", "a second column named " + name);
        }
        at = at + " (" + name + ")";
        String label = text(node, "label", at + ".label");
        FieldType type = node.has("type") ? type(node, at) : FieldType.TEXT;
        if (type.reading() != FieldType.Reading.LABELLED_TEXT) {
          throw problem(at + ".type", "a column holds text, dates, amounts or numbers");
        }
        List<String> options = options(node, at + ".options");
        if (!options.isEmpty() && type != FieldType.TEXT) {
          throw problem(at + ".options", "only a text column has options, e.g. [男, 女]");
        }
        columns.add(new ColumnDefinition(name, label, anchors(node, label, at), type, options));
      }
      return List.copyOf(columns);
    }

    private int lines(JsonNode node, FieldType type, String where) {
      if (node == null) {
        return 1;
      }
      if (!node.isInt() || node.intValue() < 1 || node.intValue() > MAX_LINES) {
        throw problem(
            where, "a whole number from 1 to " + MAX_LINES + ", not '" + node.asText() + "'");
      }
      if (node.intValue() > 1 && type.reading() != FieldType.Reading.LABELLED_TEXT) {
        throw problem(where, "only text-like fields span lines");
      }
      return node.intValue();
    }

    private int minConfidence(JsonNode node, String where) {
      if (node == null) {
        return DEFAULT_MIN_CONFIDENCE;
      }
      if (!node.isInt() || node.intValue() < 0 || node.intValue() > 100) {
        throw problem(where, "a whole number from 0 to 100, not '" + node.asText() + "'");
      }
      return node.intValue();
    }

    private Zone zone(JsonNode node, String where) {
      if (node == null) {
        return null;
      }
      mapping(node, where, Set.of("left", "top", "width", "height"));
      Zone zone =
          new Zone(
              fraction(node, "left", where),
              fraction(node, "top", where),
              fraction(node, "width", where),
              fraction(node, "height", where));
      if (zone.width() == 0 || zone.height() == 0) {
        throw problem(where, "width and height must be above 0");
      }
      if (zone.left() + zone.width() > 1.0001 || zone.top() + zone.height() > 1.0001) {
        throw problem(
            where, "reaches beyond the page (left + width and top + height are at most 1)");
      }
      return zone;
    }

    private double fraction(JsonNode zone, String key, String where) {
      JsonNode value = zone.get(key);
      if (value == null
          || !value.isNumber()
          || value.doubleValue() < 0
          || value.doubleValue() > 1) {
        throw problem(where + "." + key, "a fraction of the page from 0 to 1 is required");
      }
      return value.doubleValue();
    }

    private List<Pattern> patterns(List<String> regexes) {
      List<Pattern> patterns = new ArrayList<>();
      for (String regex : regexes) {
        try {
          patterns.add(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
          throw problem(
              "classification.patterns",
              "'" + regex + "' is not a valid regular expression: " + e.getDescription());
        }
      }
      return List.copyOf(patterns);
    }

    private JsonNode mapping(JsonNode node, String where, Set<String> allowedKeys) {
      if (node == null || !node.isObject()) {
        throw problem(where, "a mapping (key: value lines) is required");
      }
      for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        if (!allowedKeys.contains(key)) {
          throw problem(
              where,
              "unknown key '"
                  + key
                  + "' (known: "
                  + String.join(", ", allowedKeys.stream().sorted().toList())
                  + ")");
        }
      }
      return node;
    }

    private String text(JsonNode parent, String key, String where) {
      JsonNode value = parent.get(key);
      if (value == null || !value.isTextual() || value.asText().isBlank()) {
        throw problem(where, "a non-empty text is required");
      }
      return value.asText().strip();
    }

    /** A closed set of values: a non-empty list of distinct texts, or none when not given. */
    private List<String> options(JsonNode parent, String where) {
      JsonNode list = parent.get("options");
      if (list != null && list.isArray() && list.isEmpty()) {
        throw problem(where, "a non-empty list of options is required, e.g. [男, 女]");
      }
      List<String> options = texts(parent, "options", where);
      for (int i = 0; i < options.size(); i++) {
        if (options.indexOf(options.get(i)) < i) {
          throw problem(where + "[" + i + "]", "a second option " + options.get(i));
        }
      }
      return options;
    }

    private List<String> texts(JsonNode parent, String key, String where) {
      JsonNode list = parent.get(key);
      if (list == null) {
        return List.of();
      }
      if (!list.isArray()) {
        throw problem(where, "a list is required, e.g. [申請日, 申請年月日]");
      }
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        JsonNode item = list.get(i);
        if (!item.isTextual() || item.asText().isBlank()) {
          throw problem(where + "[" + i + "]", "a non-empty text is required");
        }
        texts.add(item.asText().strip());
      }
      return List.copyOf(texts);
    }

    private FieldTemplateException problem(String where, String problem) {
      return new FieldTemplateException(file + ": " + where + ": " + problem);
    }
  }
}
