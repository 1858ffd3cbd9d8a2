package io.cselocal.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import io.cselocal.store.JsonColumns;
import io.cselocal.store.ResettableState;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Repository;

/** The jobs, one row each with its stages, and the database sequence their ids come from. */
@Repository
public class JobStore implements ResettableState {

	private static final TypeReference<List<StageState>> STAGES = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, String>> CONTEXT = new TypeReference<>() {
	};

	private static final String COLUMNS = "id, project_id, engine_id, plan, type, status, description, create_user, "
			+ "context, start_time, end_time, stage_millis, stages, fault_stage, fault_result, next_due, row_version";

	private final JdbcClient jdbc;

	private final JsonColumns json;

	private final DataFieldMaxValueIncrementer ids;

	JobStore(JdbcClient jdbc, JsonColumns json, DataSource dataSource) throws MetaDataAccessException {
		this.jdbc = jdbc;
		this.json = json;
		this.ids = idSequence(dataSource);
	}

	/** A new job id: unique for the whole deployment, increasing, never reused. */
	public int nextId() {
		return this.ids.nextIntValue();
	}

	/**
	 * Makes every id this sequence gives from now on greater than {@code highest}; it never moves back. Some
	 * databases commit on a sequence change: call it outside the transaction that uses the ids.
	 */
	public void moveIdsPast(int highest) {
		if (highest > 0 && nextId() <= highest) {
			this.jdbc.sql("ALTER SEQUENCE job_ids RESTART WITH " + (highest + 1L)).update();
		}
	}

	/** Forgets every job; the id sequence goes on, so no old job id ever names a new job. */
	@Override
	public void clearAll() {
		this.jdbc.sql("DELETE FROM jobs").update();
	}

	@Override
	public void clearProject(String projectId) {
		this.jdbc.sql("DELETE FROM jobs WHERE project_id = :projectId").param("projectId", projectId).update();
	}

	public void insert(Job job) {
		this.jdbc.sql("INSERT INTO jobs (" + COLUMNS + ") VALUES (:id, :projectId, :engineId, :plan, :type, :status, "
				+ ":description, :createUser, :context, :startTime, :endTime, :stageMillis, :stages, :faultStage, "
				+ ":faultResult, :nextDue, :version)")
			.params(columns(job))
			.param("version", job.version())
			.update();
	}

	/** Saves a job if nobody saved it since it was read; false when someone did. */
	public boolean update(Job job) {
		return this.jdbc.sql("UPDATE jobs SET status = :status, end_time = :endTime, stages = :stages, "
				+ "fault_stage = :faultStage, fault_result = :faultResult, next_due = :nextDue, "
				+ "row_version = :version + 1 WHERE id = :id AND row_version = :version")
			.params(columns(job))
			.param("version", job.version())
			.update() == 1;
	}

	/**
	 * Saves the job, conditional on its version, and answers it as stored; a lost race throws, so that
	 * {@code Transactions} runs the whole operation again.
	 */
	public Job save(Job job) {
		if (!update(job)) {
			throw new OptimisticLockingFailureException("Job " + job.id() + " changed meanwhile");
		}
		return job.saved();
	}

	public Optional<Job> find(int id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM jobs WHERE id = :id").param("id", id).query(this::job).optional();
	}

	/** The job, if it belongs to that engine of that project. */
	public Optional<Job> find(String projectId, String engineId, int id) {
		return find(id).filter((job) -> job.projectId().equals(projectId) && job.engineId().equals(engineId));
	}

