package io.expensync.web;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.UrlPathHelper;

/**
 * Answers 400 to a request the server cannot read: a query or form with a broken escape
 * ({@code %ZZ}) or bytes that are not UTF-8 ({@code %C0%AF}), a form beyond Tomcat's size
 * cap, an upload whose multipart body does not parse, text with the null character.
 * Tomcat throws for these where a parameter is first read (Spring Security, a handler,
 * the upload resolver), which let such a request fail with 500. The API gets problem
 * details, pages the error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnreadableRequests extends OncePerRequestFilter {

	/** Set by Tomcat when it dropped parameters it could not read. */
	static final String PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isUpload(request) && !parametersReadable(request)) {
			refuse(request, response, "The query or form cannot be read: it is too large, "
					+ "or holds an invalid escape or bytes that are not UTF-8.");
			return;
		}
		if (!isUpload(request) && request.getParameterMap()
			.values()
			.stream()
			.anyMatch(values -> Arrays.stream(values).anyMatch(NullCharacters::in))) {
			refuse(request, response, NullCharacters.REFUSED);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException ex) {
			if (!(ex.getCause() instanceof MultipartException) || response.isCommitted()) {
				throw ex;
			}
			refuse(request, response, "The upload cannot be read as a multipart form.");
		}
	}

	private static boolean parametersReadable(HttpServletRequest request) {
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			// Tomcat's InvalidParameterException
			return false;
		}
		return request.getAttribute(PARSE_FAILED) == null;
	}

	private static boolean isUpload(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, String detail)
			throws IOException {
		String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
		if (!path.startsWith("/api/")) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST, detail);
			return;
		}
		response.resetBuffer();
		ProblemJson.write(response, HttpStatus.BAD_REQUEST, detail);
	}

}
