package io.cselocal.auth;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.cselocal.CseLocalTest;
import io.cselocal.seed.StartupState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests for {@link AccessKeyLockouts}: counts that concurrent failures cannot lose. */
@CseLocalTest
class AccessKeyLockoutsTests {

	private static final long NOW = 1_000_000L;

	@Autowired
	private AccessKeyLockouts lockouts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private StartupState state;

	@BeforeEach
	void reset() {
		this.state.reset();
	}

	@Test
	void concurrentFirstFailuresOfAKeyShouldAllBeCounted() throws Exception {
		int threads = 8;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		try {
			Future<?>[] failures = new Future<?>[threads];
			for (int thread = 0; thread < threads; thread++) {
				failures[thread] = pool.submit(() -> {
					start.await();
					this.lockouts.recordFailure("AKRACE", 100, NOW + 300_000);
					return null;
				});
			}
			start.countDown();
			for (Future<?> failure : failures) {
				failure.get(10, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(this.jdbc.sql("SELECT failures FROM access_key_lockouts WHERE access_key = 'AKRACE'")
			.query(Integer.class)
			.single()).isEqualTo(threads);
		assertThat(this.lockouts.lockedUntil("AKRACE", NOW)).isEmpty();
	}

	@Test
	void theFailureThatReachesTheLimitShouldLockUntilTheGivenTimeAndStartANewCount() {
		for (int failure = 1; failure <= 3; failure++) {
			assertThat(this.lockouts.lockedUntil("AK1", NOW)).isEmpty();
			this.lockouts.recordFailure("AK1", 3, NOW + 300_000);
		}

		assertThat(this.lockouts.lockedUntil("AK1", NOW)).contains(NOW + 300_000);
		assertThat(this.lockouts.lockedUntil("AK1", NOW + 300_000)).isEmpty();
		assertThat(this.jdbc.sql("SELECT failures FROM access_key_lockouts WHERE access_key = 'AK1'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aSuccessShouldClearTheCount() {
		this.lockouts.recordFailure("AK2", 3, NOW);
		this.lockouts.recordFailure("AK2", 3, NOW);
		this.lockouts.recordSuccess("AK2");
		this.lockouts.recordFailure("AK2", 3, NOW + 1);
		this.lockouts.recordFailure("AK2", 3, NOW + 1);

		assertThat(this.lockouts.lockedUntil("AK2", NOW)).isEmpty();
	}

}
