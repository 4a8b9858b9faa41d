package jp.gyomu.reasons;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Why something happened to a document, a field or a request, as data: a code, its arguments and
 * optionally the reason behind it. A person reads it rendered from the message bundles ({@code
 * reason.*} keys) in their language; logs and bots read {@link #english()}. Stored as JSON ({@code
 * {"code": ..., "args": [...], "cause": {...}}}) so a screen can render it later in any language.
 *
 * @param code what happened
 * @param args the values the text names (labels, amounts, page numbers), as text
 * @param cause the reason behind this one, rendered as the last argument; null when none
 */
public record Reason(ReasonCode code, List<String> args, Reason cause) {

  public Reason {
    Objects.requireNonNull(code, "code");
    args = args == null ? List.of() : List.copyOf(args);
  }

  public static Reason of(ReasonCode code, Object... args) {
    return new Reason(code, Arrays.stream(args).map(String::valueOf).toList(), null);
  }

  /** This reason with {@code cause} behind it (e.g. a table's cell and what was wrong in it). */
  public Reason because(Reason cause) {
    return new Reason(code, args, cause);
  }

  /** The bundle key of this reason's text. */
  public String key() {
    return code.key();
  }

  /** The arguments to format the text with, the rendered cause last. */
  public Object[] arguments(Function<Reason, String> render) {
    Object[] all = args.toArray(new Object[args.size() + (cause == null ? 0 : 1)]);
    if (cause != null) {
      all[args.size()] = render.apply(cause);
    }
    return all;
  }

  /** The English text, for logs, bots and the older string fields. */
  public String english() {
    return Reasons.text(this, Locale.ENGLISH);
  }

  /** Several reasons as one English line, as the older string fields carry them. */
  public static String english(List<Reason> reasons) {
    return reasons == null || reasons.isEmpty()
        ? null
        : String.join("; ", reasons.stream().map(Reason::english).toList());
  }

  @Override
  public String toString() {
    return english();
  }
}
