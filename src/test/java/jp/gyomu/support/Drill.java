package jp.gyomu.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Kills or stops processes and databases on purpose (crash drills): minutes, and the full tier
 * only. ({@code ./mvnw test -Pfast} leaves it out).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("drill")
public @interface Drill {}
