package jp.gyomu.system.engine;

import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;

/** The user an engine call runs as ({@code IdentityService} hands out an internal type for it). */
public final class EngineCaller {

  private EngineCaller() {}

  /** The user the current engine call runs as, if one is set. */
  public static Optional<String> current(IdentityService identity) {
    var current = identity.getCurrentAuthentication();
    return current == null ? Optional.empty() : Optional.ofNullable(current.getUserId());
  }

  /** Runs {@code work} with no user set, then puts back whoever was set before. */
  public static <T> T withoutCaller(IdentityService identity, Supplier<T> work) {
    var current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }
}
