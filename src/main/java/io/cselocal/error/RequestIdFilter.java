package io.cselocal.error;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Gives every request its own id, answered in {@code X-Request-Id}, where the Huawei Cloud SDKs read it. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

	/** The id of this request, or a new one if the filter did not see it. */
	public static String of(ServletRequest request) {
		Object id = request.getAttribute(ATTRIBUTE);
		if (id instanceof String value) {
			return value;
		}
		String created = newId();
		request.setAttribute(ATTRIBUTE, created);
		return created;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HEADER, of(request));
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private static String newId() {
		return UUID.randomUUID().toString().replace("-", "");
	}

}
