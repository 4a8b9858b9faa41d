package jp.gyomu.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Drives headless Chromium: the full tier only. ({@code ./mvnw test -Pfast} leaves it out). A
 * failing test leaves a screenshot and the page source ({@link BrowserEvidence}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserEvidence.class)
public @interface Browser {}
