package io.cselocal.fault;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cselocal.store.ResettableState;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The fault rules, one row each, in the database: instances sharing it share the rules, and every count is a
 * conditional update, so two concurrent calls never both take a rule's last application.
 */
@Repository
class FaultStore implements ResettableState {

	private static final String COLUMNS = "id, operation, project_id, engine_id, times_left, probability, seed, "
			+ "matches, action_type, http_status, error_code, error_msg, delay_millis, job_result, at_stage";

	private final JdbcClient jdbc;

	FaultStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new rule and answers it with its id. */
	FaultRule insert(FaultRule rule) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO fault_rules (operation, project_id, engine_id, times_left, probability, seed, "
				+ "matches, action_type, http_status, error_code, error_msg, delay_millis, job_result, at_stage) "
				+ "VALUES (:operation, :projectId, :engineId, :times, :probability, :seed, 0, :type, :status, "
				+ ":errorCode, :errorMsg, :millis, :result, :atStage)")
			.params(columns(rule))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		return find(id).orElseThrow();
	}

	Optional<FaultRule> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM fault_rules WHERE id = :id")
			.param("id", id)
			.query(FaultStore::rule)
			.optional();
	}

	/** Every rule, in creation order. */
	List<FaultRule> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM fault_rules ORDER BY id").query(FaultStore::rule).list();
	}

	/** The rules of one operation whose action is of one of {@code types}, in creation order. */
	List<FaultRule> forOperation(String operation, List<String> types) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM fault_rules WHERE operation = :operation AND action_type IN (:types) "
					+ "ORDER BY id")
			.param("operation", operation)
			.param("types", types)
			.query(FaultStore::rule)
			.list();
	}

	/**
	 * Counts one more call matched by the rule and answers its number (1 for the first), or empty if the rule is
	 * gone. The update locks the row until the transaction ends, so concurrent calls get distinct numbers.
	 */
	Optional<Long> countMatch(long id) {
		if (this.jdbc.sql("UPDATE fault_rules SET matches = matches + 1 WHERE id = :id").param("id", id).update() == 0) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT matches FROM fault_rules WHERE id = :id").param("id", id).query(Long.class).optional();
	}

	/** Takes one application off a counted rule, deleting it at zero; false if none was left. */
	boolean consume(long id) {
		int taken = this.jdbc.sql("UPDATE fault_rules SET times_left = times_left - 1 WHERE id = :id AND times_left > 0")
			.param("id", id)
			.update();
		this.jdbc.sql("DELETE FROM fault_rules WHERE id = :id AND times_left = 0").param("id", id).update();
		return taken == 1;
	}

	boolean delete(long id) {
		return this.jdbc.sql("DELETE FROM fault_rules WHERE id = :id").param("id", id).update() == 1;
	}

	@Override
	public void clearAll() {
		this.jdbc.sql("DELETE FROM fault_rules").update();
	}

	/** Forgets the rules aimed at one project; rules for every project stay. */
	@Override
	public void clearProject(String projectId) {
		this.jdbc.sql("DELETE FROM fault_rules WHERE project_id = :projectId").param("projectId", projectId).update();
	}

	private static Map<String, @Nullable Object> columns(FaultRule rule) {
		FaultAction action = rule.action();
		Map<String, @Nullable Object> columns = new HashMap<>();
		columns.put("operation", rule.operation());
		columns.put("projectId", rule.projectId());
		columns.put("engineId", rule.engineId());
		columns.put("times", rule.times());
		columns.put("probability", rule.probability());
		columns.put("seed", rule.seed());
		columns.put("type", action.type());
		columns.put("status", action.status());
		columns.put("errorCode", action.errorCode());
		columns.put("errorMsg", action.errorMsg());
		columns.put("millis", action.millis());
		columns.put("result", action.result());
		columns.put("atStage", action.atStage());
		return columns;
	}

	private static FaultRule rule(ResultSet row, int rowNumber) throws SQLException {
		FaultAction action = new FaultAction(row.getString("action_type"), row.getObject("http_status", Integer.class),
				row.getString("error_code"), row.getString("error_msg"), row.getObject("delay_millis", Integer.class),
				row.getString("job_result"), row.getObject("at_stage", Integer.class));
		return new FaultRule(row.getLong("id"), row.getString("operation"), row.getString("project_id"),
				row.getString("engine_id"), row.getObject("times_left", Integer.class),
				row.getObject("probability", Double.class), row.getObject("seed", Long.class), row.getLong("matches"),
				action);
	}

}
