package io.cselocal.job;

import java.util.List;

import io.cselocal.store.Transactions;

import org.springframework.stereotype.Component;

/**
 * Brings jobs up to the emulator's clock: stages that are due end, the next ones start, and a job that finishes or
 * fails hands its outcome to the engine side. Work happens when a request looks, not on a timer, so nothing runs
 * between requests and a reset leaves no worker behind; every write is conditional on the row it read.
 */
@Component
public class JobSettler {

	private final JobStore store;

	private final Transactions transactions;

	private final List<JobEffects> effects;

	JobSettler(JobStore store, Transactions transactions, List<JobEffects> effects) {
		this.store = store;
		this.transactions = transactions;
		this.effects = effects;
	}

	/** Advances every running job of the project whose current stage is due by {@code now}. */
	public void settleDue(String projectId, long now) {
		for (int id : this.store.dueIds(projectId, now)) {
			settle(id, now);
		}
	}

	/** Advances every running job whose current stage is due by {@code now}, in all projects. */
	public void settleAllDue(long now) {
		for (int id : this.store.dueIds(now)) {
			settle(id, now);
		}
	}

	/** Advances one job to {@code now}. */
	public void settle(int id, long now) {
		this.transactions.run(() -> this.store.find(id).ifPresent((job) -> advance(job, now)));
	}

	private void advance(Job job, long now) {
		Job advanced = job.advancedTo(now);
		if (advanced.equals(job)) {
			return;
		}
		Job saved = this.store.save(advanced);
		if (saved.status() == JobStatus.Finished) {
			this.effects.forEach((effect) -> effect.finished(saved));
		}
		else if (saved.status().failed()) {
			this.effects.forEach((effect) -> effect.failed(saved));
		}
	}

}
