package io.cselocal.clock;

import java.time.Clock;
import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The emulator's time: the machine's clock plus an offset that tests move forward, never back. The offset lives in
 * the store, so every instance sharing a database agrees on the time; jobs and tokens age by this clock only.
 */
@Component
public class EmulatorClock {

	private final Clock base;

	private final JdbcClient jdbc;

	EmulatorClock(JdbcClient jdbc) {
		this.base = Clock.systemUTC();
		this.jdbc = jdbc;
	}

	/** Now, in epoch milliseconds. */
	public long now() {
		return this.base.millis() + offsetMillis();
	}

	/** The machine's own time, in epoch milliseconds: what clients that sign requests read. */
	public long machineNow() {
		return this.base.millis();
	}

	/** How far the clock has been moved ahead of the machine's. */
	public long offsetMillis() {
		return this.jdbc.sql("SELECT offset_millis FROM emulator_clock WHERE id = 1").query(Long.class).single();
	}

	/** Moves the clock forward; the returned time is the new now. */
	public long advance(Duration by) {
		if (by.isNegative()) {
			throw new IllegalArgumentException("The clock never moves back");
		}
		this.jdbc.sql("UPDATE emulator_clock SET offset_millis = offset_millis + :by WHERE id = 1")
			.param("by", by.toMillis())
			.update();
		return now();
	}

}
