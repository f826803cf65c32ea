package io.expensync.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.TestUsers;
import io.expensync.security.passkeys.PasskeySignIn;
import io.expensync.users.CurrentUser;
import io.expensync.users.UserService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Guessing passwords, creating accounts in bulk and flooding reset emails are slowed down
 * per account and per address, with 429 and Retry-After; bots filling the honeypot get
 * nowhere; unknown accounts are treated like known ones.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class AbuseGuardIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserService userService;

	@Autowired
	MutableClock clock;

	@Autowired
	Throttles throttles;

	CurrentUser ann;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-06-01T10:00:00Z"));
		ann = users.signUp("Ann");
	}

	@Test
	void fiveFailedSignInsLockTheAccountForAWhileEvenWithTheRightPassword() {
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(ann.email(), "wrong password " + i, "10.0.0." + i)).hasRedirectedUrl("/login?error");
		}
		MvcTestResult locked = signIn(ann.email(), TestUsers.PASSWORD, "10.0.0.9");
		assertThat(locked).hasStatus(429).hasForwardedUrl("/too-many");
		assertThat(locked.getRequest().getAttribute("message"))
			.isEqualTo("Too many attempts. Please wait 3 minutes and try again.");
		assertThat(locked).headers().hasValue("Retry-After", "180");
		assertThat(mvc.get().uri("/too-many")).as("the page it shows")
			.hasStatus(429)
			.bodyText()
			.contains("Please wait a moment", "Nothing was changed.");
		assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(ann.email(), TestUsers.PASSWORD))).as("the API too")
			.hasStatus(429)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo(429);

		String nobody = "nobody+" + UUID.randomUUID() + "@example.org";
		for (int i = 0; i < 5; i++) {
			signIn(nobody, "wrong password", "10.0.1." + i);
		}
		assertThat(signIn(nobody, "wrong password", "10.0.1.9")).as("an unknown account is answered alike")
			.hasStatus(429);

		clock.set(clock.instant().plus(Duration.ofMinutes(4)));
		assertThat(signIn(ann.email(), TestUsers.PASSWORD, "10.0.0.9")).as("one try opens up after 3 minutes")
			.hasRedirectedUrl("/dashboard");
		assertThat(signIn(ann.email(), "wrong again", "10.0.0.9")).as("and a good sign-in starts afresh")
			.hasRedirectedUrl("/login?error");
	}

	@Test
	void oneAddressCannotTryForeverOrMailEndlessly() {
		for (int i = 0; i < throttles.capacity(Throttles.Limit.SIGN_IN_PER_IP); i++) {
			signIn("someone" + i + "@example.org", "wrong password", "10.1.0.1");
		}
		assertThat(signIn(ann.email(), TestUsers.PASSWORD, "10.1.0.1")).hasStatus(429);
		assertThat(signIn(ann.email(), TestUsers.PASSWORD, "10.1.0.2")).as("another address is not held up")
			.hasRedirectedUrl("/dashboard");

		for (int i = 0; i < 3; i++) {
			assertThat(forgot(ann.email(), "10.2.0." + i, "")).hasStatusOk();
		}
		assertThat(forgot(ann.email(), "10.2.0.9", "")).as("three reset emails an hour per address").hasStatus(429);
	}

	@Test
	void failedApiSignInsCountTowardsTheAddressAndGoodOnesDoNot() {
		for (int i = 0; i < throttles.capacity(Throttles.Limit.SIGN_IN_PER_IP) + 5; i++) {
			assertThat(basicCall(ann.email(), TestUsers.PASSWORD, "10.5.0.1")).as("a script's calls").hasStatusOk();
		}
		for (int i = 0; i < throttles.capacity(Throttles.Limit.SIGN_IN_PER_IP); i++) {
			// a different account each time: no account's own count locks it
			assertThat(basicCall("sprayed" + i + "@example.org", "Summer2026!", "10.5.0.2")).hasStatus(401);
		}
		MvcTestResult held = basicCall(ann.email(), TestUsers.PASSWORD, "10.5.0.2");
		assertThat(held).as("the address is held up, before any password is checked").hasStatus(429);
		assertThat(held).headers().containsHeader("Retry-After");
		assertThat(basicCall(ann.email(), TestUsers.PASSWORD, "10.5.0.3")).as("another address is not").hasStatusOk();
	}

	@Test
	void failedPasskeySignInsCountTowardsTheAddress() {
		for (int i = 0; i < throttles.capacity(Throttles.Limit.SIGN_IN_PER_IP); i++) {
			assertThat(passkeySignIn("10.4.0.1")).hasStatus(401);
		}
		MvcTestResult held = passkeySignIn("10.4.0.1");
		assertThat(held).hasStatus(429);
		assertThat(held).headers().containsHeader("Retry-After");
		assertThat(signIn(ann.email(), TestUsers.PASSWORD, "10.4.0.1")).as("nor a password from there").hasStatus(429);
		assertThat(signIn(ann.email(), TestUsers.PASSWORD, "10.4.0.2")).as("another address is not held up")
			.hasRedirectedUrl("/dashboard");
	}

	@Test
	void formsWithTheHoneypotFilledDoNothing() {
		String email = "bot+" + UUID.randomUUID() + "@example.org";
		assertThat(mvc.post()
			.uri("/signup")
			.param("email", email)
			.param("password", "a fine long password")
			.param("name", "Bot")
			.param("website", "http://spam.example")
			.with(csrf())).hasRedirectedUrl("/signup");
		assertThat(userService.current(email)).isEmpty();
		assertThat(forgot(ann.email(), "10.3.0.1", "http://spam.example")).hasRedirectedUrl("/password/forgot");
	}

	private MvcTestResult signIn(String email, String password, String ip) {
		return mvc.post()
			.uri("/login")
			.param("username", email)
			.param("password", password)
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr(ip);
				return request;
			})
			.exchange();
	}

	private MvcTestResult basicCall(String email, String password, String ip) {
		return mvc.get().uri("/api/v1/me").with(httpBasic(email, password)).with(request -> {
			request.setRemoteAddr(ip);
			return request;
		}).exchange();
	}

	/** A passkey sign-in with an assertion that no authenticator made. */
	private MvcTestResult passkeySignIn(String ip) {
		return mvc.post()
			.uri(PasskeySignIn.SIGN_IN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"id": "AAAA", "rawId": "AAAA", "type": "public-key",
					 "response": {"authenticatorData": "AAAA", "clientDataJSON": "e30", "signature": "AAAA"}}""")
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr(ip);
				return request;
			})
			.exchange();
	}

	private MvcTestResult forgot(String email, String ip, String honeypot) {
		return mvc.post()
			.uri("/password/forgot")
			.param("email", email)
			.param("website", honeypot)
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr(ip);
				return request;
			})
			.exchange();
	}

}
