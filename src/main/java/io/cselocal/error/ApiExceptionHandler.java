package io.cselocal.error;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Renders every error, Spring's own included, as the JSON body a Huawei Cloud client expects. */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private static final String ERROR_CODE = ApiExceptionHandler.class.getName() + ".errorCode";

	@ExceptionHandler(CseException.class)
	ResponseEntity<Object> handleCse(CseException error, NativeWebRequest request) {
		return render(error, request);
	}

	@ExceptionHandler(JacksonException.class)
	ResponseEntity<Object> handleJackson(JacksonException error, NativeWebRequest request) {
		return render(JsonProblems.describe(error), request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception error, NativeWebRequest request) {
		log.error("Internal error answering request {}", requestId(request), error);
		return render(CseException.internal(), request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception error, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (status.is5xxServerError()) {
			log.error("Internal error answering request {}", requestId(request), error);
		}
		return render(translate(error, status), request);
	}

	/**
	 * The answer for an error to this request: status, JSON content type and the body of its kind. The error's code
	 * stays on the request, for the request journal.
	 */
	public static ResponseEntity<Object> render(CseException error, HttpServletRequest request) {
		request.setAttribute(ERROR_CODE, error.code());
		return render(error, RequestIdFilter.of(request));
	}

	/** The code of the error this request was answered with, if it was. */
	public static @Nullable String errorCodeOf(ServletRequest request) {
		return (request.getAttribute(ERROR_CODE) instanceof String code) ? code : null;
	}

	private static ResponseEntity<Object> render(CseException error, String requestId) {
		return ResponseEntity.status(error.status())
			.contentType(MediaType.APPLICATION_JSON)
			.body(ErrorBodies.of(error, requestId));
	}

	private static ResponseEntity<Object> render(CseException error, WebRequest request) {
		HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		return (servletRequest != null) ? render(error, servletRequest) : render(error, "");
	}

	private static String requestId(WebRequest request) {
		HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		return servletRequest == null ? "" : RequestIdFilter.of(servletRequest);
	}

	static CseException translate(Exception error, HttpStatusCode status) {
		if (error instanceof NoHandlerFoundException || error instanceof NoResourceFoundException
				|| error instanceof HttpRequestMethodNotSupportedException) {
			return CseException.noSuchApi();
		}
		if (error instanceof HttpMessageNotReadableException && error.getCause() instanceof JacksonException json) {
			return JsonProblems.describe(json);
		}
		if (error instanceof HttpMessageNotReadableException) {
			return CseException.badRequest("The request body is missing or is not valid JSON.");
		}
		if (error instanceof MissingServletRequestParameterException missing) {
			return CseException.badRequest("Parameter '" + missing.getParameterName() + "' is required.");
		}
		if (error instanceof MissingRequestHeaderException missing) {
			return CseException.badRequest("Header '" + missing.getHeaderName() + "' is required.");
		}
		if (error instanceof TypeMismatchException mismatch) {
			return CseException.badRequest("Parameter '" + mismatch.getPropertyName() + "' must be "
					+ JsonProblems.expected(mismatch.getRequiredType()) + ".");
		}
		if (error instanceof MethodArgumentNotValidException invalid && invalid.getFieldError() != null) {
			FieldError field = invalid.getFieldError();
			return CseException.badRequest("Parameter '" + field.getField() + "' " + field.getDefaultMessage() + ".");
		}
		if (error instanceof HandlerMethodValidationException invalid) {
			return CseException.badRequest(firstMessage(invalid));
		}
		if (error instanceof MaxUploadSizeExceededException) {
			return CseException.tooLarge();
		}
		if (status.is5xxServerError()) {
			return CseException.internal();
		}
		return CseException.badRequest("The request is not valid: " + error.getMessage());
	}

	private static String firstMessage(HandlerMethodValidationException invalid) {
		return invalid.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((problem) -> "Parameter '" + result.getMethodParameter().getParameterName() + "' "
						+ message(problem) + "."))
			.findFirst()
			.orElse("The request parameters are not valid.");
	}

	private static String message(MessageSourceResolvable problem) {
		String message = problem.getDefaultMessage();
		return message == null ? "is not valid" : message;
	}

}
