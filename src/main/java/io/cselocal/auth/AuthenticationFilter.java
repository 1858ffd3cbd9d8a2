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

/** Refuses requests to the CSE API without acceptable credentials, before anything else looks at them. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class AuthenticationFilter extends OncePerRequestFilter {

	private final Authenticator authenticator;

	private final HandlerExceptionResolver errors;

	AuthenticationFilter(Authenticator authenticator,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
		this.authenticator = authenticator;
		this.errors = errors;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !ApiPaths.isCse(request);
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
