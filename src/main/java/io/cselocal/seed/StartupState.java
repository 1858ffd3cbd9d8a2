package io.cselocal.seed;

import java.util.List;

import io.cselocal.engine.EngineStore;
import io.cselocal.job.Job;
import io.cselocal.job.JobStore;
import io.cselocal.store.ResettableState;
import io.cselocal.store.Transactions;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The state cse-local starts from: the seed file's document if {@code cselocal.seed-file} is set, else the demo
 * engine. It goes into an empty store once, at start-up (a store that was seeded before, an H2 file or a database
 * shared by several instances, keeps what it holds), and back on reset.
 */
@Component
public class StartupState implements ApplicationRunner {

	private final JdbcClient jdbc;

	private final EngineStore engines;

	private final JobStore jobs;

	private final Transactions transactions;

	private final List<ResettableState> states;

	private final StateDocuments.@Nullable State seed;

	StartupState(JdbcClient jdbc, EngineStore engines, JobStore jobs, Transactions transactions,
			List<ResettableState> states, SeedFile seedFile, StateDocuments documents) {
		this.jdbc = jdbc;
		this.engines = engines;
		this.jobs = jobs;
		this.transactions = transactions;
		this.states = states;
		this.seed = seedFile.state(documents);
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			moveJobIdsPast(this.seed);
			this.transactions.run(() -> {
				this.jdbc.sql("INSERT INTO emulator_meta (name, text_value) VALUES ('seeded', :by)")
					.param("by", (this.seed != null) ? "seed-file" : "demo")
					.update();
				load(this.seed);
			});
		}
		catch (DuplicateKeyException seededBefore) {
			// another instance, or an earlier run on the same store, has seeded it
		}
	}

	/**
	 * Puts the store back to the start-up state in one transaction: every engine and job goes, running jobs
	 * included, every other {@link ResettableState} is cleared, and the start-up state comes back. Job ids keep
	 * increasing, so no old job id ever names a new job.
	 */
	public void reset() {
		replaceWith(this.seed);
	}

	/**
	 * Replaces all state with a checked document, in one transaction, as a reset to that document would: every
	 * {@link ResettableState} is cleared too. The job id sequence first moves past the document's highest job id.
	 */
	public void replace(StateDocuments.State state) {
		replaceWith(state);
	}

	/** Forgets one project, in one transaction: its engines and jobs, and its part of every other state. */
	public void clearProject(String projectId) {
		this.transactions.run(() -> this.states.forEach((state) -> state.clearProject(projectId)));
	}

	private void replaceWith(StateDocuments.@Nullable State state) {
		moveJobIdsPast(state);
		this.transactions.run(() -> {
			this.states.forEach(ResettableState::clearAll);
			load(state);
		});
	}

	private void load(StateDocuments.@Nullable State state) {
		if (state == null) {
			Job created = DemoState.createJob(this.jobs.nextId());
			this.jobs.insert(created);
			this.engines.insert(DemoState.engine(created.id()));
			return;
		}
		state.engines().forEach(this.engines::insert);
		state.jobs().forEach(this.jobs::insert);
	}

	/** Moves the job id sequence past the document's ids, before the transaction that loads it. */
	private void moveJobIdsPast(StateDocuments.@Nullable State state) {
		if (state != null) {
			this.jobs.moveIdsPast(state.maxJobId());
		}
	}

}
