package io.expensync.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import io.expensync.security.twofactor.TwoFactorSignIn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The sign-in code page's limit (which needs a user with two-factor sign-in to reach over
 * HTTP) holds for every spelling of its path, as the other limits do in
 * {@link EncodedPathLimitsIntegrationTests}.
 */
class AbuseGuardPathTests {

	@ParameterizedTest
	@ValueSource(strings = { TwoFactorSignIn.CODE_PAGE, "/login/%63ode", "/%6C%6F%67%69%6E/%63%6F%64%65" })
	void signInCodesAreLimitedPerAddressWhateverThePathsSpelling(String path) throws Exception {
		Throttles throttles = new Throttles(Clock.systemUTC(),
				new MockEnvironment().withProperty("expensync.limits.sign-in-per-ip", "1"), null);
		AbuseGuard guard = new AbuseGuard(throttles, Duration.ZERO, Clock.systemUTC(), value -> value);

		MockHttpServletResponse first = send(guard, path);
		assertThat(first.getStatus()).isEqualTo(200);
		MockHttpServletResponse second = send(guard, path);
		assertThat(second.getStatus()).isEqualTo(429);
		assertThat(second.getHeader("Retry-After")).isNotBlank();
	}

	private static MockHttpServletResponse send(AbuseGuard guard, String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setRemoteAddr("10.9.0.1");
		request.setParameter("code", "123456");
		MockHttpServletResponse response = new MockHttpServletResponse();
		guard.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
