package jp.gyomu.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import jp.gyomu.studio.StandardProcess;
import jp.gyomu.support.ProjectFolders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * House rules for every model in processes/, checked before anyone deploys it: named processes and
 * tasks, a history time to live, behaviour only through delegate expressions (no Java class names,
 * no scripts), documented bot topics, element templates used consistently.
 */
class ProcessModelLintTest {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  static final Set<String> TASKS =
      Set.of(
          "task",
          "userTask",
          "serviceTask",
          "sendTask",
          "receiveTask",
          "manualTask",
          "businessRuleTask",
          "scriptTask",
          "callActivity",
          "subProcess");

  /** A process the form studio generates, checked by the same rules as the shipped ones. */
  static final String GENERATED = "form-studio-example";

  static final Set<String> DOCUMENT_TYPES =
      Set.of("travel-expense", "invoice", "subsidy-application", GENERATED);

  static Stream<Path> models() throws IOException {
    List<Path> models;
    try (var files = Files.list(ProjectFolders.processes())) {
      models = new ArrayList<>(files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList());
    }
    Path generated = Files.createTempDirectory("gyomu-generated-").resolve(GENERATED + ".bpmn");
    Files.writeString(generated, StandardProcess.bpmn(GENERATED, "公民館使用申込の受付"));
    models.add(generated);
    return models.stream();
  }

