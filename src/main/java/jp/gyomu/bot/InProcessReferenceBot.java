package jp.gyomu.bot;

import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.util.Base64;
import jp.gyomu.system.GyomuProperties;
import jp.gyomu.system.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs the reference bot inside Gyomu (unless {@code GYOMU_BOT_ENABLED=false}), as its own bot user
 * talking to this node's REST API like any other RPA tool.
 */
@Component
@ConditionalOnProperty(prefix = "gyomu.bot", name = "enabled", matchIfMissing = true)
class InProcessReferenceBot {

  private static final Logger log = LoggerFactory.getLogger(InProcessReferenceBot.class);

  private final BotSettings settings;
  private final GyomuProperties gyomu;
  private final IdentityService identity;
  private final Environment environment;
  private ReferenceBot bot;

  InProcessReferenceBot(
      BotSettings settings,
      GyomuProperties gyomu,
      IdentityService identity,
      Environment environment) {
    this.settings = settings;
    this.gyomu = gyomu;
    this.identity = identity;
    this.environment = environment;
  }

  @EventListener
  synchronized void start(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
      return;
    }
    String node = environment.getProperty("gyomu.intake.node-name", "");
    if (!node.isBlank() && (settings.password() == null || settings.password().isBlank())) {
      // a named node is one of a cluster: its fresh password would lock out the others' bots
      log.warn(
          "GYOMU_BOT_PASSWORD is blank on node {}: each node that starts gives the bot user a new"
              + " password, and the bots of the nodes started before it stop working. Set the"
              + " same GYOMU_BOT_PASSWORD on every node.",
          node);
    }
    String password = ensureBotUser();
    String url = "http://localhost:" + web.getWebServer().getPort() + "/engine-rest";
    bot =
        ReferenceBot.start(
            url,
            settings.user(),
            password,
            settings.topics(),
            gyomu.dataDir().resolve("outbox"),
            settings.lockDuration(),
            // the node's name in a cluster, so the external task log tells the nodes' bots apart
            node.isBlank() ? ReferenceBot.hostName() : node);
  }

  @PreDestroy
  synchronized void stop() {
    if (bot != null) {
      bot.close();
    }
  }

  /** Creates the bot user, or gives it this start's password; returns the password. */
  private String ensureBotUser() {
    String password =
        settings.password() == null || settings.password().isBlank()
            ? randomPassword()
            : settings.password();
    var user = identity.createUserQuery().userId(settings.user()).singleResult();
    if (user == null) {
      user = identity.newUser(settings.user());
      user.setFirstName("Reference");
      user.setLastName("Bot");
    }
    user.setPassword(password);
    identity.saveUser(user);
    if (identity.createGroupQuery().groupMember(settings.user()).groupId(Roles.BOT_GROUP).count()
        == 0) {
      identity.createMembership(settings.user(), Roles.BOT_GROUP);
    }
    return password;
  }

  private static String randomPassword() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
