package io.expensync.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;
import io.expensync.users.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class WelcomeEmailIntegrationTests {

	@Autowired
	TestUsers users;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Test
	void signUpWritesTheWelcomeEmailToTheOutbox() {
		CurrentUser ann = users.signUp("Ann Welcome");
		assertThat(outbox.mailbox(ann)).singleElement().satisfies(email -> {
			assertThat(email.recipient()).isEqualTo(ann.email());
			assertThat(email.subject()).isEqualTo("Welcome to ExpenSync");
			assertThat(email.kind()).isEqualTo("welcome");
			assertThat(email.text()).contains("Hello Ann Welcome,", "http://localhost:8080/dashboard");
			assertThat(email.html()).contains("Ann Welcome", "href=\"http://localhost:8080/dashboard\"");
		});
	}

	/**
	 * The welcome email's link confirms the address, a reset email's sets the password:
	 * an admin sees that they were written and sent, never the links (with them an admin
	 * could take over any account).
	 */
	@Test
	void anAdminSeesOtherUsersEmailsButNotWhatTheySay() {
		CurrentUser cleo = users.signUp("Cleo Confirm");
		CurrentUser admin = users.signUp("Ada Admin");
		jdbc.update("update users set role = 'ADMIN' where id = ?", admin.id());
		CurrentUser ada = new CurrentUser(admin.id(), admin.email(), admin.name(), admin.profile(), Role.ADMIN);

		MailboxEntry welcome = outbox.mailbox(ada)
			.stream()
			.filter(email -> email.recipient().equals(cleo.email()))
			.findFirst()
			.orElseThrow();
		assertThat(welcome.subject()).isEqualTo("Welcome to ExpenSync");
		assertThat(welcome.bodyShown()).isFalse();
		assertThat(welcome.text() + welcome.html()).doesNotContain("token=");
		assertThat(mvc.get().uri("/mailbox/" + welcome.id()).with(TestUsers.session(ada))).hasStatusOk()
			.bodyText()
			.contains("Welcome to ExpenSync", cleo.email(), "What an email says is shown to its recipient")
			.doesNotContain("token=", "Cleo Confirm,");

		assertThat(outbox.read(cleo, welcome.id()).text()).as("its recipient reads it").contains("/verify?token=");
	}

}
