package io.expensync.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import io.expensync.Api;
import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A preview nobody committed is dropped after a week, with its file; a committed import
 * stays, so it can still be undone.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StalePreviewsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	StalePreviewsJob job;

	@Autowired
	Clock clock;

	@Test
	void dropsPreviewsOlderThanAWeekAndKeepsCommittedImports() {
		Api api = new Api(mvc);
		CurrentUser ann = users.signUp("Ann");
		String checking = api.account(ann, "Checking", "100.00");
		String left = api.importPreview(ann, checking);
		String committed = api.importPreview(ann, checking);
		assertThat(mvc.post().uri("/api/v1/imports/" + committed + "/commit").with(TestUsers.basic(ann)).exchange())
			.hasStatus(200);

		assertThat(job.dropOlderThan(clock.instant().minus(Duration.ofDays(7)))).isZero();
		assertThat(api.get(ann, "/api/v1/imports/" + left)).hasStatus(200);

		assertThat(job.dropOlderThan(clock.instant().plus(Duration.ofSeconds(1)))).isGreaterThanOrEqualTo(1);
		assertThat(api.get(ann, "/api/v1/imports/" + left)).hasStatus(404);
		assertThat(api.get(ann, "/api/v1/imports/" + committed)).hasStatus(200)
			.bodyJson()
			.extractingPath("$.committed")
			.isEqualTo(true);
		assertThat(api.balance(ann, checking)).isEqualTo("102.60");
	}

}
