package io.expensync.users.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Instant;
import java.util.List;

import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.TestUsers;
import io.expensync.audit.AuditEvent.Kind;
import io.expensync.audit.AuditEvent;
import io.expensync.audit.AuditLog;
import io.expensync.notifications.MailboxEntry;
import io.expensync.notifications.Outbox;
import io.expensync.users.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Changing the password on the profile page: only on the current one, the new one under
 * the same rules as at sign-up and typed twice; a refused change changes, logs and tells
 * nothing; a change is logged and emailed to the user with when and from where.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class PasswordChangeIntegrationTests {

	static final String NEW = "a brand new secret 42";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	MutableClock clock;

	@Autowired
	Outbox outbox;

	@Autowired
	AuditLog log;

	CurrentUser ann;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-06-01T10:00:00Z"));
		ann = users.signUp("Ann");
	}

	@Test
	void aRefusedChangeShowsWhyAndChangesNothing() {
		assertThat(change(TestUsers.PASSWORD, NEW, "a different one 42")).hasStatusOk()
			.bodyText()
			.contains("The two new passwords differ");
		assertThat(change("not my password", NEW, NEW)).hasStatusOk()
			.bodyText()
			.contains("That is not your current password.");
		assertThat(change(TestUsers.PASSWORD, "1234567890", "1234567890")).hasStatusOk()
			.bodyText()
			.contains("most common passwords");
		assertThat(change(TestUsers.PASSWORD, TestUsers.PASSWORD, TestUsers.PASSWORD)).hasStatusOk()
			.bodyText()
			.contains("That is your current password");
		assertThat(change("", NEW, NEW)).hasStatusOk().bodyText().contains("Enter your current password");

		assertThat(signsIn(TestUsers.PASSWORD)).isTrue();
		assertThat(securityEmails()).isEmpty();
		assertThat(log.latest(ann.id())).extracting(AuditEvent::kind).doesNotContain(Kind.PASSWORD_CHANGED);
	}

	@Test
	void theNewPasswordWorksTheOldOneNotAndTheUserIsToldAndItIsLogged() {
		MvcTestResult changed = mvc.post()
			.uri("/profile/password")
			.with(TestUsers.session(ann))
			.with(csrf())
			.header("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15")
			.with(request -> {
				request.setRemoteAddr("192.0.2.8");
				return request;
			})
			.param("currentPassword", TestUsers.PASSWORD)
			.param("newPassword", NEW)
			.param("confirm", NEW)
			.exchange();

		assertThat(changed).hasRedirectedUrl("/profile");
		assertThat(changed.getMvcResult().getFlashMap().get("success")).asString().contains("password is changed");
		assertThat(signsIn(NEW)).isTrue();
		assertThat(signsIn(TestUsers.PASSWORD)).isFalse();
		assertThat(log.latest(ann.id())).filteredOn(entry -> entry.kind() == Kind.PASSWORD_CHANGED)
			.singleElement()
			.satisfies(entry -> assertThat(entry.address()).isEqualTo("192.0.2.8"));
		assertThat(securityEmails()).singleElement().satisfies(email -> {
			assertThat(email.recipient()).isEqualTo(ann.email());
			assertThat(email.subject()).isEqualTo("Your ExpenSync password was changed");
			assertThat(email.text()).contains("Hello Ann,",
					"The password of your ExpenSync account was changed on 2026-06-01 12:00 (Europe/Berlin) from "
							+ "Safari on macOS (192.0.2.8). Every other browser signed in to your account was signed out.",
					"If this was not you", "http://localhost:8080/password/forgot", "http://localhost:8080/activity");
			assertThat(email.html()).contains("Safari on macOS (192.0.2.8)",
					"href=\"http://localhost:8080/password/forgot\"");
		});
		assertThat(mvc.get().uri("/profile").with(TestUsers.session(ann))).bodyText()
			.contains("Change password", "Current password");
	}

	private MvcTestResult change(String current, String newPassword, String confirm) {
		return mvc.post()
			.uri("/profile/password")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", newPassword)
			.param("confirm", confirm)
			.exchange();
	}

	private boolean signsIn(String password) {
		return mvc.get()
			.uri("/api/v1/me")
			.with(httpBasic(ann.email(), password))
			.exchange()
			.getResponse()
			.getStatus() == 200;
	}

	private List<MailboxEntry> securityEmails() {
		return outbox.mailbox(ann).stream().filter(email -> email.kind().startsWith("security-")).toList();
	}

}
