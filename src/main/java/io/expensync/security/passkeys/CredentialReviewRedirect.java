package io.expensync.security.passkeys;

import io.expensync.security.twofactor.TwoFactorSignIn;
import io.expensync.web.HtmxRequest;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sends the first page a browser opens after signing in to the review of passkeys and
 * tokens, when a password reset made one due ({@link CredentialReviews}). Only a whole
 * page: not the API, not a part of a page fetched by htmx, not a half-finished two-factor
 * sign-in.
 */
@Configuration(proxyBeanMethods = false)
class CredentialReviewRedirect implements WebMvcConfigurer, HandlerInterceptor {

	private static final String REVIEW = "/profile/review";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/api/**", REVIEW, REVIEW + "/**", "/login/**", "/logout");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		HttpSession session = request.getSession(false);
		if (session == null || session.getAttribute(CredentialReviews.DUE) == null
				|| request.getDispatcherType() != DispatcherType.REQUEST || !"GET".equals(request.getMethod())
				|| !(handler instanceof HandlerMethod) || HtmxRequest.of(request).isHtmxRequest()
				|| TwoFactorSignIn.isHalfway(SecurityContextHolder.getContext().getAuthentication())) {
			return true;
		}
		response.sendRedirect(request.getContextPath() + REVIEW);
		return false;
	}

}
