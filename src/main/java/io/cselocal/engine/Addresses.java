package io.cselocal.engine;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Plausible, stable addresses for an engine: hosts inside its subnet and ids derived from the engine id, so the
 * same engine always shows the same values.
 */
public final class Addresses {

	private static final String FALLBACK_CIDR = "192.168.0.0/24";

	private Addresses() {
	}

	/** Host number {@code n} of the engine inside its IPv4 subnet (outside the first and last ten addresses). */
	static String host(String subnetCidr, String engineId, int n) {
		long[] subnet = parse(subnetCidr);
		if (subnet == null) {
			subnet = parse(FALLBACK_CIDR);
		}
		long size = subnet[1];
		long usable = Math.max(1, size - 20);
		long offset = 10 + Math.floorMod(stableHash(engineId + "#" + n), usable);
		return ipv4(subnet[0] + Math.min(offset, size - 2));
	}

	/** The gateway of the subnet: its first host. */
	static String gateway(String subnetCidr) {
		long[] subnet = parse(subnetCidr);
		return ipv4(((subnet != null) ? subnet : parse(FALLBACK_CIDR))[0] + 1);
	}

	/** A UUID derived from the engine id and a purpose. */
	public static String uuid(String engineId, String purpose) {
		return UUID.nameUUIDFromBytes((purpose + ":" + engineId).getBytes(StandardCharsets.UTF_8)).toString();
	}

	/** A positive number derived from the engine id. */
	static long number(String engineId) {
		return Math.floorMod(stableHash(engineId), 1_000_000L) + 1;
	}

	private static long stableHash(String text) {
		return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
	}

	/** Network address and size of an IPv4 CIDR with a prefix of 8 to 30 bits, or null. */
	private static long @Nullable [] parse(String cidr) {
		String[] parts = cidr.split("/");
		if (parts.length != 2 || !parts[1].matches("\\d{1,2}")) {
			return null;
		}
		int prefix = Integer.parseInt(parts[1]);
		String[] octets = parts[0].split("\\.");
		if (prefix < 8 || prefix > 30 || octets.length != 4) {
			return null;
		}
		long address = 0;
		for (String octet : octets) {
			if (!octet.matches("\\d{1,3}") || Integer.parseInt(octet) > 255) {
				return null;
			}
			address = (address << 8) | Integer.parseInt(octet);
		}
		long size = 1L << (32 - prefix);
		return new long[] { address & ~(size - 1) & 0xFFFFFFFFL, size };
	}

	private static String ipv4(long address) {
		return ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "."
				+ (address & 255);
	}

}
