package jp.gyomu.system.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Gyomu runs the process engine, from {@code GYOMU_ENGINE_*} environment variables.
 *
 * @param leanHistory history level {@code full} without the rows nobody reads (decision 0019): the
 *     job and bot-step log of every successful step (failures stay) and the variable-detail copy of
 *     each variable as it is created (its value stays in the historic variables, changes stay in
 *     the details); {@code false} stores everything {@code full} stores
 */
@ConfigurationProperties(prefix = "gyomu.engine")
public record EngineSettings(@DefaultValue("true") boolean leanHistory) {}
