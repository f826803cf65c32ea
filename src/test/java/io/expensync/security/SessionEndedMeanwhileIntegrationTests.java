package io.expensync.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A session signed out (from the sessions page, by a password change) while one of its
 * requests is still running: that request's save at its end adds nothing and answers no
 * error. It used to fail on the attributes' foreign key (a 500) when the request had
 * added an attribute, such as a new CSRF token (on PostgreSQL; H2's merge let it pass).
 */
// sessions in the database, as the app keeps them (the other tests keep them in the
// container); on a port, as the other tests of sessions in the database, to share their
// context
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.autoconfigure.exclude=")
class SessionEndedMeanwhileIntegrationTests {

	@Autowired
	JdbcIndexedSessionRepository repository;

	@Test
	void aRequestOfASessionEndedMeanwhileSavesNothingAndFailsNot() {
		// its sessions' class is not public; they are Sessions here
		@SuppressWarnings("unchecked")
		SessionRepository<Session> sessions = (SessionRepository<Session>) (SessionRepository<?>) repository;
		Session created = sessions.createSession();
		created.setAttribute("first", "kept");
		sessions.save(created);

		// a request of the session reads it ...
		Session inFlight = sessions.findById(created.getId());
		// ... another request signs it out ...
		sessions.deleteById(created.getId());
		// ... and the first one ends, having added and changed attributes
		inFlight.setAttribute("csrf", "a new token");
		inFlight.setAttribute("first", "changed");

		assertThatCode(() -> sessions.save(inFlight)).doesNotThrowAnyException();
		assertThat(sessions.findById(created.getId())).as("still signed out").isNull();
	}

}
