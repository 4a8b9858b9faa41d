package jp.gyomu.bot;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The in-process reference bot, from {@code GYOMU_BOT_*} environment variables.
 *
 * @param enabled run the reference bot inside Gyomu
 * @param user the bot's Camunda user, created in {@code gyomu-bots} at start-up
 * @param password fixed password (set the same on every node of a cluster); blank means a fresh
 *     random one on every start, kept in memory only
 * @param topics the external task topics it works
 * @param lockDuration how long a fetched case stays locked to the bot; extended while it works
 */
@ConfigurationProperties(prefix = "gyomu.bot")
public record BotSettings(
    boolean enabled, String user, String password, List<String> topics, Duration lockDuration) {}
