package io.cselocal.auth;

import java.util.Optional;

/** The tokens cse-local's IAM has issued, looked up by the token text a request carries. */
public interface IssuedTokens {

	/** The token, if IAM issued it and it has not been forgotten (by a reset); expired tokens included. */
	Optional<IssuedToken> find(String token);

}
