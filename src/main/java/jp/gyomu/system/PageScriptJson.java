package jp.gyomu.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Data for a page's script, written as JSON into a {@code <script type="application/json">} element
 * (CSP allows no inline script, so pages hand their scripts texts and data this way).
 */
@Component
public class PageScriptJson {

  private final ObjectMapper json;

  PageScriptJson(ObjectMapper json) {
    this.json = json;
  }

  /** {@code value} as JSON in which no {@code <} can close the script element early. */
  public String of(Object value) {
    try {
      return json.writeValueAsString(value).replace("<", "\\u003c");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
