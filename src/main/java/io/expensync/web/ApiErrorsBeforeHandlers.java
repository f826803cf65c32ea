package io.expensync.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UrlPathHelper;

/**
 * Problem details for an API request refused before any handler took it: an upload over
 * the multipart limits (a file over 10 MB, part headers over Tomcat's cap) or a content
 * type no handler of the path consumes. {@link ApiProblems} answers for the API's
 * handlers only, so without this Spring's own resolver sent these as the HTML error page.
 */
@Component
class ApiErrorsBeforeHandlers implements HandlerExceptionResolver, Ordered {

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (handler != null || !(ex instanceof ErrorResponse error) || response.isCommitted()
				|| !UrlPathHelper.defaultInstance.getPathWithinApplication(request).startsWith("/api/")) {
			return null;
		}
		HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
		if (status == null) {
			return null;
		}
		String detail = (ex instanceof MaxUploadSizeExceededException)
				? "The upload is too large: a file may have at most 10 MB, and its name and the form's fields a few hundred characters."
				: error.getBody().getDetail();
		try {
			ProblemJson.write(response, status, (detail != null) ? detail : status.getReasonPhrase());
		}
		catch (IOException io) {
			throw new UncheckedIOException(io);
		}
		return new ModelAndView();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
