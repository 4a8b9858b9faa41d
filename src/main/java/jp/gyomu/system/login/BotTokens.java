package jp.gyomu.system.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.gyomu.system.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/**
 * Bots' API tokens: 256 random bits, shown once, kept only as their SHA-256 (a slow hash adds
 * nothing to a secret nobody can guess), revocable one by one. A token stands for its bot only
 * while the bot is a member of the bots' group (or of the OCR workers', whose tokens the workers
 * send), so it never carries a person's rights.
 */
@Service
public class BotTokens {

  /** Marks Gyomu's tokens, so secret scanners and people recognise one in a file or a log. */
  static final String PREFIX = "gyomu_bot_";

  private static final int RANDOM_BYTES = 32;
  private static final String COLUMNS =
      "id, bot_user, label, created_by, created_at, revoked_by, revoked_at";
  private static final RowMapper<BotToken> ROW =
      (rs, i) ->
          new BotToken(
              rs.getString("id"),
              rs.getString("bot_user"),
              rs.getString("label"),
              rs.getString("created_by"),
              instant(rs.getTimestamp("created_at")),
              rs.getString("revoked_by"),
              instant(rs.getTimestamp("revoked_at")));

  private final JdbcTemplate jdbc;
  private final IdentityService identity;
  private final Clock clock = Clock.systemUTC();
  private final SecureRandom random = new SecureRandom();

  BotTokens(JdbcTemplate jdbc, IdentityService identity) {
    this.jdbc = jdbc;
    this.identity = identity;
  }

  /** A new token for {@code bot}; the only time its secret is known. */
  public IssuedBotToken issue(String bot, String label, String createdBy) {
    if (bot == null || !isBot(bot)) {
      throw new NotABotException(bot);
    }
    byte[] secret = new byte[RANDOM_BYTES];
    random.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    String id = UUID.randomUUID().toString();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    jdbc.update(
        "insert into gyomu_bot_token (id, bot_user, label, token_hash, created_by, created_at)"
            + " values (?, ?, ?, ?, ?, ?)",
        id,
        bot,
        label,
        hash(token),
        createdBy,
        Timestamp.from(now));
    return new IssuedBotToken(new BotToken(id, bot, label, createdBy, now, null, null), token);
  }

  /** Every token ever issued, newest first, without secrets. */
  public List<BotToken> list() {
    return jdbc.query(
        "select " + COLUMNS + " from gyomu_bot_token order by created_at desc, id", ROW);
  }

  /** Revokes a token at once; false when there is no such token. Revoking twice changes nothing. */
  public boolean revoke(String id, String revokedBy) {
    if (jdbc.queryForObject("select count(*) from gyomu_bot_token where id = ?", Long.class, id)
        == 0) {
      return false;
    }
    jdbc.update(
        "update gyomu_bot_token set revoked_by = ?, revoked_at = ? where id = ? and revoked_at is"
            + " null",
        revokedBy,
        Timestamp.from(clock.instant()),
        id);
    return true;
  }

  /** The bot a presented token stands for, if it is a live token of a current bot. */
  public Optional<String> botFor(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    return jdbc
        .queryForList(
            "select bot_user from gyomu_bot_token where token_hash = ? and revoked_at is null",
            String.class,
            hash(token))
        .stream()
        .findFirst()
        .filter(this::isBot);
  }

  private boolean isBot(String user) {
    return identity.createUserQuery().userId(user).memberOfGroup(Roles.BOT_GROUP).count() > 0
        || identity.createUserQuery().userId(user).memberOfGroup(Roles.OCR_WORKER_GROUP).count()
            > 0;
  }

  static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
