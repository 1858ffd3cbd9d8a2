package io.cselocal.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cselocal.store.JsonColumns;
import io.cselocal.store.ResettableState;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The engines, one row each, keyed by project and engine id. */
@Repository
public class EngineStore implements ResettableState {

	private static final TypeReference<List<String>> ZONES = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, String>> INPUTS = new TypeReference<>() {
	};

	private static final String COLUMNS = "project_id, id, enterprise_project_id, name, description, alias, flavor, "
			+ "spec_type, auth_type, payment, version, status, create_user, create_time, latest_job_id, vpc, vpc_id, "
			+ "network_id, subnet_cidr, public_ip_id, az_list, inputs, revision";

	private final JdbcClient jdbc;

	private final JsonColumns json;

	EngineStore(JdbcClient jdbc, JsonColumns json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Optional<Engine> find(String projectId, String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM engines WHERE project_id = :projectId AND id = :id")
			.param("projectId", projectId)
			.param("id", id)
			.query(this::engine)
			.optional();
	}

	/** Whether the project has an engine of that name. */
	public boolean nameTaken(String projectId, String name) {
		return this.jdbc.sql("SELECT COUNT(*) FROM engines WHERE project_id = :projectId AND name = :name")
			.param("projectId", projectId)
			.param("name", name)
			.query(Integer.class)
			.single() > 0;
	}

	/** How many engines the project holds, in every enterprise project. */
	public int count(String projectId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM engines WHERE project_id = :projectId")
			.param("projectId", projectId)
			.query(Integer.class)
			.single();
	}

	/**
	 * A page of the project's engines of the given spec types, newest first, in one enterprise project or, when
	 * {@code enterpriseProjectId} is null, in all of them.
	 */
	public List<Engine> list(String projectId, @Nullable String enterpriseProjectId, List<String> specTypes,
			int offset, int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM engines WHERE " + listFilter(enterpriseProjectId)
				+ " ORDER BY create_time DESC, id LIMIT :limit OFFSET :offset")
			.params(listParams(projectId, enterpriseProjectId, specTypes))
			.param("limit", limit)
			.param("offset", offset)
			.query(this::engine)
			.list();
	}

	/** How many engines {@link #list} pages through. */
	public int countList(String projectId, @Nullable String enterpriseProjectId, List<String> specTypes) {
		return this.jdbc.sql("SELECT COUNT(*) FROM engines WHERE " + listFilter(enterpriseProjectId))
			.params(listParams(projectId, enterpriseProjectId, specTypes))
			.query(Integer.class)
			.single();
	}

	private static String listFilter(@Nullable String enterpriseProjectId) {
		return "project_id = :projectId AND spec_type IN (:specTypes)"
				+ ((enterpriseProjectId != null) ? " AND enterprise_project_id = :enterpriseProjectId" : "");
	}

	private static Map<String, Object> listParams(String projectId, @Nullable String enterpriseProjectId,
			List<String> specTypes) {
		Map<String, Object> params = new HashMap<>();
		params.put("projectId", projectId);
		params.put("specTypes", specTypes);
		if (enterpriseProjectId != null) {
			params.put("enterpriseProjectId", enterpriseProjectId);
		}
		return params;
	}

	public void insert(Engine engine) {
		this.jdbc.sql("INSERT INTO engines (" + COLUMNS + ") VALUES (:projectId, :id, :enterpriseProjectId, :name, "
				+ ":description, :alias, :flavor, :specType, :authType, :payment, :version, :status, :createUser, "
				+ ":createTime, :latestJobId, :vpc, :vpcId, :networkId, :subnetCidr, :publicIpId, :azList, :inputs, "
				+ ":revision)")
			.params(columns(engine))
			.update();
	}