  @ParameterizedTest
  @MethodSource("models")
  void processesAreNamedAndKeepHistoryForAKnownTime(Path model) throws Exception {
    for (Element process : elements(parse(model), BPMN, "process")) {
      assertThat(process.getAttribute("name")).as(model + " process name").isNotBlank();
      assertThat(process.getAttributeNS(CAMUNDA, "historyTimeToLive"))
          .as(model + " historyTimeToLive")
          .isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyTaskIsNamed(Path model) throws Exception {
    for (Element task : all(parse(model), BPMN)) {
      if (TASKS.contains(task.getLocalName())) {
        assertThat(task.getAttribute("name"))
            .as(model + " " + task.getAttribute("id"))
            .isNotBlank();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void behaviourOnlyThroughDelegateExpressions(Path model) throws Exception {
    Document doc = parse(model);
    assertThat(elements(doc, BPMN, "scriptTask")).as(model + " script tasks").isEmpty();
    assertThat(elements(doc, CAMUNDA, "script")).as(model + " scripts").isEmpty();
    for (Element e : all(doc, null)) {
      assertThat(e.hasAttributeNS(CAMUNDA, "class"))
          .as(model + " camunda:class on " + e.getAttribute("id"))
          .isFalse();
      assertThat(e.hasAttributeNS(CAMUNDA, "expression"))
          .as(model + " camunda:expression on " + e.getAttribute("id"))
          .isFalse();
      if (e.getLocalName().equals("serviceTask")) {
        boolean external = "external".equals(e.getAttributeNS(CAMUNDA, "type"));
        boolean delegate = e.getAttributeNS(CAMUNDA, "delegateExpression").matches("\\$\\{\\w+}");
        assertThat(external || delegate)
            .as(model + " " + e.getAttribute("id") + " is an external task or ${bean}")
            .isTrue();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyBotTopicIsDocumented(Path model) throws Exception {
    String bots =
        Files.readString(ProjectFolders.root().resolve("docs/BOTS.md"), StandardCharsets.UTF_8);
    for (Element e : all(parse(model), BPMN)) {
      if ("external".equals(e.getAttributeNS(CAMUNDA, "type"))) {
        String topic = e.getAttributeNS(CAMUNDA, "topic");
        assertThat(topic).as(model + " " + e.getAttribute("id")).startsWith("rpa.");
        // the studio's processes are one per form: BOTS.md names their pattern
        String listed = topic.equals("rpa." + GENERATED) ? "rpa.<id>" : topic;
        assertThat(bots).as("docs/BOTS.md lists " + listed).contains("`" + listed + "`");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyElementHasADiagramShape(Path model) throws Exception {
    Document doc = parse(model);
    Set<String> drawn = new java.util.HashSet<>();
    for (Element e : all(doc, BPMNDI)) {
      if (e.hasAttribute("bpmnElement")) {
        drawn.add(e.getAttribute("bpmnElement"));
      }
    }
    for (Element process : elements(doc, BPMN, "process")) {
      for (Element e : children(process)) {
        if (!Set.of("documentation", "extensionElements").contains(e.getLocalName())) {
          assertThat(drawn)
              .as(model + " draws " + e.getAttribute("id"))
              .contains(e.getAttribute("id"));
        }
      }
    }
  }

  /** Shapes do not cover each other, except boundary events, which sit on their task's border. */
  @ParameterizedTest
  @MethodSource("models")
  void shapesDoNotOverlap(Path model) throws Exception {
    Document doc = parse(model);
    Set<String> boundaryEvents = new java.util.HashSet<>();
    elements(doc, BPMN, "boundaryEvent").forEach(b -> boundaryEvents.add(b.getAttribute("id")));
    Map<String, java.awt.Rectangle> shapes = new HashMap<>();
    for (Element shape : elements(doc, BPMNDI, "BPMNShape")) {
      for (Element bounds : children(shape)) {
        if (bounds.getLocalName().equals("Bounds")) {
          shapes.put(
              shape.getAttribute("bpmnElement"),
              new java.awt.Rectangle(
                  (int) Double.parseDouble(bounds.getAttribute("x")),
                  (int) Double.parseDouble(bounds.getAttribute("y")),
                  (int) Double.parseDouble(bounds.getAttribute("width")),
                  (int) Double.parseDouble(bounds.getAttribute("height"))));
        }
      }
    }
    for (var a : shapes.entrySet()) {
      for (var b : shapes.entrySet()) {
        boolean boundary =
            boundaryEvents.contains(a.getKey()) || boundaryEvents.contains(b.getKey());
        if (a.getKey().compareTo(b.getKey()) < 0 && !boundary) {
          assertThat(a.getValue().intersects(b.getValue()))
              .as(model + ": " + a.getKey() + " overlaps " + b.getKey())
              .isFalse();
        }
      }
    }
    for (Element b : elements(doc, BPMN, "boundaryEvent")) {
      assertThat(
              shapes
                  .get(b.getAttribute("id"))
                  .intersects(shapes.get(b.getAttribute("attachedToRef"))))
          .as(model + ": " + b.getAttribute("id") + " sits on its task")
          .isTrue();
    }
  }

  /** Gyomu's steps use their template, and keep what the template fixes. */
  @ParameterizedTest
  @MethodSource("models")
  void elementTemplatesAreUsedConsistently(Path model) throws Exception {
    Map<String, JsonNode> templates = new HashMap<>();
    ElementTemplatesTest.templates()
        .map(ElementTemplatesTest::read)
        .forEach(t -> templates.put(t.get("id").asText(), t));
    Document doc = parse(model);
    String processId = elements(doc, BPMN, "process").get(0).getAttribute("id");
    for (Element e : all(doc, BPMN)) {
      String id = e.getAttribute("id");
      String templateId = e.getAttributeNS(CAMUNDA, "modelerTemplate");
      String expected = expectedTemplate(e, processId);
      assertThat(templateId)
          .as(model + " " + id + " template")
          .isEqualTo(expected == null ? "" : expected);
      if (templateId.isEmpty()) {
        continue;
      }
      JsonNode template = templates.get(templateId);
      assertThat(template).as("template " + templateId).isNotNull();
      assertThat(e.getAttributeNS(CAMUNDA, "modelerTemplateVersion"))
          .isEqualTo(template.get("version").asText());
      for (JsonNode property : template.get("properties")) {
        JsonNode binding = property.get("binding");
        if ("Hidden".equals(property.path("type").asText())
            && "property".equals(binding.get("type").asText())) {
          String attribute = binding.get("name").asText().replace("camunda:", "");
          assertThat(e.getAttributeNS(CAMUNDA, attribute))
              .as(model + " " + id + " " + binding.get("name").asText())
              .isEqualTo(property.get("value").asText());
        }
        if (property.has("constraints") && property.get("constraints").has("pattern")) {
          String attribute = binding.get("name").asText().replace("camunda:", "");
          assertThat(e.getAttributeNS(CAMUNDA, attribute))
              .as(model + " " + id + " " + attribute)
              .matches(property.get("constraints").get("pattern").get("value").asText());
        }
      }
      if (templateId.equals("jp.gyomu.ocrReview")) {
        assertThat(completeListeners(e))
            .as(model + " " + id + " stores corrections")
            .contains("${recordCorrections}");
      }
    }
  }

  /** Which template an element must use, or null. */
  private static String expectedTemplate(Element e, String processId) {
    String name = e.getLocalName();
    if (name.equals("startEvent") && DOCUMENT_TYPES.contains(processId)) {
      return "jp.gyomu.ocrHandoffStart";
    }
    if (name.equals("serviceTask") && "external".equals(e.getAttributeNS(CAMUNDA, "type"))) {
      return "jp.gyomu.rpaBotStep";
    }
    if (name.equals("serviceTask")
        && "${fieldCheck}".equals(e.getAttributeNS(CAMUNDA, "delegateExpression"))) {
      return "jp.gyomu.fieldCheck";
    }
    if (name.equals("userTask")
        && "embedded:/forms/review.html".equals(e.getAttributeNS(CAMUNDA, "formKey"))) {
      return "jp.gyomu.ocrReview";
    }
    return null;
  }

  private static List<String> completeListeners(Element task) {
    List<String> listeners = new ArrayList<>();
    NodeList nodes = task.getElementsByTagNameNS(CAMUNDA, "taskListener");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element l = (Element) nodes.item(i);
      if ("complete".equals(l.getAttribute("event"))) {
        listeners.add(l.getAttribute("delegateExpression"));
      }
    }
    return listeners;
  }

  private static Document parse(Path model) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(model.toFile());
  }

  private static List<Element> elements(Document doc, String ns, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = doc.getElementsByTagNameNS(ns, name);
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  private static List<Element> all(Document doc, String ns) {
    return elements(doc, ns == null ? "*" : ns, "*");
  }

  private static List<Element> children(Element parent) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        found.add(e);
      }
    }
    return found;
  }
}
