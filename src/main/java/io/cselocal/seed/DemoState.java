package io.cselocal.seed;

import java.util.List;
import java.util.Map;

import io.cselocal.engine.Engine;
import io.cselocal.engine.EngineNetwork;
import io.cselocal.engine.EngineStatus;
import io.cselocal.job.Job;
import io.cselocal.job.JobPlan;

/**
 * The demo engine of the CSE API reference's upgrade example ({@code 891bf21a-...}, named {@code test}, at 2.3.4),
 * in the project the README uses, with the finished job that created it.
 */
public final class DemoState {

	public static final String PROJECT_ID = "0123456789abcdef0123456789abcdef";

	public static final String ENGINE_ID = "891bf21a-4024-4f47-b38c-bd259ca8f10a";

	static final long CREATED_AT = 1_699_419_600_000L;

	private static final long CREATE_STAGE_MILLIS = 300_000L;

	private DemoState() {
	}

	static Job createJob(int jobId) {
		Job started = Job.start(jobId, PROJECT_ID, ENGINE_ID, JobPlan.CREATE, JobPlan.CREATE.describe("test"),
				"cse-local", Map.of(), CREATED_AT, CREATE_STAGE_MILLIS, null);
		return started.advancedTo(CREATED_AT + JobPlan.CREATE.stages().size() * CREATE_STAGE_MILLIS);
	}

	static Engine engine(int createJobId) {
		EngineNetwork network = new EngineNetwork("vpc-default", "3f0e7d0c-6bd1-4a8c-9f2b-1d2c3e4f5a6b",
				"8c3f1e2d-4b5a-4c6d-8e7f-9a0b1c2d3e4f", "192.168.0.0/24", "",
				List.of("cn-north-4a", "cn-north-4b"));
		return new Engine(PROJECT_ID, ENGINE_ID, "0", "test", "Demo engine of cse-local", null, "cse.s1.small2", "CSE2",
				"NONE", "1", "2.3.4", EngineStatus.Available, "cse-local", CREATED_AT, createJobId, network,
				Map.of("nodeFlavor", "s6.large.2"), 0);
	}

}