	/** Saves the engine if nobody saved it since it was read (same revision); false when someone did. */
	public boolean update(Engine engine) {
		return this.jdbc.sql("UPDATE engines SET enterprise_project_id = :enterpriseProjectId, name = :name, "
				+ "description = :description, alias = :alias, flavor = :flavor, spec_type = :specType, "
				+ "auth_type = :authType, payment = :payment, version = :version, status = :status, "
				+ "create_user = :createUser, create_time = :createTime, latest_job_id = :latestJobId, vpc = :vpc, "
				+ "vpc_id = :vpcId, network_id = :networkId, subnet_cidr = :subnetCidr, public_ip_id = :publicIpId, "
				+ "az_list = :azList, inputs = :inputs, revision = :revision + 1 "
				+ "WHERE project_id = :projectId AND id = :id AND revision = :revision")
			.params(columns(engine))
			.update() == 1;
	}

	/**
	 * Saves the engine, conditional on its revision; a lost race throws, so that {@code Transactions} runs the whole
	 * operation again and it sees the winner's write.
	 */
	public void save(Engine engine) {
		if (!update(engine)) {
			throw new OptimisticLockingFailureException("Engine " + engine.id() + " changed meanwhile");
		}
	}

	/** Removes the engine, conditional on its revision; a lost race throws, as {@link #save} does. */
	public void remove(Engine engine) {
		if (!delete(engine)) {
			throw new OptimisticLockingFailureException("Engine " + engine.id() + " changed meanwhile");
		}
	}

	@Override
	public void clearAll() {
		this.jdbc.sql("DELETE FROM engines").update();
	}

	@Override
	public void clearProject(String projectId) {
		this.jdbc.sql("DELETE FROM engines WHERE project_id = :projectId").param("projectId", projectId).update();
	}

	/** Removes the engine if nobody saved it since it was read. */
	public boolean delete(Engine engine) {
		return this.jdbc.sql("DELETE FROM engines WHERE project_id = :projectId AND id = :id AND revision = :revision")
			.param("projectId", engine.projectId())
			.param("id", engine.id())
			.param("revision", engine.revision())
			.update() == 1;
	}

	private Map<String, @Nullable Object> columns(Engine engine) {
		EngineNetwork network = engine.network();
		Map<String, @Nullable Object> columns = new HashMap<>();
		columns.put("projectId", engine.projectId());
		columns.put("id", engine.id());
		columns.put("enterpriseProjectId", engine.enterpriseProjectId());
		columns.put("name", engine.name());
		columns.put("description", engine.description());
		columns.put("alias", engine.alias());
		columns.put("flavor", engine.flavor());
		columns.put("specType", engine.specType());
		columns.put("authType", engine.authType());
		columns.put("payment", engine.payment());
		columns.put("version", engine.version());
		columns.put("status", engine.status().name());
		columns.put("createUser", engine.createUser());
		columns.put("createTime", engine.createTime());
		columns.put("latestJobId", engine.latestJobId());
		columns.put("vpc", network.vpc());
		columns.put("vpcId", network.vpcId());
		columns.put("networkId", network.networkId());
		columns.put("subnetCidr", network.subnetCidr());
		columns.put("publicIpId", network.publicIpId());
		columns.put("azList", this.json.write(network.azList()));
		columns.put("inputs", this.json.write(engine.inputs()));
		columns.put("revision", engine.revision());
		return columns;
	}

	private Engine engine(ResultSet row, int rowNumber) throws SQLException {
		Integer latestJobId = row.getObject("latest_job_id", Integer.class);
		EngineNetwork network = new EngineNetwork(row.getString("vpc"), row.getString("vpc_id"),
				row.getString("network_id"), row.getString("subnet_cidr"), row.getString("public_ip_id"),
				this.json.read(row.getString("az_list"), ZONES));
		return new Engine(row.getString("project_id"), row.getString("id"), row.getString("enterprise_project_id"),
				row.getString("name"), row.getString("description"), row.getString("alias"), row.getString("flavor"),
				row.getString("spec_type"), row.getString("auth_type"), row.getString("payment"),
				row.getString("version"), EngineStatus.valueOf(row.getString("status")), row.getString("create_user"),
				row.getLong("create_time"), latestJobId, network,
				this.json.read(row.getString("inputs"), INPUTS), row.getLong("revision"));
	}

	/** Every engine of every project, by project and id (for the state document of the control plane). */
	public List<Engine> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM engines ORDER BY project_id, id").query(this::engine).list();
	}

}
