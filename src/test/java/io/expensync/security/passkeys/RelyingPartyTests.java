package io.expensync.security.passkeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class RelyingPartyTests {

	@Test
	void theDefaultAddressMakesPasskeysForLocalhost() {
		assertThat(RelyingParty.of("http://localhost:8080"))
			.isEqualTo(new RelyingParty("localhost", "ExpenSync", "http://localhost:8080"));
	}

	@Test
	void behindADomainTheDomainIsTheIdAndTheDefaultPortIsLeftOut() {
		assertThat(RelyingParty.of(" https://Money.Example.org/ "))
			.isEqualTo(new RelyingParty("money.example.org", "ExpenSync", "https://money.example.org"));
		assertThat(RelyingParty.of("https://money.example.org:443/app").origin())
			.isEqualTo("https://money.example.org");
		assertThat(RelyingParty.of("http://money.example.org:80").origin()).isEqualTo("http://money.example.org");
		assertThat(RelyingParty.of("https://money.example.org:8443/expensync/").origin())
			.isEqualTo("https://money.example.org:8443");
	}

	@Test
	void refusesAnAddressThatIsNotAWebAddressNamingTheSetting() {
		for (String wrong : new String[] { "money.example.org", "ftp://money.example.org", "https://", "http://a b" }) {
			assertThatIllegalStateException().as(wrong)
				.isThrownBy(() -> RelyingParty.of(wrong))
				.withMessageContaining("expensync.base-url");
		}
	}

}
