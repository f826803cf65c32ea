package io.expensync.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * A session's row is written when something in it changes, not at every page view: the
 * time of the last request is written at most once a minute, while attributes and a later
 * time are written as they come.
 */
// sessions in the database, as the app keeps them (the other tests keep them in the
// container); on a port, as the other tests of sessions in the database, to share their
// context
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.autoconfigure.exclude=")
class SessionVisitsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Test
	void pagesViewedWithinAMinuteLeaveTheSessionRowAsItWas() throws Exception {
		CurrentUser eve = users.signUp("Eve");
		Browser browser = new Browser(port, "Firefox/128.0");
		browser.signIn(eve.email());
		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);
		long before = lastAccessOf(eve);

		Thread.sleep(20);
		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);
		assertThat(browser.get("/accounts").statusCode()).isEqualTo(200);

		assertThat(lastAccessOf(eve)).isEqualTo(before);
		assertThat(browser.isSignedOut()).isFalse();
	}

	@Test
	void aWholePageLeavesInOnePieceSoItsSessionIsSavedOnceAtTheEnd() throws Exception {
		CurrentUser fay = users.signUp("Fay");
		Browser browser = new Browser(port, "Firefox/128.0");
		browser.signIn(fay.email());

		HttpResponse<String> dashboard = browser.get("/dashboard");

		int bytes = dashboard.body().getBytes(StandardCharsets.UTF_8).length;
		assertThat(bytes).as("more than Tomcat's own buffer").isGreaterThan(8 * 1024);
		assertThat(dashboard.headers().firstValue("Transfer-Encoding")).isEmpty();
		assertThat(dashboard.headers().firstValueAsLong("Content-Length")).hasValue(bytes);
	}

	@Test
	void theLastRequestIsWrittenOnceAMinuteHasPassedAndAttributesAtOnce() {
		@SuppressWarnings("unchecked")
		FindByIndexNameSessionRepository<Session> store = (FindByIndexNameSessionRepository<Session>) sessions;
		assertThat(store).isInstanceOf(SessionVisits.class);
		Session created = store.createSession();
		created.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "visits@example.com");
		store.save(created);
		Instant written = store.findById(created.getId()).getLastAccessedTime();

		Session soon = store.findById(created.getId());
		soon.setLastAccessedTime(written.plusSeconds(59));
		soon.setAttribute("shown", "budgets");
		store.save(soon);
		Session read = store.findById(created.getId());
		assertThat(read.getLastAccessedTime()).isEqualTo(written);
		assertThat(read.<String>getAttribute("shown")).isEqualTo("budgets");

		read.setLastAccessedTime(written.plus(Duration.ofMinutes(1)));
		store.save(read);
		assertThat(store.findById(created.getId()).getLastAccessedTime()).isEqualTo(written.plusSeconds(60));
		assertThat(store.findByPrincipalName("visits@example.com")).containsOnlyKeys(created.getId());
	}

	private long lastAccessOf(CurrentUser user) {
		return jdbc.queryForObject("select last_access_time from spring_session where principal_name = ?", Long.class,
				user.email());
	}

}
