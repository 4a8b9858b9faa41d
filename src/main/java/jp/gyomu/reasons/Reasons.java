package jp.gyomu.reasons;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Reasons as a person reads them: rendered from the same message bundles as the pages ({@code
 * messages.properties} Japanese, the default; {@code messages_en.properties} English).
 */
public final class Reasons {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Reasons() {}

  /** One reason in {@code locale}'s language; Japanese for any language Gyomu has no bundle for. */
  public static String text(Reason reason, Locale locale) {
    ResourceBundle bundle = bundle(locale);
    return new MessageFormat(bundle.getString(reason.key()), bundle.getLocale())
        .format(reason.arguments(cause -> text(cause, locale)));
  }

  /** Several reasons as one line; null when there are none. */
  public static String text(List<Reason> reasons, Locale locale) {
    if (reasons == null || reasons.isEmpty()) {
      return null;
    }
    String separator = "en".equals(bundle(locale).getLocale().getLanguage()) ? "; " : "。";
    return String.join(separator, reasons.stream().map(r -> text(r, locale)).toList());
  }

  /** Whether a bundle of this language has a text for every {@link ReasonCode}. */
  static List<ReasonCode> missingIn(Locale locale) {
    ResourceBundle bundle = bundle(locale);
    return java.util.Arrays.stream(ReasonCode.values())
        .filter(code -> !bundle.containsKey(code.key()))
        .toList();
  }

  private static ResourceBundle bundle(Locale locale) {
    try {
      return ResourceBundle.getBundle(
          "messages", locale == null ? Locale.JAPANESE : locale, NO_FALLBACK);
    } catch (MissingResourceException none) {
      return ResourceBundle.getBundle("messages", Locale.ROOT, NO_FALLBACK);
    }
  }
}
