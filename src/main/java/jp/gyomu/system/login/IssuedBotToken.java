package jp.gyomu.system.login;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A token just created: its description and, this once, its secret.
 *
 * @param description what the list shows later
 * @param token the secret the bot sends as {@code Authorization: Bearer <token>}; Gyomu keeps only
 *     its hash and cannot show it again
 */
public record IssuedBotToken(@JsonUnwrapped BotToken description, String token) {}
