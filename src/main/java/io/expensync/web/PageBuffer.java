package io.expensync.web;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a page in one piece, with its length, when it is done. Tomcat holds 8 KB of an
 * answer before sending any, and Thymeleaf flushes its writer when a page is rendered:
 * either sent a page on its way before the request was over. Spring Session saves the
 * session at that moment and then again at the end of the request, reading it from the
 * database once more for the second save. Here the buffer holds {@value #BYTES} bytes
 * (the dashboard is about 20 KB, an account page about 55 KB), and a flush of the page's
 * writer waits for the end of the request, when Tomcat sends what is left anyway. Larger
 * pages go in pieces of that size, and binary answers (exports, receipt files) as they
 * are written. Runs just inside the session filter, so that the session sees the page
 * leave only at the end.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
class PageBuffer extends OncePerRequestFilter {

	static final int BYTES = 64 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (response.getBufferSize() < BYTES) {
			response.setBufferSize(BYTES);
		}
		chain.doFilter(request, new Held(response));
	}

	/** An answer whose writer sends only when its buffer is full or the request ends. */
	private static final class Held extends HttpServletResponseWrapper {

		private @Nullable PrintWriter writer;

		Held(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (writer == null) {
				writer = new PrintWriter(super.getWriter()) {
					@Override
					public void flush() {
						// the container sends the rest when the request ends
					}
				};
			}
			return writer;
		}

	}

}
