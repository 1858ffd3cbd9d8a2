package io.cselocal.seed;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.cselocal.engine.Addresses;
import io.cselocal.engine.Engine;
import io.cselocal.engine.EngineNetwork;
import io.cselocal.engine.EngineStatus;
import io.cselocal.engine.Flavor;
import io.cselocal.error.CseException;
import io.cselocal.web.Texts;
import org.jspecify.annotations.Nullable;

/**
 * What an engine that the control plane creates has when the caller does not say: the demo engine's flavor and
 * settings, {@code Available}, no job, a network derived from its id. Also keeps flavor and spec type in step.
 */
public final class EngineDefaults {

	public static final String FLAVOR = "cse.s1.small2";

	public static final String CREATE_USER = "cse-local";

	private EngineDefaults() {
	}

	/** A new {@code Available} engine named as its id, at {@code version}, created at {@code now}. */
	public static Engine engine(String projectId, String id, String version, String region, long now) {
		EngineNetwork network = new EngineNetwork("vpc-default", Addresses.uuid(id, "vpc"), Addresses.uuid(id, "subnet"),
				"192.168.0.0/24", "", List.of(region + "a"));
		return new Engine(projectId, id, "0", id, "", null, FLAVOR, Flavor.SpecType.CSE2.name(), "NONE", "1", version,
				EngineStatus.Available, CREATE_USER, now, null, network, Map.of(), 0);
	}

	/**
	 * The flavor and spec type an engine ends up with when a caller sets either or both: a flavor brings its spec
	 * type; a spec type alone brings its first flavor unless the current one already belongs to it.
	 *
	 * @param path the JSON path of the object, for messages, such as {@code engines[2]}; empty for a request body
	 */
	public static Flavor flavor(@Nullable String flavor, @Nullable String specType, String currentFlavor, String path) {
		if (flavor == null) {
			Flavor current = Flavor.find(currentFlavor).orElse(Flavor.S1_SMALL2);
			if (specType == null || current.specType().name().equals(specType)) {
				return current;
			}
			return Arrays.stream(Flavor.values()).filter((f) -> f.specType().name().equals(specType)).findFirst()
				.orElseThrow();
		}
		Flavor chosen = Flavor.find(flavor)
			.orElseThrow(() -> CseException.badRequest("Parameter '" + path + "flavor' " + Texts.quote(flavor)
					+ " is not a flavor; the flavors are: " + String.join(", ",
							Arrays.stream(Flavor.values()).map(Flavor::id).toList())
					+ "."));
		if (specType != null && !chosen.specType().name().equals(specType)) {
			throw CseException.badRequest("Parameter '" + path + "specType' " + Texts.quote(specType)
					+ " does not match flavor " + chosen.id() + ", which is of spec type " + chosen.specType() + ".");
		}
		return chosen;
	}

}
