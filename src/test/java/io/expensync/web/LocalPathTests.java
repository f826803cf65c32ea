package io.expensync.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTests {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/transactions/new", "/transactions/new?type=EXPENSE&q=a%2Fb", "/budgets#new" })
	void pathsInTheAppAreLocal(String path) {
		assertThat(LocalPath.isLocal(path)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "https://evil.example", "//evil.example", "/\\evil.example", "\\/evil.example",
			"/\t/evil.example", "/\n/evil.example", "/a\\..\\..\\evil", "evil.example", "javascript:alert(1)" })
	void pathsThatLeadElsewhereAreNot(String path) {
		assertThat(LocalPath.isLocal(path)).isFalse();
	}

}
