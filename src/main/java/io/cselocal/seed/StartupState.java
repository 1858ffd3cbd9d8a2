package io.cselocal.seed;

import java.util.List;

import io.cselocal.engine.EngineStore;
import io.cselocal.job.Job;
import io.cselocal.job.JobStore;
import io.cselocal.store.ResettableState;
import io.cselocal.store.Transactions;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The state cse-local starts from: the demo engine. It goes into an empty store once, at start-up (a store that was
 * seeded before, an H2 file or a database shared by several instances, keeps what it holds), and back on reset.
 */
@Component
public class StartupState implements ApplicationRunner {

	private final JdbcClient jdbc;

	private final EngineStore engines;

	private final JobStore jobs;

	private final Transactions transactions;

	private final List<ResettableState> states;

	StartupState(JdbcClient jdbc, EngineStore engines, JobStore jobs, Transactions transactions,
			List<ResettableState> states) {
		this.jdbc = jdbc;
		this.engines = engines;
		this.jobs = jobs;
		this.transactions = transactions;
		this.states = states;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			this.transactions.run(() -> {
				this.jdbc.sql("INSERT INTO emulator_meta (name, text_value) VALUES ('seeded', 'demo')").update();
				load();
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
		this.transactions.run(() -> {
			this.jdbc.sql("DELETE FROM jobs").update();
			this.jdbc.sql("DELETE FROM engines").update();
			this.states.forEach(ResettableState::clearAll);
			load();
		});
	}

	private void load() {
		Job created = DemoState.createJob(this.jobs.nextId());
		this.jobs.insert(created);
		this.engines.insert(DemoState.engine(created.id()));
	}

}
