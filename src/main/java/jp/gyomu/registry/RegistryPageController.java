package jp.gyomu.registry;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import jp.gyomu.system.PageScriptJson;
import jp.gyomu.system.Roles;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The registry editor {@code /registry}: the page itself calls the registry API (decision 0010).
 * Analysts and administrators get the edit controls; everyone else reads, and the page does not
 * render controls the API would refuse them.
 */
@Controller
class RegistryPageController {

  /** Texts the page's script writes itself, under {@code registry.page.js.}. */
  private static final List<String> SCRIPT_TEXTS =
      List.of(
          "count",
          "empty",
          "loadFailed",
          "created",
          "saved",
          "statusChanged",
          "importDone",
          "importFailed",
          "importWrongFile",
          "importReading",
          "targetSaved",
          "targetNone",
          "targetLabel",
          "targetSave",
          "save",
          "notDeployed",
          "noProcess",
          "cockpit",
          "studio",
          "details",
          "edit",
          "addTitle",
          "editTitle",
          "initial",
          "wholeFile",
          "fixFields");

  private final ExecutionHistory history;
  private final MessageSource messages;
  private final PageScriptJson scriptJson;

  RegistryPageController(
      ExecutionHistory history, MessageSource messages, PageScriptJson scriptJson) {
    this.history = history;
    this.messages = messages;
    this.scriptJson = scriptJson;
  }

  @GetMapping("/registry")
  String page(Authentication user, Locale locale, Model model) {
    boolean canEdit =
        user.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(a -> a.equals("ROLE_" + Roles.ADMIN) || a.equals("ROLE_" + Roles.ANALYST));
    LocalDate today = LocalDate.now(FiscalPeriod.JAPAN);
    int year = FiscalPeriod.fiscalYearOf(today);
    List<Integer> years = IntStream.rangeClosed(year - 1, year + 2).boxed().toList();
    model.addAttribute("canEdit", canEdit);
    model.addAttribute("statuses", TaskStatus.values());
    model.addAttribute("technologies", Technology.values());
    model.addAttribute("today", today);
    model.addAttribute("texts", scriptJson.of(texts(locale)));
    var data = new LinkedHashMap<String, Object>();
    data.put("canEdit", canEdit);
    data.put("today", today.toString());
    data.put("years", years.stream().map(y -> Map.of("year", y, "label", yearLabel(y))).toList());
    data.put("cockpit", history.latestDefinitions());
    model.addAttribute("data", scriptJson.of(data));
    return "registry";
  }

  private static String yearLabel(int year) {
    return FiscalPeriod.year(year).japaneseLabel() + " / FY" + year;
  }

  private Map<String, Object> texts(Locale locale) {
    var texts = new LinkedHashMap<String, Object>();
    SCRIPT_TEXTS.forEach(
        k -> texts.put(k, messages.getMessage("registry.page.js." + k, null, locale)));
    texts.put("status", labels(TaskStatus.values(), "registry.status.", locale));
    texts.put("technology", labels(Technology.values(), "registry.technology.", locale));
    texts.put(
        "field",
        Arrays.stream(TaskColumn.values())
            .map(TaskColumn::header)
            .collect(
                LinkedHashMap::new,
                (m, f) -> m.put(f, messages.getMessage("registry.page.field." + f, null, locale)),
                Map::putAll));
    texts.put("language", locale.getLanguage());
    return texts;
  }

  private Map<String, String> labels(Enum<?>[] values, String prefix, Locale locale) {
    var labels = new LinkedHashMap<String, String>();
    for (Enum<?> v : values) {
      labels.put(v.name(), messages.getMessage(prefix + v.name(), null, locale));
    }
    return labels;
  }
}