	/** The job running on the engine, if any. */
	public Optional<Job> running(String projectId, String engineId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM jobs WHERE project_id = :projectId AND engine_id = :engineId "
					+ "AND status = 'Executing' ORDER BY id DESC")
			.param("projectId", projectId)
			.param("engineId", engineId)
			.query(this::job)
			.list()
			.stream()
			.findFirst();
	}

	/** Ids of every running job whose current stage is due by {@code now}, in all projects. */
	public List<Integer> dueIds(long now) {
		return this.jdbc.sql("SELECT id FROM jobs WHERE status = 'Executing' AND next_due <= :now ORDER BY id")
			.param("now", now)
			.query(Integer.class)
			.list();
	}

	/** Ids of the project's running jobs whose current stage is due by {@code now}. */
	public List<Integer> dueIds(String projectId, long now) {
		return this.jdbc
			.sql("SELECT id FROM jobs WHERE project_id = :projectId AND status = 'Executing' AND next_due <= :now "
					+ "ORDER BY id")
			.param("projectId", projectId)
			.param("now", now)
			.query(Integer.class)
			.list();
	}

	/** A page of the engine's jobs, newest first. */
	public List<Job> listForEngine(String projectId, String engineId, int offset, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM jobs WHERE project_id = :projectId AND engine_id = :engineId "
					+ "ORDER BY id DESC LIMIT :limit OFFSET :offset")
			.param("projectId", projectId)
			.param("engineId", engineId)
			.param("limit", limit)
			.param("offset", offset)
			.query(this::job)
			.list();
	}

	public int countForEngine(String projectId, String engineId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM jobs WHERE project_id = :projectId AND engine_id = :engineId")
			.param("projectId", projectId)
			.param("engineId", engineId)
			.query(Integer.class)
			.single();
	}

	public void deleteForEngine(String projectId, String engineId) {
		this.jdbc.sql("DELETE FROM jobs WHERE project_id = :projectId AND engine_id = :engineId")
			.param("projectId", projectId)
			.param("engineId", engineId)
			.update();
	}

	private Map<String, @Nullable Object> columns(Job job) {
		JobFault fault = job.fault();
		Map<String, @Nullable Object> columns = new java.util.HashMap<>();
		columns.put("id", job.id());
		columns.put("projectId", job.projectId());
		columns.put("engineId", job.engineId());
		columns.put("plan", job.plan().name());
		columns.put("type", job.type().name());
		columns.put("status", job.status().name());
		columns.put("description", job.description());
		columns.put("createUser", job.createUser());
		columns.put("context", this.json.write(job.context()));
		columns.put("startTime", job.startTime());
		columns.put("endTime", job.endTime());
		columns.put("stageMillis", job.stageMillis());
		columns.put("stages", this.json.write(job.stages()));
		columns.put("faultStage", (fault != null) ? fault.atStage() : null);
		columns.put("faultResult", (fault != null) ? fault.result().name() : null);
		columns.put("nextDue", job.nextDue());
		return columns;
	}

	private Job job(ResultSet row, int rowNumber) throws SQLException {
		String faultResult = row.getString("fault_result");
		JobFault fault = (faultResult != null)
				? new JobFault(row.getInt("fault_stage"), JobFault.Result.valueOf(faultResult)) : null;
		return new Job(row.getInt("id"), row.getString("project_id"), row.getString("engine_id"),
				JobPlan.valueOf(row.getString("plan")), JobStatus.valueOf(row.getString("status")),
				row.getString("description"), row.getString("create_user"),
				this.json.read(row.getString("context"), CONTEXT), row.getLong("start_time"), row.getLong("end_time"),
				row.getLong("stage_millis"), this.json.read(row.getString("stages"), STAGES), fault,
				row.getLong("row_version"));
	}

	private static DataFieldMaxValueIncrementer idSequence(DataSource dataSource) throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, (meta) -> meta.getDatabaseProductName());
		return "PostgreSQL".equals(product) ? new PostgresSequenceMaxValueIncrementer(dataSource, "job_ids")
				: new H2SequenceMaxValueIncrementer(dataSource, "job_ids");
	}

	/** Every job of every project, by id (for the state document of the control plane). */
	public List<Job> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM jobs ORDER BY id").query(this::job).list();
	}

}
