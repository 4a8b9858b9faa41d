package jp.gyomu.system.login;

import java.time.Instant;
import java.util.List;

/**
 * Recent failed logins, per user name and per client address.
 *
 * @param users user names that failed (unknown names included), most recent first
 * @param addresses client addresses (IPv6: their /64 network) that failed, most recent first
 */
public record LoginFailures(List<Source> users, List<Source> addresses) {

  /**
   * @param name the user name (lower case) or client address
   * @param failures failures since it was last quiet for the forget-after time
   * @param lastFailure the most recent one
   * @param waitSeconds how long a client beyond its free failures still has to wait for it
   */
  public record Source(String name, int failures, Instant lastFailure, long waitSeconds) {}
}
