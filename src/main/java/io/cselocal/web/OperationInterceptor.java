package io.cselocal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/** Notes on each request which emulated operation it is, as soon as Spring MVC has chosen the handler. */
class OperationInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		CseOperation operation = CseOperations.of(handler);
		if (operation != null) {
			CseOperations.attach(request, operation);
		}
		return true;
	}

}
