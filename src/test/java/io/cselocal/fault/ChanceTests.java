package io.cselocal.fault;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The coin of probability rules: fixed by seed and match number, and fair. */
class ChanceTests {

	@Test
	void theSameSeedAndMatchShouldAlwaysGiveTheSameNumber() {
		assertThat(Chance.uniform(42, 1)).isEqualTo(Chance.uniform(42, 1)).isBetween(0.0, 1.0);
		assertThat(Chance.uniform(42, 1)).isNotEqualTo(Chance.uniform(42, 2));
		assertThat(Chance.uniform(42, 1)).isNotEqualTo(Chance.uniform(43, 1));
	}

	@Test
	void aProbabilityOfOneShouldAlwaysHit() {
		assertThat(LongStream.rangeClosed(1, 1000).allMatch((n) -> Chance.hit(7, n, 1.0))).isTrue();
	}

	@Test
	void aProbabilityShouldHitAboutThatShareOfMatches() {
		long hits = LongStream.rangeClosed(1, 100_000).filter((n) -> Chance.hit(2026, n, 0.25)).count();

		assertThat(hits).isBetween(24_000L, 26_000L);
	}

}
