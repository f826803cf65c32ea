package io.expensync.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * A request for {@code /error} itself, with no error behind it, is answered 404: Spring
 * Boot's error page, asked directly, reports a status it was never given as 500, and
 * monitoring counts those as failures of the app. The container's own error dispatches to
 * the page are not requests and pass.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DirectErrorRequests extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
		if ((path.equals("/error") || path.startsWith("/error/"))
				&& request.getAttribute("jakarta.servlet.error.status_code") == null) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		chain.doFilter(request, response);
	}

}
