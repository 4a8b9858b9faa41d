package jp.gyomu.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Runs a {@link GyomuIntegrationTest} against the real PostgreSQL server instead of H2. All classes
 * so marked share one database and one Spring context (see {@link
 * OnPostgresContextCustomizerFactory}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("postgres")
public @interface OnPostgres {}
