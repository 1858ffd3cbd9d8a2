package io.cselocal.auth;

import java.io.IOException;

import io.cselocal.error.CseException;
import io.cselocal.web.ApiPaths;
import io.cselocal.web.ApiRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses requests to the emulated API without acceptable credentials, before anything else looks at them: every
 * CSE request ({@code /v2}) and every IAM request ({@code /v3}) but the one that gets a token.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class AuthenticationFilter extends OncePerRequestFilter {

	/** IAM's {@code POST /v3/auth/tokens}, which takes a password instead of credentials. */
	static final String TOKENS_PATH = "/v3/auth/tokens";

	private final Authenticator authenticator;

	private final HandlerExceptionResolver errors;

	AuthenticationFilter(Authenticator authenticator,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
		this.authenticator = authenticator;
		this.errors = errors;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !needsCredentials(request);
	}

	static boolean needsCredentials(HttpServletRequest request) {
		String path = request.getRequestURI();
		return ApiPaths.isCse(request) || (path.startsWith("/v3/") && !path.equals(TOKENS_PATH));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ApiRequest api = ApiRequest.unwrap(request);
		try {
			if (api == null) {
				throw CseException.internal();
			}
			this.authenticator.authenticate(api).attachTo(request);
		}
		catch (CseException error) {
			this.errors.resolveException(request, response, null, error);
			return;
		}
		chain.doFilter(request, response);
	}

}
