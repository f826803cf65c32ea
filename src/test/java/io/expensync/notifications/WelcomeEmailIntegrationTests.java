package io.expensync.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class WelcomeEmailIntegrationTests {

	@Autowired
	TestUsers users;

	@Autowired
	Outbox outbox;

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

}
