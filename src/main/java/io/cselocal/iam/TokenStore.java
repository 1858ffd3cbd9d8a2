package io.cselocal.iam;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import io.cselocal.auth.IssuedToken;
import io.cselocal.auth.IssuedTokens;
import io.cselocal.auth.Secrets;
import io.cselocal.store.ResettableState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tokens IAM has issued. A token is 96 random bytes behind the {@code MII} that Keystone's tokens start with;
 * only its SHA-256 is stored, so the store cannot give a token away.
 */
@Component
class TokenStore implements IssuedTokens, ResettableState {

	private static final int RANDOM_BYTES = 96;

	private final JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	TokenStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new token, not yet stored. */
	String newToken() {
		byte[] bytes = new byte[RANDOM_BYTES];
		this.random.nextBytes(bytes);
		return "MII" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	void insert(String token, IssuedToken issued, long issuedAt) {
		this.jdbc.sql("INSERT INTO iam_tokens (token_hash, user_name, domain_name, project_id, issued_at, expires_at) "
				+ "VALUES (:hash, :user, :domain, :project, :issued, :expires)")
			.param("hash", Secrets.sha256Hex(token))
			.param("user", issued.userName())
			.param("domain", issued.domainName())
			.param("project", issued.projectId())
			.param("issued", issuedAt)
			.param("expires", issued.expiresAt())
			.update();
	}

	@Override
	public Optional<IssuedToken> find(String token) {
		return this.jdbc.sql("SELECT user_name, domain_name, project_id, expires_at FROM iam_tokens WHERE token_hash = :hash")
			.param("hash", Secrets.sha256Hex(token))
			.query((row, number) -> new IssuedToken(row.getString("user_name"), row.getString("domain_name"),
					row.getString("project_id"), row.getLong("expires_at")))
			.optional();
	}

	/** Forgets tokens that expired before {@code before}; they then read as unknown rather than expired. */
	void purgeExpiredBefore(long before) {
		this.jdbc.sql("DELETE FROM iam_tokens WHERE expires_at < :before").param("before", before).update();
	}

	@Override
	public void clearAll() {
		this.jdbc.sql("DELETE FROM iam_tokens").update();
	}

	@Override
	public void clearProject(String projectId) {
		this.jdbc.sql("DELETE FROM iam_tokens WHERE project_id = :project").param("project", projectId).update();
	}

}
