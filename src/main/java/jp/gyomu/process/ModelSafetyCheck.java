package jp.gyomu.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one resource of a deployment, as it reaches the engine by any door (the processes folder,
 * {@code /engine-rest/deployment/create}, the webapps), and lists what in it could run code on the
 * server: expressions outside {@link ExpressionPolicy}, scripts, script resources, connectors, Java
 * classes outside Gyomu, decision tables in a language other than FEEL, and files that are no model
 * at all. Each problem names the line and the element.
 */
final class ModelSafetyCheck {

  private static final Pattern GYOMU_CLASS =
      Pattern.compile("jp\\.gyomu(\\.[A-Za-z_$][A-Za-z0-9_$]*)+");

  private final ExpressionPolicy expressions;

  ModelSafetyCheck(ExpressionPolicy expressions) {
    this.expressions = expressions;
  }

  List<ModelProblem> problems(String resourceName, byte[] content) {
    String name = resourceName.toLowerCase(Locale.ROOT);
    boolean bpmn = name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
    boolean dmn = name.endsWith(".dmn") || name.endsWith(".dmn11.xml");
    if (name.endsWith(".form")) {
      return List.of(); // Camunda Forms are JSON read by the browser; the server evaluates nothing
    }
    if (!bpmn && !dmn) {
      return List.of(
          new ModelProblem(
              "only BPMN (.bpmn), DMN (.dmn) and form (.form) files may be deployed", 0, 0, null));
    }
    var scanner = new Scanner(bpmn);
    try {
      ModelFileCheck.secureParser().parse(new ByteArrayInputStream(content), scanner);
    } catch (SAXParseException e) {
      scanner.problems.add(
          new ModelProblem(e.getMessage(), e.getLineNumber(), e.getColumnNumber(), null));
    } catch (SAXException | IOException e) {
      scanner.problems.add(new ModelProblem("cannot be read: " + e.getMessage(), 0, 0, null));
    }
    return scanner.problems;
  }

  private final class Scanner extends DefaultHandler {
    private final boolean bpmn;
    private final List<ModelProblem> problems = new ArrayList<>();
    private final Deque<Element> open = new ArrayDeque<>();
    private Locator locator;

    Scanner(boolean bpmn) {
      this.bpmn = bpmn;
    }

    /** An open element; {@code id} and {@code owner} come from the nearest element with an id. */
    private record Element(
        String name, String id, String owner, StringBuilder text, int line, int column) {}

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      String id = attributes.getValue("id");
      String owner = localName;
      if (id == null && !open.isEmpty()) {
        id = open.peek().id();
        owner = open.peek().owner();
      }
      var element =
          new Element(
              localName,
              id,
              owner,
              new StringBuilder(),
              locator.getLineNumber(),
              locator.getColumnNumber());
      open.push(element);
      if (bpmn) {
        checkBpmnElement(element);
      }
      for (int i = 0; i < attributes.getLength(); i++) {
        checkAttribute(element, attributes.getQName(i), attributes.getLocalName(i), attributes);
      }
    }

    private void checkBpmnElement(Element element) {
      switch (element.name()) {
        case "scriptTask", "script" ->
            refuse(element, "scripts are not allowed; use a Gyomu step or an RPA bot step");
        case "connector" ->
            refuse(element, "connectors are not allowed; use an RPA bot step (external task)");
        default -> {}
      }
    }

    private void checkAttribute(
        Element element, String qName, String localName, Attributes attributes) {
      String value = attributes.getValue(qName);
      String where = "attribute " + qName;
      if (!bpmn) {
        if (localName.equals("expressionLanguage")
            && !value.toLowerCase(Locale.ROOT).contains("feel")) {
          refuse(element, where + ": decision tables are written in FEEL, not '" + value + "'");
        }
        return;
      }
      switch (localName) {
        case "class", "variableMappingClass" -> {
          if (!GYOMU_CLASS.matcher(value).matches()) {
            refuse(element, where + ": only Gyomu's own classes (jp.gyomu...) may be named");
          }
        }
        case "resource" -> refuse(element, where + ": script resources are not allowed");
        case "scriptFormat" -> refuse(element, where + ": scripts are not allowed");
        case "language" -> {
          if (!element.name().equals("definitions")) {
            refuse(element, where + ": script conditions are not allowed");
          }
        }
        default -> checkExpression(element, where, value);
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (!open.isEmpty()) {
        open.peek().text().append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      Element element = open.pop();
      boolean prose = localName.equals("documentation") || localName.equals("text");
      if (bpmn && !prose) {
        checkExpression(element, "text of " + qName, element.text().toString());
      }
    }

    private void checkExpression(Element element, String where, String text) {
      if (text.contains("${") || text.contains("#{")) {
        expressions
            .refusal(text.strip())
            .ifPresent(
                reason -> refuse(element, where + ": " + reason + " (" + text.strip() + ")"));
      }
    }

    private void refuse(Element element, String reason) {
      String label =
          element.id() == null
              ? element.name()
              : "%s '%s'".formatted(element.owner(), element.id());
      problems.add(
          new ModelProblem(label + ", " + reason, element.line(), element.column(), element.id()));
    }
  }
}
