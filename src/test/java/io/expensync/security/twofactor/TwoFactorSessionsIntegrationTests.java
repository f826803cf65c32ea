package io.expensync.security.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.expensync.TestUsers;
import io.expensync.audit.AuditEvent;
import io.expensync.audit.AuditLog;
import io.expensync.security.Browser;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Turning two-factor sign-in on or off signs out every other browser signed in as the
 * user, with sessions kept in the database as the app keeps them; the browser that made
 * the change stays signed in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.autoconfigure.exclude=")
class TwoFactorSessionsIntegrationTests {

	private static final Pattern SECRET = Pattern.compile("data-secret>([A-Z2-7 ]+)<");

	private static final Pattern RECOVERY_CODE = Pattern.compile(">([a-z2-9]{5}-[a-z2-9]{5})<");

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	AuditLog log;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void turningTwoFactorSignInOnOrOffSignsOutTheOtherBrowsers() throws Exception {
		CurrentUser ann = users.signUp("Ann");
		CurrentUser bob = users.signUp("Bob");
		Browser laptop = new Browser(port, "Firefox/128.0");
		Browser phone = new Browser(port, "Chrome/126.0");
		Browser bobs = new Browser(port, "curl/8.0");
		laptop.signIn(ann.email());
		phone.signIn(ann.email());
		bobs.signIn(bob.email());

		assertThat(laptop.post("/profile/two-factor/start").statusCode()).isEqualTo(302);
		String secret = find(SECRET, laptop.get("/profile/two-factor").body()).replace(" ", "");
		String code = Totp.code(Base32.decode(secret), Totp.step(clock.instant()), 6);
		HttpResponse<String> confirmed = laptop.post("/profile/two-factor/confirm", "code", code);
		assertThat(confirmed.statusCode()).isEqualTo(200);
		String recoveryCode = find(RECOVERY_CODE, confirmed.body());
		assertThat(jdbc.queryForList("select attribute_bytes from spring_session_attributes", byte[].class))
			.as("the recovery codes went only into the response, not into a session row")
			.isNotEmpty()
			.allSatisfy(
					bytes -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain(recoveryCode));

		assertThat(phone.isSignedOut()).as("turned on: the other browser").isTrue();
		assertThat(laptop.get("/dashboard").statusCode()).as("this one").isEqualTo(200);
		assertThat(bobs.get("/dashboard").statusCode()).as("nobody else's").isEqualTo(200);

		Browser tablet = new Browser(port, "Safari/604.1");
		HttpResponse<String> password = tablet.signIn(ann.email(), TestUsers.PASSWORD);
		assertThat(password.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith(TwoFactorSignIn.CODE_PAGE));
		assertThat(tablet.postFrom(TwoFactorSignIn.CODE_PAGE, TwoFactorSignIn.CODE_PAGE, "code", recoveryCode)
			.headers()
			.firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/dashboard"));
		assertThat(tablet.get("/dashboard").statusCode()).isEqualTo(200);

		assertThat(laptop.post("/profile/two-factor/off", "proof", TestUsers.PASSWORD).statusCode()).isEqualTo(302);
		assertThat(tablet.isSignedOut()).as("turned off: the other browser").isTrue();
		assertThat(laptop.get("/dashboard").statusCode()).isEqualTo(200);
		assertThat(bobs.get("/dashboard").statusCode()).isEqualTo(200);
		assertThat(log.latest(ann.id())).extracting(AuditEvent::detail)
			.contains("1 browser(s), all but this one, as two-factor sign-in was turned on",
					"1 browser(s), all but this one, as two-factor sign-in was turned off");
	}

	private static String find(Pattern pattern, String page) {
		Matcher matcher = pattern.matcher(page);
		assertThat(matcher.find()).as("%s on the page", pattern).isTrue();
		return matcher.group(1);
	}

}
