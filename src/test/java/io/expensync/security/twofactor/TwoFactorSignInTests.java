package io.expensync.security.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class TwoFactorSignInTests {

	static final GrantedAuthority USER = new SimpleGrantedAuthority("ROLE_USER");

	static final GrantedAuthority ON = new SimpleGrantedAuthority(TwoFactorSignIn.REQUIRED);

	@Test
	void thePasswordOfAUserWithTwoFactorOnIsHalfwayUntilTheCode() {
		assertThat(TwoFactorSignIn.isHalfway(signedIn(USER, ON))).isTrue();
		assertThat(TwoFactorSignIn
			.isHalfway(signedIn(USER, ON, FactorGrantedAuthority.fromAuthority(TwoFactorSignIn.FACTOR)))).isFalse();
	}

	@Test
	void aPasskeyIsBothFactors() {
		assertThat(TwoFactorSignIn
			.isHalfway(signedIn(USER, ON, FactorGrantedAuthority.fromAuthority(TwoFactorSignIn.PASSKEY)))).isFalse();
	}

	@Test
	void withTwoFactorOffNothingMoreIsWanted() {
		assertThat(TwoFactorSignIn.isHalfway(signedIn(USER))).isFalse();
		assertThat(TwoFactorSignIn.isHalfway(null)).isFalse();
	}

	private static Authentication signedIn(GrantedAuthority... authorities) {
		return UsernamePasswordAuthenticationToken.authenticated("ann@example.org", null, List.of(authorities));
	}

}
