package jp.gyomu.registry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One Spring context for every registry and reporting test on the embedded H2 database, with the
 * demo data (the same properties everywhere, so Spring builds the context once).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "gyomu.data-dir=${java.io.tmpdir}/gyomu-registry-test/${random.uuid}",
      "gyomu.processes-dir=processes",
      "gyomu.admin-password=registry-test-admin",
      "gyomu.demo.enabled=true"
    })
public @interface RegistryIntegrationTest {}
