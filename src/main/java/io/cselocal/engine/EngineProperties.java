package io.cselocal.engine;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of engines ({@code cselocal.engines.*}).
 *
 * @param quota how many engines a project may hold
 */
@Validated
@ConfigurationProperties("cselocal.engines")
public record EngineProperties(@Min(0) @Max(10_000) @DefaultValue("5") int quota) {
}
