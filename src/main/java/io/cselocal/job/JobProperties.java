package io.cselocal.job;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of jobs ({@code cselocal.jobs.*}).
 *
 * @param stageDuration how long each stage of a job takes; {@code 0s} finishes jobs at once
 */
@Validated
@ConfigurationProperties("cselocal.jobs")
public record JobProperties(@NotNull @DurationMin(nanos = 0) @DefaultValue("2s") Duration stageDuration) {
}
