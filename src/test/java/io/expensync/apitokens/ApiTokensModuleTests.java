package io.expensync.apitokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.LocalDate;

import io.expensync.UserRows;
import io.expensync.users.CurrentUser;
import io.expensync.users.UserService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The API tokens module on its own: a token made is announced with the day it expires in
 * its owner's timezone and signs that owner in; a token revoked is announced and stops at
 * once; another user can neither revoke it nor sign in with it as themselves. The users
 * module, which checks the password and says who a holder is, is a stand-in.
 */
@ApplicationModuleTest(extraIncludes = "web")
class ApiTokensModuleTests {

	@MockitoBean
	UserService users;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser ann;

	CurrentUser bob;

	@BeforeEach
	void setUp() {
		ann = signedUp("Ann");
		bob = signedUp("Bob");
	}

	@Test
	void aTokenMadeIsAnnouncedWithItsLastDayInTheOwnersZoneAndSignsOnlyThemIn(Scenario scenario) {
		scenario.stimulate(() -> tokens.create(ann, new ApiTokenForm(" backup ", ApiTokenLifetime.DAYS_30, "secret")))
			.andWaitForEventOfType(ApiTokenCreated.class)
			.matching((created) -> created.userId().equals(ann.id()))
			.toArriveAndVerify((created, made) -> {
				assertThat(created.tokenId()).isEqualTo(made.token().id());
				assertThat(created.name()).isEqualTo("backup");
				assertThat(made.token().expiresAt()).isEqualTo(made.token().createdAt().plus(Duration.ofDays(30)));
				assertThat(created.expiresOn())
					.isEqualTo(LocalDate.ofInstant(made.token().expiresAt(), UserRows.PROFILE.zone()));
				assertThat(jdbc.queryForObject("select token_hash from api_tokens where id = ?", String.class,
						made.token().id()))
					.as("only a hash is kept")
					.isEqualTo(TokenSecrets.hash(made.secret()))
					.isNotEqualTo(made.secret());
				assertThat(tokens.holder(made.secret())).hasValueSatisfying((holder) -> {
					assertThat(holder.tokenId()).isEqualTo(made.token().id());
					assertThat(holder.user()).isEqualTo(ann);
				});
			});
		verify(users).confirmPassword(ann.id(), "password", "secret");
		assertThat(tokens.list(bob.id())).isEmpty();
	}

	@Test
	void aRevokedTokenIsAnnouncedAndStopsAtOnceAndOnlyItsOwnerRevokesIt(Scenario scenario) {
		CreatedApiToken made = tokens.create(ann, new ApiTokenForm("script", ApiTokenLifetime.NEVER, "secret"));
		assertThatExceptionOfType(ApiTokenNotFoundException.class)
			.isThrownBy(() -> tokens.revoke(bob, made.token().id()));
		assertThat(tokens.holder(made.secret())).as("still working").isPresent();

		scenario.stimulate(() -> tokens.revoke(ann, made.token().id()))
			.andWaitForEventOfType(ApiTokenRevoked.class)
			.toArriveAndVerify((revoked) -> {
				assertThat(revoked.userId()).isEqualTo(ann.id());
				assertThat(revoked.tokenId()).isEqualTo(made.token().id());
				assertThat(revoked.name()).isEqualTo("script");
				assertThat(revoked.expiresOn()).as("never expires").isNull();
				assertThat(revoked.expired()).isFalse();
			});
		assertThat(tokens.holder(made.secret())).isEmpty();
		assertThat(tokens.list(ann.id())).isEmpty();
	}

	private CurrentUser signedUp(String name) {
		CurrentUser user = UserRows.current(new UserRows(jdbc).insert(name));
		given(users.currentUser(user.id())).willReturn(user);
		return user;
	}

}
