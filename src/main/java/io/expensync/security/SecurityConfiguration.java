package io.expensync.security;

import java.time.Clock;
import java.time.Duration;

import io.expensync.users.UserService;
import io.expensync.web.CspNonce;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Two filter chains: the JSON API under {@code /api/**} authenticates every request with
 * HTTP Basic and keeps no session (so it needs no CSRF token); the pages use a session,
 * form sign-in and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Browser features pages may use: the camera for receipts, nothing else. */
	static final String PERMISSIONS = "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, Throttles throttles, Clock clock) throws Exception {
		return http.securityMatcher("/api/**")
			.addFilterBefore(new AbuseGuard(throttles, Duration.ZERO, clock), BasicAuthenticationFilter.class)
			.addFilterAfter(new UserLimits(throttles), AuthorizationFilter.class)
			.authorizeHttpRequests(
					requests -> requests.requestMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/users")
						.permitAll()
						.anyRequest()
						.authenticated())
			.httpBasic(Customizer.withDefaults())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), request -> true))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, Throttles throttles, Clock clock,
			@Value("${expensync.limits.min-fill-time:2s}") Duration minFillTime) throws Exception {
		return http
			.addFilterBefore(new AbuseGuard(throttles, minFillTime, clock), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new UserLimits(throttles), AuthorizationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/", "/login", "/signup", "/password/forgot", "/password/reset", "/verify",
						"/too-many", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg",
						"/actuator/health")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/dashboard", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
			.headers(headers -> headers.addHeaderWriter(SecurityConfiguration::contentSecurityPolicy)
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS))
				.frameOptions(frame -> frame.deny()))
			.build();
	}

	/**
	 * Scripts only from this server and only in script tags that carry this request's
	 * nonce; the one inline style allowed is the empty one Chart.js sets; no framing, no
	 * form posting elsewhere, no base URL changes.
	 */
	static void contentSecurityPolicy(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Content-Security-Policy",
				"default-src 'self'; img-src 'self' data: blob:; " + "script-src 'self' 'nonce-" + CspNonce.of(request)
						+ "'; "
						+ "style-src 'self' 'unsafe-hashes' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='; "
						+ "object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'");
	}

	/** Reads the user by email; an unknown email fails like a wrong password does. */
	@Bean
	UserDetailsService userDetailsService(UserService users) {
		return email -> users.credentials(email)
			.map(user -> User.withUsername(user.email())
				.password(user.passwordHash())
				.authorities(AuthorityUtils.createAuthorityList("ROLE_" + user.role().name()))
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

}
