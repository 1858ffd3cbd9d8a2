package io.cselocal.fault;

import java.util.List;

import io.cselocal.error.CseException;
import io.cselocal.web.CseOperations;
import io.cselocal.web.Texts;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/** The checks on a fault rule that a field's own constraints cannot express: how its fields go together. */
final class FaultRules {

	private FaultRules() {
	}

	/** The answer of {@code GET /_emulator/faults}. */
	record Listing(List<FaultRule> rules) {
	}

	/** The rule a valid request describes; a 400 naming the first problem otherwise. */
	static FaultRule validated(FaultRuleRequest request, CseOperations operations) {
		CseOperations.Operation operation = operations.find(request.operation())
			.orElseThrow(() -> CseException.badRequest("Parameter 'operation' " + Texts.quote(request.operation())
					+ " is not an emulated operation; the operations are: " + String.join(", ", operations.names())
					+ "."));
		checkFrequency(request);
		FaultAction action = action(request.action(), operation);
		return new FaultRule(0, operation.name(), request.projectId(), request.engineId(), request.times(),
				request.probability(), request.seed(), 0, action);
	}

	private static void checkFrequency(FaultRuleRequest request) {
		if (request.probability() != null && request.seed() == null) {
			throw CseException.badRequest("Parameter 'seed' is required with 'probability': the seed makes the "
					+ "outcomes the same on every run.");
		}
		if (request.probability() == null && request.seed() != null) {
			throw CseException.badRequest("Parameter 'seed' is only used with 'probability'.");
		}
	}

	private static FaultAction action(FaultAction action, CseOperations.Operation operation) {
		return switch (action.type()) {
			case FaultAction.HTTP_ERROR -> httpError(action);
			case FaultAction.DELAY -> delay(action);
			default -> jobOutcome(action, operation);
		};
	}

	private static FaultAction httpError(FaultAction action) {
		unused(action.millis(), "millis", action);
		unused(action.result(), "result", action);
		unused(action.atStage(), "atStage", action);
		Integer status = required(action.status(), "status", action);
		if (HttpStatus.resolve(status) == null) {
			throw CseException.badRequest("Parameter 'action.status' " + status
					+ " is not a standard HTTP status; use one such as 400, 403, 404, 409, 429, 500 or 503.");
		}
		return FaultAction.httpError(status, nonBlank(action.errorCode(), "errorCode", action),
				nonBlank(action.errorMsg(), "errorMsg", action));
	}

	private static FaultAction delay(FaultAction action) {
		unused(action.status(), "status", action);
		unused(action.errorCode(), "errorCode", action);
		unused(action.errorMsg(), "errorMsg", action);
		unused(action.result(), "result", action);
		unused(action.atStage(), "atStage", action);
		return FaultAction.delay(required(action.millis(), "millis", action));
	}

	private static FaultAction jobOutcome(FaultAction action, CseOperations.Operation operation) {
		if (!operation.startsJob()) {
			throw CseException.badRequest("A job-outcome rule needs an operation that starts a job; "
					+ operation.name() + " does not.");
		}
		unused(action.status(), "status", action);
		unused(action.errorCode(), "errorCode", action);
		unused(action.errorMsg(), "errorMsg", action);
		unused(action.millis(), "millis", action);
		String result = required(action.result(), "result", action);
		int atStage = required(action.atStage(), "atStage", action);
		if (atStage > FaultService.maxStages()) {
			throw CseException.badRequest("Parameter 'action.atStage' must be at most " + FaultService.maxStages()
					+ ", the most stages a job has.");
		}
		return FaultAction.jobOutcome(result, atStage);
	}

	private static <T> T required(@Nullable T value, String field, FaultAction action) {
		if (value == null) {
			throw CseException.badRequest("Parameter 'action." + field + "' is required for a " + action.type()
					+ " action.");
		}
		return value;
	}

	private static String nonBlank(@Nullable String value, String field, FaultAction action) {
		if (required(value, field, action).isBlank()) {
			throw CseException.badRequest("Parameter 'action." + field + "' must not be blank.");
		}
		return value;
	}

	private static void unused(@Nullable Object value, String field, FaultAction action) {
		if (value != null) {
			throw CseException.badRequest("Parameter 'action." + field + "' is not used by a " + action.type()
					+ " action.");
		}
	}

}
