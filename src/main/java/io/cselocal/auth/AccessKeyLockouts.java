package io.cselocal.auth;

import java.util.Optional;

import io.cselocal.store.ResettableState;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed signatures in a row, per access key, and the lock they lead to. Kept in the store, so that every instance
 * sharing a database counts the same failures; counts move by conditional updates, never read-then-write.
 */
@Component
class AccessKeyLockouts implements ResettableState {

	private final JdbcClient jdbc;

	AccessKeyLockouts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Until when the access key is locked, if it is locked at {@code now}. */
	Optional<Long> lockedUntil(String accessKey, long now) {
		return this.jdbc.sql("SELECT locked_until FROM access_key_lockouts WHERE access_key = :key AND locked_until > :now")
			.param("key", accessKey)
			.param("now", now)
			.query(Long.class)
			.optional();
	}

	/**
	 * Counts a failure; the {@code limit}-th in a row locks the key until {@code lockUntil} and starts a new count.
	 * Each statement is atomic on its own and runs outside any transaction, so that the insert that loses a race
	 * with another instance's first failure of the key does not abort anything (PostgreSQL).
	 */
	void recordFailure(String accessKey, int limit, long lockUntil) {
		if (increment(accessKey) == 0 && !insertFirstFailure(accessKey)) {
			increment(accessKey);
		}
		this.jdbc.sql("UPDATE access_key_lockouts SET failures = 0, locked_until = :until "
				+ "WHERE access_key = :key AND failures >= :limit")
			.param("until", lockUntil)
			.param("key", accessKey)
			.param("limit", limit)
			.update();
	}

	/** A success ends the run of failures. */
	void recordSuccess(String accessKey) {
		this.jdbc.sql("UPDATE access_key_lockouts SET failures = 0 WHERE access_key = :key AND failures > 0")
			.param("key", accessKey)
			.update();
	}

	@Override
	public void clearAll() {
		this.jdbc.sql("DELETE FROM access_key_lockouts").update();
	}

	/** Access keys are not a project's: nothing to forget. */
	@Override
	public void clearProject(String projectId) {
	}

	private int increment(String accessKey) {
		return this.jdbc.sql("UPDATE access_key_lockouts SET failures = failures + 1 WHERE access_key = :key")
			.param("key", accessKey)
			.update();
	}

	private boolean insertFirstFailure(String accessKey) {
		try {
			this.jdbc.sql("INSERT INTO access_key_lockouts (access_key, failures, locked_until) VALUES (:key, 1, 0)")
				.param("key", accessKey)
				.update();
			return true;
		}
		catch (DuplicateKeyException concurrentFirstFailure) {
			return false;
		}
	}

}
