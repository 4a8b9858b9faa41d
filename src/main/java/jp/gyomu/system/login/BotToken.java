package jp.gyomu.system.login;

import java.time.Instant;

/**
 * A bot's API token as administrators see it: never its secret.
 *
 * @param id names the token (to revoke it)
 * @param bot the bot user it stands for
 * @param label what the administrator noted (which robot, which host)
 * @param createdBy the administrator who created it
 * @param createdAt when
 * @param revokedBy the administrator who revoked it; null while it is valid
 * @param revokedAt when; null while it is valid
 */
public record BotToken(
    String id,
    String bot,
    String label,
    String createdBy,
    Instant createdAt,
    String revokedBy,
    Instant revokedAt) {}
