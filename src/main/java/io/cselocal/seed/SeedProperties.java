package io.cselocal.seed;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the start-up state comes from ({@code cselocal.seed-file}).
 *
 * @param seedFile a state document (the {@code /_emulator/state} format) to start from and to reset to: a file
 * path, a {@code file:} URL or a {@code classpath:} location; none for the demo engine
 */
@ConfigurationProperties("cselocal")
public record SeedProperties(@Nullable String seedFile) {
}
