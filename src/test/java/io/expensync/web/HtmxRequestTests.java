package io.expensync.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/** A request is htmx's when it carries the HX-Request header, whatever its value. */
class HtmxRequestTests {

	private final HtmxRequestResolver resolver = new HtmxRequestResolver();

	@Test
	void aRequestWithTheHeaderIsHtmxsAndOneWithoutIsNot() {
		MockHttpServletRequest plain = new MockHttpServletRequest("GET", "/budget");
		MockHttpServletRequest htmx = new MockHttpServletRequest("GET", "/budget");
		htmx.addHeader("HX-Request", "true");
		assertThat(HtmxRequest.of(plain).isHtmxRequest()).isFalse();
		assertThat(HtmxRequest.of(htmx).isHtmxRequest()).isTrue();
	}

	@Test
	void handlersGetItAsAnArgument() throws Exception {
		Method handler = Handlers.class.getDeclaredMethod("page", HtmxRequest.class, String.class);
		MethodParameter htmx = new MethodParameter(handler, 0);
		assertThat(resolver.supportsParameter(htmx)).isTrue();
		assertThat(resolver.supportsParameter(new MethodParameter(handler, 1))).isFalse();

		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/budget");
		request.addHeader("HX-Request", "");
		assertThat(resolver.resolveArgument(htmx, null, new ServletWebRequest(request), null).isHtmxRequest()).isTrue();
	}

	static class Handlers {

		String page(HtmxRequest htmx, String other) {
			return htmx.isHtmxRequest() ? "page :: fragment" : other;
		}

	}

}
