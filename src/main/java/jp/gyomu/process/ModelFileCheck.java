package jp.gyomu.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads each model file once before the engine does: Camunda reports XML that is not well-formed
 * without a line number, and analysts need the line to fix a half-saved file. Doctype declarations
 * are refused, so no deployed file can pull in external entities.
 */
final class ModelFileCheck {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelFileCheck() {}

  static void requireWellFormed(Path file) {
    try {
      if (file.toString().endsWith(".form")) {
        JSON.readTree(file.toFile());
      } else {
        secureParser().parse(file.toFile(), new DefaultHandler());
      }
    } catch (SAXParseException e) {
      throw broken(file, e.getLineNumber(), e.getColumnNumber(), e.getMessage(), e);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw broken(file, at.getLineNr(), at.getColumnNr(), e.getOriginalMessage(), e);
    } catch (SAXException | IOException e) {
      throw new ProcessDeploymentException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static javax.xml.parsers.SAXParser secureParser() throws SAXException {
    try {
      var factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      return factory.newSAXParser();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ProcessDeploymentException broken(
      Path file, int line, int column, String reason, Exception cause) {
    return new ProcessDeploymentException(
        "Cannot deploy %s, line %d, column %d: %s".formatted(file, line, column, reason), cause);
  }
}
