package jp.gyomu.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.ingestion.DocumentQueries;
import jp.gyomu.ingestion.DocumentStatus;
import jp.gyomu.ingestion.DocumentTypes;
import jp.gyomu.system.PageScriptJson;
import jp.gyomu.system.Roles;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The documents console: the list of documents with counts per status ({@code /documents}) and one
 * document's page ({@code /documents/{id}}). The pages are markup and texts; their scripts read and
 * change documents through {@code /api/documents} with the page session (decision 0010).
 */
@Controller
class DocumentsPageController {

  private final DocumentTypes types;
  private final MessageSource messages;
  private final PageScriptJson scriptJson;

  DocumentsPageController(DocumentTypes types, MessageSource messages, PageScriptJson scriptJson) {
    this.types = types;
    this.messages = messages;
    this.scriptJson = scriptJson;
  }

  /** A document type as the console's selects offer it. */
  record TypeOption(String id, String name) {}

  @GetMapping("/documents")
  String list(Authentication user, Locale locale, Model model) {
    common(user, locale, model);
    return "documents";
  }

  @GetMapping("/documents/{id}")
  String document(@PathVariable String id, Authentication user, Locale locale, Model model) {
    if (!id.matches("[0-9a-f-]{36}")) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    common(user, locale, model);
    model.addAttribute("documentId", id);
    return "document";
  }

  private void common(Authentication user, Locale locale, Model model) {
    boolean readsDocuments = has(user, Roles.DOCUMENT_READERS.toArray(String[]::new));
    model.addAttribute("types", typeOptions(locale));
    model.addAttribute("statuses", DocumentQueries.ATTENTION_ORDER);
    model.addAttribute("waiting", DocumentQueries.WAITING_FOR_A_PERSON);
    model.addAttribute("readsDocuments", readsDocuments);
    model.addAttribute("isAdmin", has(user, Roles.ADMIN));
    model.addAttribute("pageText", pageText(locale, typeOptions(locale)));
  }

  private List<TypeOption> typeOptions(Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    return types.all().stream()
        .map(t -> new TypeOption(t.id(), name(t, english)))
        .sorted((a, b) -> a.id().compareTo(b.id()))
        .toList();
  }

  private static String name(FieldTemplate t, boolean english) {
    String name = english && t.nameEn() != null ? t.nameEn() : t.nameJa();
    return name == null || name.isBlank() ? t.id() : name;
  }

  /** The texts the scripts show, from the bundles (a script has no access to them otherwise). */
  private String pageText(Locale locale, List<TypeOption> typeOptions) {
    var texts = new LinkedHashMap<String, Object>();
    var typeNames = new LinkedHashMap<String, String>();
    typeOptions.forEach(t -> typeNames.put(t.id(), t.name()));
    texts.put("types", typeNames);
    for (DocumentStatus s : DocumentStatus.values()) {
      texts.put("status." + s.name(), messages.getMessage("documents.status." + s, null, locale));
    }
    for (String key : SCRIPT_TEXTS) {
      texts.put(key, messages.getMessage("documents.js." + key, null, locale));
    }
    texts.put("error.network", messages.getMessage("page.error.network", null, locale));
    texts.put("error.generic", messages.getMessage("page.error.generic", null, locale));
    return scriptJson.of(texts);
  }

  private static final List<String> SCRIPT_TEXTS =
      List.of(
          "loading",
          "empty",
          "range",
          "source.upload",
          "source.folder",
          "source.other",
          "notype",
          "uploaded",
          "uploadFailed",
          "uploading",
          "noText",
          "noPages",
          "page",
          "case.ACTIVE",
          "case.COMPLETED",
          "case.SUSPENDED",
          "case.EXTERNALLY_TERMINATED",
          "case.INTERNALLY_TERMINATED",
          "case.UNKNOWN",
          "case.noTasks",
          "action.ASSIGN_TYPE",
          "action.RETRY",
          "action.RELEASE",
          "action.RELEASE_OVERRIDE",
          "action.ACCEPT_DUPLICATE",
          "confirm.ASSIGN_TYPE",
          "confirm.RETRY",
          "confirm.RELEASE",
          "confirm.RELEASE_OVERRIDE",
          "confirm.ACCEPT_DUPLICATE",
          "done",
          "field.status.OK",
          "field.status.LOW_CONFIDENCE",
          "field.status.MISSING",
          "field.status.INVALID",
          "field.status.CORRECTED",
          "field.status.CONFIRMED",
          "field.table",
          "chooseType",
          "bytes");

  private static boolean has(Authentication user, String... roles) {
    return user.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(a -> List.of(roles).stream().anyMatch(r -> a.equals("ROLE_" + r)));
  }
}
