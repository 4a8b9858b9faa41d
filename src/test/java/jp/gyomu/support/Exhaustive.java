package jp.gyomu.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Probes every endpoint or every case of a large table: the full tier only. ({@code ./mvnw test
 * -Pfast} leaves it out).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("exhaustive")
public @interface Exhaustive {}
