package io.cselocal.admin;

import io.cselocal.clock.EmulatorClock;
import io.cselocal.job.JobService;
import io.cselocal.seed.StartupState;
import io.cselocal.seed.StateDocument;
import io.cselocal.seed.StateDocuments;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** Export and import of all state. */
@Service
class StateService {

	private final StateDocuments documents;

	private final StartupState startup;

	private final JobService jobs;

	private final EmulatorClock clock;

	StateService(StateDocuments documents, StartupState startup, JobService jobs, EmulatorClock clock) {
		this.documents = documents;
		this.startup = startup;
		this.jobs = jobs;
		this.clock = clock;
	}

	/** Every engine and job, once the running jobs are brought up to now, so the document shows the present. */
	StateDocument export() {
		this.jobs.settleAllDue(this.clock.now());
		return this.documents.export();
	}

	/** Replaces all state with the document, once all of it is valid; answers the state as now stored. */
	StateDocument replace(byte @Nullable [] body) {
		this.startup.replace(this.documents.read(body));
		return this.documents.export();
	}

}
