package io.expensync.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import io.expensync.AfterCommitWorkDone;
import io.expensync.TestUsers;
import io.expensync.users.CredentialsChanged.Change;
import io.expensync.users.email.EmailLinks;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The users module on its own: what it announces when someone signs up, asks for a
 * password reset and resets it, and deletes their account (the events other modules act
 * on), for that user and nobody else.
 */
@ApplicationModuleTest(extraIncludes = "web")
@Import(UsersModuleTests.LinkThreads.class)
class UsersModuleTests {

	@Autowired
	UserService users;

	@Autowired
	EmailLinks links;

	@Autowired
	TestUsers testUsers;

	@Autowired
	LinkThreads linkThreads;

	@Autowired
	AfterCommitWorkDone afterCommitWork;

	CurrentUser bob;

	@BeforeEach
	void setUp() {
		// first: Bob is the installation's admin if it had none, so Ann may delete hers
		bob = testUsers.signUp("Bob");
		linkThreads.names.clear();
	}

	@Test
	void aSignUpIsAnnouncedWithTheWelcomeLinkThatConfirmsTheAddress(Scenario scenario) {
		String email = "ann+" + UUID.randomUUID() + "@example.org";
		scenario
			.stimulate(() -> users.signUp(
					new SignUp(email, TestUsers.PASSWORD, new ProfileSettings("Ann", "EUR", "Europe/Berlin", "en-IE"))))
			.andWaitForStateChange(() -> users.current(email))
			.andVerifyEvents((events) -> {
				UUID ann = users.current(email).orElseThrow().id();
				assertThat(events.ofType(UserRegistered.class).matchingValue(UserRegistered::userId, ann)).hasSize(1);
				assertThat(events.ofType(AddressVerificationRequested.class)
					.matchingValue(AddressVerificationRequested::userId, ann)).singleElement()
					.satisfies((requested) -> {
						assertThat(requested.welcome()).isTrue();
						assertThat(users.get(ann).emailVerified()).isFalse();
						assertThat(links.verifyAddress(requested.token())).isTrue();
						assertThat(users.get(ann).emailVerified()).isTrue();
					});
			});
		assertThat(users.get(bob.id()).emailVerified()).isFalse();
	}

	@Test
	void aResetLinkFollowsTheAskOnAnotherThreadOnlyForAKnownAddressAndAResetIsAnnounced(Scenario scenario) {
		CurrentUser ann = testUsers.signUp("Ann");
		AtomicReference<String> token = new AtomicReference<>();
		// the Function form: each ask is a request of its own, not one transaction
		scenario.stimulate((transactions) -> {
			links.requestPasswordReset(" " + ann.email().toUpperCase(Locale.ROOT));
			links.requestPasswordReset("nobody+" + ann.id() + "@example.org");
			return null;
		}).andWaitForEventOfType(PasswordResetRequested.class).toArriveAndVerify((requested) -> {
			assertThat(requested.userId()).isEqualTo(ann.id());
			assertThat(requested.validFor()).hasHours(1);
			token.set(requested.token());
		});
		// both asks handled, the unknown address's too
		afterCommitWork.await();
		assertThat(linkThreads.names)
			.as("one link, following on another thread than the request's: no lookup, link or "
					+ "email there, which would take longer for a known address")
			.singleElement()
			.isNotEqualTo(Thread.currentThread().getName());

		scenario.stimulate(() -> links.resetPassword(token.get(), "a new long secret"))
			.andWaitForEventOfType(CredentialsChanged.class)
			.matching((changed) -> changed.userId().equals(ann.id()))
			.toArriveAndVerify((changed) -> assertThat(changed.change()).isEqualTo(Change.PASSWORD_RESET));
		assertThat(users.get(ann.id()).emailVerified()).as("the link proved the address").isTrue();
	}

	@Test
	void aDeletionIsAnnouncedBeforeAndAfterTheUsersRowGoesAndTakesNobodyElse(Scenario scenario) {
		CurrentUser ann = testUsers.signUp("Ann");
		scenario.stimulate(() -> users.delete(ann.id(), new AccountDeletion(TestUsers.PASSWORD, "DELETE")))
			.andWaitForStateChange(() -> users.find(ann.id()), Optional::isEmpty)
			.andVerifyEvents((events) -> {
				assertThat(events.ofType(UserDeleting.class)).containsExactly(new UserDeleting(ann.id()));
				assertThat(events.ofType(UserDeleted.class)).containsExactly(new UserDeleted(ann.id(), ann.email()));
				assertThat(events.ofType(Object.class)
					.matching((event) -> event instanceof UserDeleting || event instanceof UserDeleted))
					.extracting((event) -> event.getClass().getSimpleName())
					.containsExactly("UserDeleting", "UserDeleted");
			});
		assertThat(users.find(bob.id())).contains(bob);
	}

	/** The threads on which reset links were made. */
	@TestComponent
	static class LinkThreads {

		final List<String> names = new CopyOnWriteArrayList<>();

		@EventListener
		void on(PasswordResetRequested requested) {
			names.add(Thread.currentThread().getName());
		}

	}

}
