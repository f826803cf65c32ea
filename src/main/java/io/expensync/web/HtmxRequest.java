package io.expensync.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request was sent by htmx, which marks its requests with the
 * {@code HX-Request} header: a page handler then answers with the fragment being swapped
 * rather than the whole page. Handlers take it as an argument
 * ({@code return htmx.isHtmxRequest() ? "budgets/card :: card" : "budgets/card";});
 * filters and interceptors ask {@link #of(HttpServletRequest)}. This is the one place
 * that reads the header.
 */
public final class HtmxRequest {

	static final String HEADER = "HX-Request";

	private static final HtmxRequest HTMX = new HtmxRequest(true);

	private static final HtmxRequest PLAIN = new HtmxRequest(false);

	private final boolean htmx;

	private HtmxRequest(boolean htmx) {
		this.htmx = htmx;
	}

	/** The request as htmx marks it (any value of the header counts). */
	public static HtmxRequest of(HttpServletRequest request) {
		return (request.getHeader(HEADER) != null) ? HTMX : PLAIN;
	}

	/** Whether htmx sent the request, so that a fragment is the answer. */
	public boolean isHtmxRequest() {
		return htmx;
	}

	@Override
	public String toString() {
		return htmx ? "htmx request" : "plain request";
	}

}
