package jp.gyomu.system.login;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Administrators create and revoke bots' API tokens (SecurityConfig keeps it to them). */
@RestController
@RequestMapping("/api/bot-tokens")
@Tag(name = "Logins", description = "Failed logins and bots' API tokens (administrators)")
class BotTokenController {

  /**
   * @param bot the bot user (a member of gyomu-bots)
   * @param label an optional note: which robot, which host
   */
  record NewToken(String bot, String label) {}

  private final BotTokens tokens;

  BotTokenController(BotTokens tokens) {
    this.tokens = tokens;
  }

  @PostMapping
  @Operation(
      summary =
          "Create an API token for a bot; the answer holds the token, which is never shown again")
  ResponseEntity<IssuedBotToken> create(@RequestBody NewToken request, Principal admin) {
    String label = request.label() == null ? null : request.label().strip();
    if (label != null && label.length() > 200) {
      label = label.substring(0, 200);
    }
    IssuedBotToken issued = tokens.issue(request.bot(), label, admin.getName());
    return ResponseEntity.created(URI.create("/api/bot-tokens/" + issued.description().id()))
        .cacheControl(CacheControl.noStore())
        .body(issued);
  }

  @GetMapping
  @Operation(summary = "Every bot token, newest first, without secrets")
  List<BotToken> list() {
    return tokens.list();
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Revoke a token: the bot's next call with it is refused")
  ResponseEntity<Void> revoke(@PathVariable String id, Principal admin) {
    if (!tokens.revoke(id, admin.getName())) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND, "No bot token with this id, or it is revoked already.");
    }
    return ResponseEntity.noContent().build();
  }
}
