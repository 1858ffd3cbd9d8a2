package io.cselocal.engine;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The emulated cloud ({@code cselocal.*}).
 *
 * @param versions the version catalog: the engine versions an upgrade may target; the newest is every engine's
 * {@code latestVersion}, and new engines are created at it
 * @param region the region engines report (in {@code cceSpec.region}) and IAM's catalog names
 */
@Validated
@ConfigurationProperties("cselocal")
public record CloudProperties(
		@NotEmpty @DefaultValue({ "2.3.1", "2.3.4", "2.4.0" }) List<@Pattern(regexp = "\\d{1,6}(\\.\\d{1,6}){0,3}",
				message = "must be one to four dot-separated numbers") String> versions,
		@Pattern(regexp = "[a-z0-9-]{1,64}") @DefaultValue("cn-north-4") String region) {
}
