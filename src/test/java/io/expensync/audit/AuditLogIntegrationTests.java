package io.expensync.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import io.expensync.Api;
import io.expensync.TestUsers;
import io.expensync.audit.AuditEvent.Kind;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Sign-ins and failed sign-ins land in the account's audit log with where they came from,
 * and each user sees only their own on the Security activity page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditLogIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

	@Autowired
	TestUsers users;

	@Autowired
	AuditLog log;

	@Test
	void signInsAndFailedSignInsAreLoggedForTheirAccountOnly() {
		CurrentUser ann = users.signUp("Ann");
		CurrentUser bob = users.signUp("Bob");
		assertThat(signIn(ann.email(), "not the password")).hasRedirectedUrl("/login?error");
		assertThat(signIn(ann.email(), TestUsers.PASSWORD)).hasRedirectedUrl("/dashboard");
		assertThat(signIn("nobody@example.org", "whatever it is")).hasRedirectedUrl("/login?error");

		List<AuditEvent> anns = log.latest(ann.id());
		assertThat(anns).extracting(AuditEvent::kind).containsExactly(Kind.SIGNED_IN, Kind.SIGN_IN_FAILED);
		assertThat(anns.get(0).address()).isEqualTo("10.9.8.7");
		assertThat(anns.get(0).browser()).as("kept as sent").isEqualTo(FIREFOX);
		assertThat(log.latest(bob.id())).isEmpty();

		assertThat(mvc.get().uri("/activity").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("Failed sign-in", "Signed in", "From 10.9.8.7 · Firefox on Linux", "title=\"" + FIREFOX + "\"");
		assertThat(mvc.get().uri("/activity").with(TestUsers.session(bob))).hasStatusOk()
			.bodyText()
			.contains("Nothing yet")
			.doesNotContain("10.9.8.7");
	}

	@Test
	void changesToTransactionsAreLoggedOldToNewAndARefusedChangeLeavesNoEntry() {
		CurrentUser cleo = users.signUp("Cleo");
		Api api = new Api(mvc);
		String account = api.account(cleo, "Giro", "100.00");
		String lunch = api.transaction(cleo, account, "EXPENSE", "12.50", "food");
		assertThat(api.patch(cleo, "/api/v1/transactions/" + lunch,
				"{\"amount\": \"13.00\", \"category\": \"groceries\", \"merchant\": \"Café\"}"))
			.hasStatusOk();
		assertThat(api.patch(cleo, "/api/v1/transactions/" + lunch, "{\"amount\": \"-1\"}")).hasStatus(400);
		assertThat(api.delete(cleo, "/api/v1/transactions/" + lunch)).hasStatus(204);
		String a = api.transaction(cleo, account, "EXPENSE", "1.00", "food");
		String b = api.transaction(cleo, account, "EXPENSE", "2.00", "food");
		assertThat(api.post(cleo, "/api/v1/transactions/bulk-delete", "{\"ids\": [\"%s\", \"%s\"]}".formatted(a, b)))
			.hasStatusOk();

		List<AuditEvent> events = log.latest(cleo.id());
		assertThat(events).extracting(AuditEvent::kind)
			.containsExactly(Kind.TRANSACTIONS_DELETED, Kind.TRANSACTION_ADDED, Kind.TRANSACTION_ADDED,
					Kind.TRANSACTION_DELETED, Kind.TRANSACTION_CHANGED, Kind.TRANSACTION_ADDED, Kind.ACCOUNT_ADDED);
		assertThat(events.get(4).detail())
			.isEqualTo("test — Amount: 12.50 EUR → 13.00 EUR; Category: food → groceries; Merchant: (none) → Café");
		assertThat(events.get(5).detail()).startsWith("expense 12.50 EUR on ");
		assertThat(events.get(0).detail()).startsWith("2 transaction(s) dated ");
		assertThat(events.get(4).address()).isEqualTo("127.0.0.1");
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult signIn(String email, String password) {
		return mvc.post()
			.uri("/login")
			.param("username", email)
			.param("password", password)
			.header("User-Agent", FIREFOX)
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr("10.9.8.7");
				return request;
			})
			.exchange();
	}

}
