package jp.gyomu.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo data, from {@code gyomu.demo.*}.
 *
 * @param enabled fill an empty registry with a demo on the embedded H2 database; never on another
 *     database, whatever this says
 */
@ConfigurationProperties(prefix = "gyomu.demo")
public record DemoSettings(boolean enabled) {}
