package io.cselocal.auth;

/**
 * An AK/SK signature that cannot even be checked: the {@code Authorization} header, the {@code X-Sdk-Date} or the
 * percent-encoding of the request is malformed. The message says what is wrong and never contains a secret key.
 */
final class MalformedSignatureException extends RuntimeException {

	MalformedSignatureException(String message) {
		super(message, null, false, false);
	}

}
