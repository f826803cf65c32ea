package io.expensync.security;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * A request to the separate management port ({@code management.server.port}) that reached
 * it over loopback: a Prometheus scraper or an operator on this machine. These read the
 * management endpoints without signing in; the same endpoints on the application's port,
 * or the management port reached over any other interface, stay for signed-in admins.
 */
class LocalManagementRequest implements RequestMatcher {

	@Override
	public boolean matches(HttpServletRequest request) {
		WebApplicationContext context = WebApplicationContextUtils
			.getWebApplicationContext(request.getServletContext());
		return context != null && WebServerApplicationContext.hasServerNamespace(context, "management")
				&& loopback(request.getLocalAddr());
	}

	private static boolean loopback(String address) {
		try {
			// an address literal, so no name is looked up
			return address != null && InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
