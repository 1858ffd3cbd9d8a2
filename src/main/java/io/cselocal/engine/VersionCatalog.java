package io.cselocal.engine;

import java.util.List;

import io.cselocal.error.CseException;
import io.cselocal.web.Texts;

import org.springframework.stereotype.Component;

/** The engine versions cse-local offers, oldest first. */
@Component
public class VersionCatalog {

	private final List<Version> versions;

	VersionCatalog(CloudProperties properties) {
		this.versions = properties.versions().stream().map(String::strip).distinct().map(Version::parse).sorted().toList();
	}

	/** The newest version: every engine's {@code latestVersion}, and the version new engines get. */
	public Version latest() {
		return this.versions.get(this.versions.size() - 1);
	}

	public List<Version> versions() {
		return this.versions;
	}

	/** The catalog entry for {@code text}, or a 400 that lists the catalog. */
	public Version require(String text) {
		return this.versions.stream()
			.filter((version) -> version.text().equals(text))
			.findFirst()
			.orElseThrow(() -> CseException.badRequest("Parameter 'version' " + Texts.quote(text)
					+ " is not an available engine version; available versions: " + String.join(", ",
							this.versions.stream().map(Version::text).toList())
					+ "."));
	}

}
