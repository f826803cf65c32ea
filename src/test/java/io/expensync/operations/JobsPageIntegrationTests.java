package io.expensync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;
import io.expensync.users.Role;

import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.JobDetails;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The jobs page: the periodic jobs JobRunr holds, the counts per state and the latest
 * failures, for administrators only; JobRunr's job counts also reach Actuator's metrics.
 */
@SpringBootTest
@AutoConfigureMockMvc
class JobsPageIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	StorageProvider jobs;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void adminsSeeThePeriodicJobsAndTheLatestFailures() {
		CurrentUser signedUp = users.signUp("Ada Admin");
		jdbc.update("update users set role = 'ADMIN' where id = ?", signedUp.id());
		CurrentUser admin = new CurrentUser(signedUp.id(), signedUp.email(), signedUp.name(), signedUp.profile(),
				Role.ADMIN);
		Job failed = new Job(new JobDetails("io.expensync.reports.MonthlyReportJob", null, "make", List.of()));
		failed.failed("Monthly report failed", new IllegalStateException("the database went away"));
		jobs.save(failed);

		assertThat(mvc.get().uri("/admin/jobs").with(TestUsers.session(admin))).hasStatusOk()
			.bodyText()
			.contains("recurring-occurrences", "recurring-summary", "budget-alert-sweep", "mail-delivery",
					"monthly-reports", "PT15M", "Latest failures",
					"java.lang.IllegalStateException: the database went away");

		assertThat(mvc.get().uri("/actuator/metrics/jobrunr.jobs.by-state").with(TestUsers.session(admin)))
			.hasStatusOk()
			.bodyText()
			.contains("FAILED");
	}

	@Test
	void nobodyElseFindsThePage() {
		CurrentUser ann = users.signUp("Ann");
		assertThat(mvc.get().uri("/admin/jobs").with(TestUsers.session(ann))).hasStatus(404);
		assertThat(mvc.get().uri("/admin/jobs")).hasStatus3xxRedirection();
	}

}
