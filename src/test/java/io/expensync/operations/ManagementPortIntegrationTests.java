package io.expensync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The separate management port, as the README sets it up for a Prometheus scraper on the
 * same machine: bound to loopback, it answers without signing in; the application's port
 * no longer serves the management endpoints, but still answers load balancers' probes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "management.server.address=127.0.0.1" })
class ManagementPortIntegrationTests {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void aScraperOnThisMachineReadsTheMetricsWithoutSigningIn() throws Exception {
		HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus");
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("hikaricp_connections_active{", "jobrunr_jobs_by_state{",
				"expensync_recurring_booked_total");
		assertThat(get(managementPort, "/actuator/health").statusCode()).isEqualTo(200);
	}

	@Test
	void theApplicationsPortKeepsTheProbesAndNothingElseOfManagement() throws Exception {
		assertThat(get(port, "/livez").statusCode()).isEqualTo(200);
		assertThat(get(port, "/readyz").statusCode()).isEqualTo(200);
		HttpResponse<String> scrape = get(port, "/actuator/prometheus");
		assertThat(scrape.statusCode()).isEqualTo(302);
		assertThat(scrape.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
	}

	private static HttpResponse<String> get(int port, String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
