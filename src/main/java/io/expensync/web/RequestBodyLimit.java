package io.expensync.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps a request body that nothing else caps (JSON, above all) at {@value #MAX_BYTES}
 * bytes, far more than any request of the app needs: one announced as larger is answered
 * 413 unread, and one sent in chunks stops being read at the cap (and is refused as
 * malformed). Forms have Tomcat's cap ({@code server.tomcat.max-http-form-post-size}),
 * uploads the multipart one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyLimit extends OncePerRequestFilter {

	static final int MAX_BYTES = 1024 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && (type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
				|| type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE))) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > MAX_BYTES) {
			ProblemJson.write(response, HttpStatus.CONTENT_TOO_LARGE, "A request body may have at most 1 MB.");
			return;
		}
		chain.doFilter(request.getContentLengthLong() < 0 ? new Capped(request) : request, response);
	}

	/** A request whose body ends at the cap, whatever follows. */
	private static final class Capped extends HttpServletRequestWrapper {

		private @Nullable ServletInputStream capped;

		Capped(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (capped == null) {
				capped = new CappedStream(super.getInputStream());
			}
			return capped;
		}

	}

	private static final class CappedStream extends ServletInputStream {

		private final ServletInputStream body;

		private long read;

		CappedStream(ServletInputStream body) {
			this.body = body;
		}

		@Override
		public int read() throws IOException {
			if (read >= MAX_BYTES) {
				throw new IOException("The request body is larger than " + MAX_BYTES + " bytes");
			}
			int next = body.read();
			if (next >= 0) {
				read++;
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (read >= MAX_BYTES) {
				throw new IOException("The request body is larger than " + MAX_BYTES + " bytes");
			}
			int count = body.read(buffer, offset, (int) Math.min(length, MAX_BYTES - read));
			if (count > 0) {
				read += count;
			}
			return count;
		}

		@Override
		public boolean isFinished() {
			return body.isFinished();
		}

		@Override
		public boolean isReady() {
			return body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			body.setReadListener(listener);
		}

	}

}
