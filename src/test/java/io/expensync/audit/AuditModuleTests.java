package io.expensync.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.expensync.UserRows;
import io.expensync.accounts.AccountService;
import io.expensync.apitokens.ApiTokenCreated;
import io.expensync.audit.AuditEvent.Kind;
import io.expensync.security.SessionsEnded;
import io.expensync.security.SessionsEnded.Which;
import io.expensync.users.CredentialsChanged;
import io.expensync.users.CredentialsChanged.Change;
import io.expensync.users.UserService;
import io.expensync.users.UserView;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The audit module on its own: the events the other modules publish land, each in its own
 * words, in the log of the user they name, and in nobody else's. The modules it asks
 * about users and accounts are stand-ins here.
 */
@ApplicationModuleTest
class AuditModuleTests {

	@MockitoBean
	UserService users;

	@MockitoBean
	AccountService accounts;

	@Autowired
	AuditLog log;

	@Autowired
	JdbcTemplate jdbc;

	UserView ann;

	UserView bob;

	@BeforeEach
	void setUp() {
		ann = new UserRows(jdbc).insert("Ann");
		bob = new UserRows(jdbc).insert("Bob");
	}

	@Test
	void anApiTokenMadeIsLoggedWithItsExpiry(Scenario scenario) {
		scenario.publish(new ApiTokenCreated(ann.id(), UUID.randomUUID(), "backup", LocalDate.of(2027, 3, 1)))
			.andWaitForStateChange(() -> log.latest(ann.id()))
			.andVerify((events) -> assertThat(events).extracting(AuditEvent::kind, AuditEvent::detail)
				.containsExactly(tuple(Kind.API_TOKEN_CREATED, "“backup”, expires 2027-03-01")));
		assertThat(log.latest(bob.id())).isEmpty();
	}

	@Test
	void aPasswordResetAndTheBrowsersItSignedOutAreLogged(Scenario scenario) {
		scenario
			.publish(new CredentialsChanged(ann.id(), Change.PASSWORD_RESET, Instant.parse("2026-06-01T10:00:00Z"),
					null))
			.andWaitForStateChange(() -> log.latest(ann.id()))
			.andVerify(
					(events) -> assertThat(events).extracting(AuditEvent::kind).containsExactly(Kind.PASSWORD_RESET));
		scenario.publish(new SessionsEnded(ann.id(), Which.EVERY_ONE, 2, Change.PASSWORD_RESET))
			.andWaitForStateChange(() -> log.latest(ann.id()), (events) -> events.size() == 2)
			.andVerify((events) -> assertThat(events).extracting(AuditEvent::kind, AuditEvent::detail)
				.contains(tuple(Kind.SESSION_ENDED, "2 browser(s), every one, as the password was reset")));
		assertThat(log.latest(bob.id())).isEmpty();
	}

}
