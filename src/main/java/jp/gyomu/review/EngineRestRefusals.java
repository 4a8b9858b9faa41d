package jp.gyomu.review;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** Adds {@link RefusedDecisionMapper} to the engine REST API's Jersey application. */
@Component
class EngineRestRefusals implements ResourceConfigCustomizer {

  private final LocaleResolver languages;

  EngineRestRefusals(LocaleResolver languages) {
    this.languages = languages;
  }

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(new RefusedDecisionMapper(languages));
  }
}
