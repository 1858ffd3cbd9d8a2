package io.cselocal.seed;

import java.io.IOException;
import java.io.InputStream;

import io.cselocal.error.CseException;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The bytes of {@code cselocal.seed-file}, read once at start-up: a seed file that cannot be read or is not a valid
 * state document stops the start with a message that says why.
 */
@Component
class SeedFile {

	private final @Nullable String location;

	private final byte @Nullable [] bytes;

	SeedFile(SeedProperties properties, ResourceLoader resources) {
		this.location = blankToNull(properties.seedFile());
		this.bytes = (this.location != null) ? read(this.location, resources) : null;
	}

	/** The document's bytes, or {@code null} when no seed file is set. */
	byte @Nullable [] bytes() {
		return this.bytes;
	}

	/** The state of the document, checked: an invalid seed file is a start-up failure naming the problem. */
	StateDocuments.@Nullable State state(StateDocuments documents) {
		if (this.bytes == null) {
			return null;
		}
		try {
			return documents.read(this.bytes);
		}
		catch (CseException invalid) {
			throw new IllegalStateException(
					"cselocal.seed-file " + this.location + " is not a valid state document: " + invalid.getMessage());
		}
	}

	private static byte[] read(String location, ResourceLoader resources) {
		Resource resource = (location.startsWith("classpath:") || location.startsWith("file:"))
				? resources.getResource(location) : new FileSystemResource(location);
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException unreadable) {
			throw new IllegalStateException("cselocal.seed-file " + location + " cannot be read: "
					+ unreadable.getMessage(), unreadable);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
