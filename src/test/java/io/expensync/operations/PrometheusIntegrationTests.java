package io.expensync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;
import io.expensync.users.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The Prometheus scrape on the application's port: request latencies as a histogram, the
 * connection pool, JobRunr's job counts and the app's own counters, for signed-in admins;
 * everyone else is refused as on every other management endpoint but health.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PrometheusIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PathMappedEndpoints endpoints;

	@Test
	void anAdminScrapesLatenciesThePoolTheJobsAndTheAppsCounters() {
		CurrentUser admin = admin();
		assertThat(mvc.get().uri("/dashboard").with(TestUsers.session(admin))).hasStatusOk();

		assertThat(mvc.get().uri("/actuator/prometheus").with(TestUsers.session(admin))).hasStatusOk()
			.hasContentTypeCompatibleWith("text/plain")
			.bodyText()
			.contains("http_server_requests_seconds_bucket{", "uri=\"/dashboard\"", "le=\"0.005\"", "le=\"10.0\"",
					"le=\"+Inf\"", "hikaricp_connections_active{", "hikaricp_connections_pending{",
					"hikaricp_connections_max{", "jobrunr_jobs_by_state{", "state=\"FAILED\"",
					"expensync_recurring_booked_total", "expensync_recurring_failed_total");
	}

	@Test
	void everyManagementEndpointButHealthIsForAdminsOnlyHoweverItIsSpelled() {
		CurrentUser admin = admin();
		CurrentUser ann = users.signUp("Ann");
		List<String> problems = new ArrayList<>();
		List<String> paths = new ArrayList<>();
		for (String path : endpoints.getAllPaths()) {
			// and each spelled with an escape, which Spring Security and Spring MVC
			// decode
			paths.addAll(List.of(path, path.replaceFirst("/actuator", "/%61ctuator")));
		}
		for (String path : paths) {
			URI uri = URI.create(path);
			int anonymous = mvc.get().uri(uri).exchange().getResponse().getStatus();
			int user = mvc.get().uri(uri).with(TestUsers.session(ann)).exchange().getResponse().getStatus();
			int administrator = mvc.get().uri(uri).with(TestUsers.session(admin)).exchange().getResponse().getStatus();
			boolean health = path.endsWith("ctuator/health");
			if (anonymous != (health ? 200 : 302) || user != (health ? 200 : 403) || administrator != 200) {
				problems.add("%s answered %d to an anonymous caller, %d to a user and %d to an admin".formatted(path,
						anonymous, user, administrator));
			}
		}
		assertThat(endpoints.getAllPaths()).contains("/actuator/prometheus", "/actuator/metrics");
		assertThat(problems).isEmpty();
	}

	private CurrentUser admin() {
		CurrentUser signedUp = users.signUp("Ada Admin");
		jdbc.update("update users set role = 'ADMIN' where id = ?", signedUp.id());
		return new CurrentUser(signedUp.id(), signedUp.email(), signedUp.name(), signedUp.profile(), Role.ADMIN);
	}

}
