package io.expensync.web;

import java.net.URI;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where the JSON API turns exceptions into RFC 9457 problem details. Field
 * errors are listed as {@code errors: [{field, message}]} so a client can show them where
 * the user typed.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	record FieldError(String field, String message) {
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalidInput(InvalidInputException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", ex.getMessage());
		problem.setProperty("errors",
				ex.problems().stream().map(error -> new FieldError(error.field(), error.message())).toList());
		return problem;
	}

	/** A rule of the app refused the change (e.g. pausing an ended schedule). */
	@ExceptionHandler
	ProblemDetail refused(RefusedException ex) {
		return problem(HttpStatus.CONFLICT, "Not possible now", String.valueOf(ex.getMessage()));
	}

	/**
	 * A fault of the app: logged, and answered without its message, which may name
	 * internals (a file, a key, a database).
	 */
	@ExceptionHandler
	ProblemDetail failed(IllegalStateException ex) {
		log.error("An API request failed", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
				"The request failed on the server's side. Try again later.");
	}

	@ExceptionHandler
	ProblemDetail conflict(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "Changed meanwhile",
				"Someone changed this at the same time; reload it and try again.");
	}

	@ExceptionHandler
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict", "This clashes with data that already exists.");
	}

	@ExceptionHandler
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		// an id in the path that is not even a UUID names nothing the user owns
		if (ex.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
			return problem(HttpStatus.NOT_FOUND, "Not found", "No such " + ex.getName());
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input",
				"'%s' is not a valid %s".formatted(ex.getValue(), ex.getName()));
		problem.setProperty("errors", List.of(new FieldError(ex.getName(), problem.getDetail())));
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(fieldProblem(ex.getBindingResult()));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldError(result.getMethodParameter().getParameterName(),
						String.valueOf(error.getDefaultMessage()))))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", "Some parameters are not valid.");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "Malformed request body",
					"The body is not valid JSON of the expected shape: " + firstLine(ex.getMostSpecificCause())));
	}

	static ProblemDetail fieldProblem(BindingResult result) {
		List<FieldError> errors = result.getFieldErrors()
			.stream()
			.map(error -> new FieldError(error.getField(), String.valueOf(error.getDefaultMessage())))
			.toList();
		List<FieldError> global = result.getGlobalErrors()
			.stream()
			.map(error -> new FieldError(error.getObjectName(), String.valueOf(error.getDefaultMessage())))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input",
				"%d field(s) are not valid.".formatted(errors.size() + global.size()));
		problem.setProperty("errors", java.util.stream.Stream.concat(errors.stream(), global.stream()).toList());
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	private static String firstLine(Throwable cause) {
		String message = String.valueOf(cause.getMessage());
		int newline = message.indexOf('\n');
		String line = newline < 0 ? message : message.substring(0, newline);
		// Jackson quotes parts of the input; keep the message short and free of large
		// echoes
		return line.length() > 200 ? line.substring(0, 200) + "…" : line;
	}

}
