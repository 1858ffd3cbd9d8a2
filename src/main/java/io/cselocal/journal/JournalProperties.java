package io.cselocal.journal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the request journal ({@code cselocal.journal.*}).
 *
 * @param capacity how many requests it keeps, the newest; {@code 0} keeps none. Each entry takes at most about
 * 8 KB, so the default of 1000 holds under 8 MB and the largest, 100000, under 800 MB
 */
@Validated
@ConfigurationProperties("cselocal.journal")
public record JournalProperties(@Min(0) @Max(100_000) @DefaultValue("1000") int capacity) {
}
