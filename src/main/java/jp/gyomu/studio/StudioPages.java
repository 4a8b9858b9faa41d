package jp.gyomu.studio;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import jp.gyomu.fields.FieldType;
import jp.gyomu.system.PageScriptJson;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The form studio's pages: the list of forms ({@code /studio}) and one form being defined ({@code
 * /studio/{id}}). Both are markup and scripts only; the scripts call the drafts and document-types
 * API with the page session (decision 0010).
 */
@Controller
class StudioPages {

  /** A document-type id as templates allow it: lower-case words joined by '-'. */
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Texts the scripts show, given to them as JSON (they are listed in the Japanese bundle). */
  private static final String SCRIPT_TEXTS = "studio.js.";

  private static final List<String> SCRIPT_KEYS = scriptKeys();

  private final MessageSource messages;
  private final PageScriptJson scriptJson;

  StudioPages(MessageSource messages, PageScriptJson scriptJson) {
    this.messages = messages;
    this.scriptJson = scriptJson;
  }

  @GetMapping("/studio")
  String list(Locale locale, Model model) {
    model.addAttribute("texts", texts(locale));
    return "studio";
  }

  @GetMapping("/studio/{id}")
  String form(@PathVariable String id, Locale locale, Model model) {
    if (id.length() > 64 || !ID.matcher(id).matches()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("id", id);
    model.addAttribute("fieldTypes", Arrays.stream(FieldType.values()).map(FieldType::id).toList());
    model.addAttribute("texts", texts(locale));
    return "studio-form";
  }

  private String texts(Locale locale) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String key : SCRIPT_KEYS) {
      texts.put(key.substring(SCRIPT_TEXTS.length()), messages.getMessage(key, null, locale));
    }
    return scriptJson.of(texts);
  }

  private static List<String> scriptKeys() {
    var bundle = new Properties();
    try (var in = StudioPages.class.getResourceAsStream("/messages.properties")) {
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TreeSet<>(bundle.stringPropertyNames())
        .stream().filter(k -> k.startsWith(SCRIPT_TEXTS)).toList();
  }
}
