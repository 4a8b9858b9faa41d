package jp.gyomu.system.login;

import java.util.List;
import java.util.Objects;
import jp.gyomu.system.Roles;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** A user of the engine as Spring Security sees it: each Gyomu group a role. */
@Component
public class EngineUsers {

  /** The webapps a person may open; bots open none. */
  private static final List<String> WEBAPPS = List.of("cockpit", "tasklist", "admin");

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  public EngineUsers(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  /** Whether {@code userId}, in {@code groups}, may open Cockpit, Tasklist or Admin. */
  public boolean mayOpenAWebapp(String userId, List<String> groups) {
    return WEBAPPS.stream()
        .anyMatch(
            app ->
                authorizations.isUserAuthorized(
                    userId, groups, Permissions.ACCESS, Resources.APPLICATION, app));
  }

  /** The engine's group ids of {@code userId}. */
  public List<String> groups(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .toList();
  }

  /**
   * {@code userId}, authenticated, with a role per Gyomu group; the details carry the group ids for
   * the engine (EngineAuthenticationFilter).
   */
  public Authentication authenticated(String userId) {
    return authenticated(userId, groups(userId));
  }

  /** The same, with the groups already looked up. */
  public Authentication authenticated(String userId, List<String> groups) {
    var authorities =
        groups.stream()
            .map(Roles.ROLE_BY_GROUP::get)
            .filter(Objects::nonNull)
            .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
            .toList();
    var token = UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    token.setDetails(groups);
    return token;
  }
}
