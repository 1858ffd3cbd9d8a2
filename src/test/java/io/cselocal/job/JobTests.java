package io.cselocal.job;

import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** How a job moves through its stages with the clock, and how it fails, hangs and is retried. */
class JobTests {

	private static final long START = 1_800_000_000_000L;

	private static final long STAGE = 1_000L;

	@Test
	void aNewJobShouldRunItsFirstStage() {
		Job job = upgrade(null);

		assertThat(job.status()).isEqualTo(JobStatus.Executing);
		assertThat(job.stages()).extracting(StageState::status)
			.containsExactly(JobStatus.Executing, JobStatus.Init, JobStatus.Init, JobStatus.Init);
		assertThat(job.nextDue()).isEqualTo(START + STAGE);
	}

	@Test
	void aJobShouldFinishWhenAllItsStagesHaveRun() {
		Job job = upgrade(null).advancedTo(START + 4 * STAGE);

		assertThat(job.status()).isEqualTo(JobStatus.Finished);
		assertThat(job.endTime()).isEqualTo(START + 4 * STAGE);
		assertThat(job.stages()).extracting(StageState::endTime)
			.containsExactly(START + STAGE, START + 2 * STAGE, START + 3 * STAGE, START + 4 * STAGE);
		assertThat(job.nextDue()).isNull();
	}

	@Test
	void aJobWithNoStageTimeShouldFinishAtOnce() {
		Job job = Job.start(1, "p", "e", JobPlan.UPGRADE, "d", "u", Map.of(), START, 0, null).advancedTo(START);

		assertThat(job.status()).isEqualTo(JobStatus.Finished);
		assertThat(job.endTime()).isEqualTo(START);
	}

	@Test
	void aFaultShouldFailTheJobAtItsStage() {
		Job job = upgrade(new JobFault(2, JobFault.Result.Error)).advancedTo(START + 10 * STAGE);

		assertThat(job.status()).isEqualTo(JobStatus.Error);
		assertThat(job.endTime()).isEqualTo(START + 2 * STAGE);
		assertThat(job.stages()).extracting(StageState::status)
			.containsExactly(JobStatus.Finished, JobStatus.Error, JobStatus.Init, JobStatus.Init);
		assertThat(job.currentStage()).isEqualTo(1);
	}

	@Test
	void aTimeoutFaultShouldEndInTimeout() {
		assertThat(upgrade(new JobFault(4, JobFault.Result.Timeout)).advancedTo(START + 10 * STAGE).status())
			.isEqualTo(JobStatus.Timeout);
	}

	@Test
	void aHangingJobShouldNeverFinish() {
		Job job = upgrade(new JobFault(3, JobFault.Result.Hang)).advancedTo(START + 1_000_000 * STAGE);

		assertThat(job.status()).isEqualTo(JobStatus.Executing);
		assertThat(job.stages()).extracting(StageState::status)
			.containsExactly(JobStatus.Finished, JobStatus.Finished, JobStatus.Executing, JobStatus.Init);
		assertThat(job.nextDue()).isNull();
	}

	@Test
	void aRetriedJobShouldRunAgainFromItsFailedStage() {
		Job failed = upgrade(new JobFault(2, JobFault.Result.Error)).advancedTo(START + 5 * STAGE);
		long retryAt = START + 100 * STAGE;

		Job retried = failed.retriedAt(retryAt, null);

		assertThat(retried.id()).isEqualTo(failed.id());
		assertThat(retried.status()).isEqualTo(JobStatus.Executing);
		assertThat(retried.stages().get(0)).isEqualTo(failed.stages().get(0));
		assertThat(retried.stages().get(1)).isEqualTo(new StageState(JobStatus.Executing, retryAt, 0));
		Job finished = retried.advancedTo(retryAt + 3 * STAGE);
		assertThat(finished.status()).isEqualTo(JobStatus.Finished);
		assertThat(finished.endTime()).isEqualTo(retryAt + 3 * STAGE);
	}

	@Test
	void onlyAFailedJobShouldBeRetried() {
		assertThatIllegalStateException().isThrownBy(() -> upgrade(null).retriedAt(START, null));
	}

	@Property
	void advancingInStepsShouldEqualAdvancingAtOnce(@ForAll("times") List<Long> steps,
			@ForAll("faults") JobFault fault) {
		Job stepwise = upgrade(fault);
		long now = START;
		for (long step : steps) {
			now += step;
			stepwise = stepwise.advancedTo(now);
		}
		assertThat(stepwise).isEqualTo(upgrade(fault).advancedTo(now));
	}

	@Property
	void aJobShouldNeverGoBack(@ForAll @LongRange(min = 0, max = 10 * STAGE) long earlier,
			@ForAll @LongRange(min = 0, max = 10 * STAGE) long later) {
		Job first = upgrade(null).advancedTo(START + Math.min(earlier, later));
		Job second = first.advancedTo(START + Math.max(earlier, later));
		assertThat(finishedStages(second)).isGreaterThanOrEqualTo(finishedStages(first));
		assertThat(first.advancedTo(START)).isEqualTo(first);
	}

	@Property
	void aJobWithoutFaultShouldFinishExactlyAfterAllStages(@ForAll @LongRange(min = 0, max = 8 * STAGE) long elapsed) {
		Job job = upgrade(null).advancedTo(START + elapsed);
		assertThat(job.status() == JobStatus.Finished).isEqualTo(elapsed >= 4 * STAGE);
		assertThat(finishedStages(job)).isEqualTo((int) Math.min(4, elapsed / STAGE));
	}

	@Provide
	Arbitrary<List<Long>> times() {
		return Arbitraries.longs().between(0, 3 * STAGE).list().ofMaxSize(12);
	}

	@Provide
	Arbitrary<JobFault> faults() {
		return Arbitraries.integers()
			.between(1, 4)
			.flatMap((stage) -> Arbitraries.of(JobFault.Result.class).map((result) -> new JobFault(stage, result)));
	}

	private static long finishedStages(Job job) {
		return job.stages().stream().filter((stage) -> stage.status() == JobStatus.Finished).count();
	}

	private static Job upgrade(JobFault fault) {
		return Job.start(10001, "p", "e", JobPlan.UPGRADE, "Upgrade", "u", Map.of("targetVersion", "2.4.0"), START,
				STAGE, fault);
	}

}
