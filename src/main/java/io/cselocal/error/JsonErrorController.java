package io.cselocal.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the servlet container's error dispatches (errors raised outside Spring MVC) with the same JSON bodies
 * as every other error, in place of Spring Boot's default error page.
 */
@RestController
class JsonErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<Object> error(HttpServletRequest request) {
		return ApiExceptionHandler.render(describe(request), request);
	}

	private static CseException describe(HttpServletRequest request) {
		Object raised = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (raised instanceof CseException error) {
			return error;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		if (status == null || status.is5xxServerError()) {
			return CseException.internal();
		}
		if (status == HttpStatus.NOT_FOUND || status == HttpStatus.METHOD_NOT_ALLOWED) {
			return CseException.noSuchApi();
		}
		if (status == HttpStatus.PAYLOAD_TOO_LARGE) {
			return CseException.tooLarge();
		}
		return CseException.badRequest("The request could not be understood (HTTP " + status.value() + ").");
	}

}
