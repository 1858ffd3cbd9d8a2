package io.cselocal.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Handling of secrets (passwords, tokens, security tokens): compared in constant time, stored only as hashes. */
public final class Secrets {

	private Secrets() {
	}

	/** Whether two secrets are equal; takes as long whatever they hold, their lengths included. */
	public static boolean equal(String expected, String given) {
		return MessageDigest.isEqual(sha256(expected), sha256(given));
	}

	/** The SHA-256 of the secret's UTF-8 bytes, in lower-case hex: what a store keeps instead of the secret. */
	public static String sha256Hex(String secret) {
		return HexFormat.of().formatHex(sha256(secret));
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
