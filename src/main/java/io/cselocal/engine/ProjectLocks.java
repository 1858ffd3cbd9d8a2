package io.cselocal.engine;

import io.cselocal.store.Transactions;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Serialises the operations that must see all of a project's engines at once (a create checking the quota): each
 * takes the lock row of its project, in the database, so it holds across instances sharing one.
 */
@Component
class ProjectLocks {

	private final JdbcClient jdbc;

	private final Transactions transactions;

	ProjectLocks(JdbcClient jdbc, Transactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Makes sure the project has its lock row; call it outside the transaction that will take the lock. */
	void prepare(String projectId) {
		boolean exists = this.jdbc.sql("SELECT COUNT(*) FROM project_locks WHERE project_id = :projectId")
			.param("projectId", projectId)
			.query(Integer.class)
			.single() > 0;
		if (!exists) {
			try {
				this.transactions.run(() -> this.jdbc.sql("INSERT INTO project_locks (project_id) VALUES (:projectId)")
					.param("projectId", projectId)
					.update());
			}
			catch (DuplicateKeyException createdMeanwhile) {
				// another request created it first: the row is there, which is all that matters
			}
		}
	}

	/** Takes the project's lock until the current transaction ends. */
	void lock(String projectId) {
		this.jdbc.sql("SELECT project_id FROM project_locks WHERE project_id = :projectId FOR UPDATE")
			.param("projectId", projectId)
			.query(String.class)
			.single();
	}

}
