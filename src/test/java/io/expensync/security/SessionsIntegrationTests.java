package io.expensync.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.expensync.TestUsers;
import io.expensync.audit.AuditEvent;
import io.expensync.audit.AuditEvent.Kind;
import io.expensync.audit.AuditLog;
import io.expensync.notifications.ArrivingEmails;
import io.expensync.notifications.MailboxEntry;
import io.expensync.notifications.Outbox;
import io.expensync.users.CurrentUser;
import io.expensync.users.email.EmailLinks;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sessions are kept in the database: a user signed in from two browsers sees both (this
 * one marked, each with its browser), signs the other one out and that browser is sent to
 * sign in at its next request; nobody can end another user's session. Changing the
 * password signs out the other browsers, a reset all of them.
 */
// sessions in the database, as the app keeps them (the other tests keep them in the
// container)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.autoconfigure.exclude=")
class SessionsIntegrationTests {

	static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

	static final String CHROME = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";

	private static final Pattern HANDLE = Pattern.compile("data-session=\"([0-9a-f]+)\"");

	private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditLog log;

	@Autowired
	Outbox outbox;

	@Autowired
	EmailLinks links;

	@Test
	void aUserSeesTheirSessionsAndSignsOneOut() throws Exception {
		CurrentUser ann = users.signUp("Ann");
		Browser laptop = new Browser(port, FIREFOX);
		Browser phone = new Browser(port, CHROME);
		laptop.signIn(ann.email());
		phone.signIn(ann.email());
		assertThat(sessionsOf(ann)).isEqualTo(2);

		String page = laptop.get("/sessions").body();
		assertThat(page).contains("Firefox on Linux", "Chrome on Android", "This browser");
		Matcher handles = HANDLE.matcher(page);
		assertThat(handles.find()).isTrue();
		String laptopHandle = handles.group(1);
		assertThat(handles.find()).isTrue();
		String phoneHandle = handles.group(1);

		// nobody else can end it, and the laptop cannot end itself this way
		CurrentUser bob = users.signUp("Bob");
		Browser bobs = new Browser(port, "curl/8.0");
		bobs.signIn(bob.email());
		assertThat(bobs.post("/sessions/" + phoneHandle + "/end").statusCode()).isEqualTo(404);
		assertThat(laptop.post("/sessions/" + laptopHandle + "/end").statusCode()).isEqualTo(404);
		assertThat(phone.get("/dashboard").statusCode()).isEqualTo(200);

		assertThat(laptop.post("/sessions/" + phoneHandle + "/end").statusCode()).isEqualTo(302);
		assertThat(phone.isSignedOut()).isTrue();
		assertThat(laptop.get("/dashboard").statusCode()).isEqualTo(200);
		assertThat(bobs.get("/dashboard").statusCode()).isEqualTo(200);
		assertThat(laptop.get("/activity").body()).contains("A signed-in browser was signed out", "Signed in");

		// sign out everywhere else
		Browser tablet = new Browser(port, "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) Safari/604.1");
		tablet.signIn(ann.email());
		assertThat(laptop.post("/sessions/end-others").statusCode()).isEqualTo(302);
		assertThat(tablet.get("/dashboard").statusCode()).isEqualTo(302);
		assertThat(laptop.get("/sessions").body()).contains("This browser").doesNotContain("Safari");
	}

	@Test
	void deletingTheAccountSignsOutEveryBrowser() throws Exception {
		CurrentUser cleo = users.signUp("Cleo");
		Browser laptop = new Browser(port, "Firefox/128.0");
		Browser phone = new Browser(port, "Chrome/126.0");
		laptop.signIn(cleo.email());
		phone.signIn(cleo.email());
		HttpResponse<String> deleted = laptop.post("/profile/delete", "password", TestUsers.PASSWORD, "confirm",
				"DELETE");
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(sessionsOf(cleo)).isZero();
		assertThat(phone.get("/dashboard").statusCode()).isEqualTo(302);
	}

	@Test
	void changingThePasswordSignsOutTheOtherBrowsersAndAResetSignsOutAll() throws Exception {
		CurrentUser dora = users.signUp("Dora");
		CurrentUser bob = users.signUp("Bob");
		Browser laptop = new Browser(port, FIREFOX);
		Browser phone = new Browser(port, CHROME);
		Browser bobs = new Browser(port, "curl/8.0");
		laptop.signIn(dora.email());
		phone.signIn(dora.email());
		bobs.signIn(bob.email());

		assertThat(laptop
			.post("/profile/password", "currentPassword", "not my password", "newPassword", "a brand new secret 42",
					"confirm", "a brand new secret 42")
			.statusCode()).as("a refused change signs nobody out").isEqualTo(200);
		assertThat(phone.isSignedOut()).isFalse();

		HttpResponse<String> changed = laptop.post("/profile/password", "currentPassword", TestUsers.PASSWORD,
				"newPassword", "a brand new secret 42", "confirm", "a brand new secret 42");
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(changed.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/profile"));
		assertThat(phone.isSignedOut()).as("the other browser").isTrue();
		assertThat(laptop.get("/dashboard").statusCode()).as("this one").isEqualTo(200);
		assertThat(bobs.get("/dashboard").statusCode()).as("nobody else's").isEqualTo(200);
		assertThat(sessionsOf(dora)).isOne();
		assertThat(log.latest(dora.id())).extracting(AuditEvent::kind, AuditEvent::detail)
			.contains(tuple(Kind.SESSION_ENDED, "1 browser(s), all but this one, as the password was changed"))
			.contains(tuple(Kind.PASSWORD_CHANGED, null));
		assertThat(phone.signIn(dora.email(), TestUsers.PASSWORD).headers().firstValue("Location"))
			.as("the old password no longer works")
			.hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));

		// a reset through the emailed link, from a browser that is not signed in
		phone.signIn(dora.email(), "a brand new secret 42");
		links.requestPasswordReset(dora.email());
		// the link is made and written after the ask has committed, on another thread:
		// wait for the email itself
		String token = token(ArrivingEmails.first(outbox, dora, "password-reset"));
		Browser library = new Browser(port, "Mozilla/5.0 (Windows NT 10.0) Edg/126.0");
		HttpResponse<String> reset = library.postFrom("/password/reset?token=" + token, "/password/reset", "token",
				token, "password", "another new secret 43", "confirm", "another new secret 43");
		assertThat(reset.statusCode()).isEqualTo(302);
		assertThat(laptop.isSignedOut()).isTrue();
		assertThat(phone.isSignedOut()).isTrue();
		assertThat(sessionsOf(dora)).isZero();
		assertThat(bobs.get("/dashboard").statusCode()).isEqualTo(200);
		assertThat(log.latest(dora.id())).extracting(AuditEvent::detail)
			.contains("2 browser(s), every one, as the password was reset");
	}

	private int sessionsOf(CurrentUser user) {
		return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				user.email());
	}

	private static String token(MailboxEntry email) {
		Matcher token = TOKEN.matcher(email.text());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

}
