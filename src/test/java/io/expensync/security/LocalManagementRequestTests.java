package io.expensync.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.WebApplicationContext;

/**
 * Only the management port reached over loopback is open; the management port reached
 * over a network, and the application's port from anywhere, are not.
 */
class LocalManagementRequestTests {

	final LocalManagementRequest local = new LocalManagementRequest();

	@Test
	void theManagementPortOverLoopbackIsLocal() {
		assertThat(local.matches(request("management", "127.0.0.1"))).isTrue();
		assertThat(local.matches(request("management", "0:0:0:0:0:0:0:1"))).isTrue();
	}

	@Test
	void theManagementPortOverANetworkIsNot() {
		assertThat(local.matches(request("management", "192.0.2.10"))).isFalse();
		assertThat(local.matches(request("management", "2001:db8::10"))).isFalse();
	}

	@Test
	void theApplicationsPortIsNotEvenOverLoopback() {
		assertThat(local.matches(request(null, "127.0.0.1"))).isFalse();
		assertThat(local.matches(new MockHttpServletRequest())).isFalse();
	}

	private static MockHttpServletRequest request(String serverNamespace, String localAddress) {
		ServletWebServerApplicationContext context = new ServletWebServerApplicationContext();
		context.setServerNamespace(serverNamespace);
		MockServletContext servletContext = new MockServletContext();
		servletContext.setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
		MockHttpServletRequest request = new MockHttpServletRequest(servletContext);
		request.setLocalAddr(localAddress);
		return request;
	}

}
