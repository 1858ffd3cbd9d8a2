package io.cselocal.web;

import java.io.IOException;
import java.io.InputStream;

import io.cselocal.error.CseException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Reads the body of every request to the emulated API and the control plane up front: it enforces the gateway's
 * 12 MB limit (413 {@code APIGW.0201}), and lets later steps (signature checks, JSON parsing) see the same bytes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ApiRequestFilter extends OncePerRequestFilter {

	/** The API gateway's limit on request bodies. */
	public static final int MAX_BODY_BYTES = 12 * 1024 * 1024;

	private final HandlerExceptionResolver errors;

	ApiRequestFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
		this.errors = errors;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !ApiPaths.isApi(request) && !ApiPaths.isControlPlane(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body;
		try {
			body = readBody(request);
		}
		catch (CseException error) {
			this.errors.resolveException(request, response, null, error);
			return;
		}
		chain.doFilter(new ApiRequest(request, body), response);
	}

	private static byte[] readBody(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			throw CseException.tooLarge();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
			if (body.length > MAX_BODY_BYTES) {
				throw CseException.tooLarge();
			}
			return body;
		}
	}

}
