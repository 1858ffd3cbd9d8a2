package io.cselocal.fault;

import java.util.Map;

import io.cselocal.web.CseOperation;
import io.cselocal.web.CseOperations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Meets every call of an emulated operation with the {@code http-error} and {@code delay} rules before its handler
 * runs: a delay holds the answer back, an error answers in place of the handler, so the call changes nothing.
 */
class FaultInterceptor implements HandlerInterceptor {

	private final FaultService faults;

	FaultInterceptor(FaultService faults) {
		this.faults = faults;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		CseOperation operation = CseOperations.of(handler);
		if (operation == null) {
			return true;
		}
		Map<String, String> path = CseOperations.pathVariables(request);
		FaultService.HttpFault fault = this.faults.httpFault(operation.value(), path.get("project_id"),
				path.get("engine_id"));
		pause(Math.min(fault.delayMillis(), FaultAction.MAX_DELAY_MILLIS));
		if (fault.error() != null) {
			throw fault.error();
		}
		return true;
	}

	/** Holds the answer back: this is the server's thread, and holding it is the point of a delay rule. */
	private static void pause(long millis) {
		if (millis <= 0) {
			return;
		}
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
