package io.cselocal.admin;

import java.time.Duration;
import java.time.Instant;

import io.cselocal.clock.EmulatorClock;
import io.cselocal.web.JsonBodyReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The emulator's clock, under {@code /_emulator/clock}: read it, move it forward. */
@RestController
@RequestMapping("/_emulator/clock")
@Tag(name = "Control plane: clock")
class ClockController {

	/** Ten years: far enough for any job or token, short of overflowing anything. */
	static final long MAX_SECONDS = 315_360_000L;

	private final EmulatorClock clock;

	private final JsonBodyReader bodies;

	ClockController(EmulatorClock clock, JsonBodyReader bodies) {
		this.clock = clock;
		this.bodies = bodies;
	}

	@GetMapping
	@Operation(operationId = "readClock", summary = "The emulator's time")
	ClockView read() {
		return view(this.clock.now());
	}

	@PostMapping("/advance")
	@Operation(operationId = "advanceClock", summary = "Move the clock forward; every job moves on as if that time had passed")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(schema = @Schema(implementation = AdvanceRequest.class)))
	ClockView advance(@RequestBody(required = false) byte @Nullable [] body) {
		AdvanceRequest request = this.bodies.readExact(body, AdvanceRequest.class);
		return view(this.clock.advance(Duration.ofSeconds(request.seconds())));
	}

	private ClockView view(long now) {
		return new ClockView(now, Instant.ofEpochMilli(now).toString(), this.clock.offsetMillis());
	}

	/** The body of {@code POST /_emulator/clock/advance}: whole seconds, from 1 to ten years. */
	record AdvanceRequest(@NotNull(message = "is required") @Min(value = 1,
			message = "must be at least 1: the clock only moves forward") @Max(value = MAX_SECONDS,
					message = "must be at most " + MAX_SECONDS + " (ten years)") @Nullable Long seconds) {
	}

	/** The emulator's time: epoch milliseconds, ISO-8601, and how far ahead of the machine's clock it is. */
	record ClockView(long now, String nowIso, long offsetMillis) {
	}

}
