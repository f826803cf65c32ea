package io.expensync.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import io.expensync.TestUsers;
import io.expensync.rates.RatesProperties.Feed;
import io.expensync.users.CurrentUser;
import org.jobrunr.jobs.RecurringJob;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.StorageProvider;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ECB job against a feed on 127.0.0.1: it stores the days it has not stored yet and
 * nothing twice; a feed that fails, or answers garbage, leaves the stored rates as they
 * were and throws nothing; it is on the schedule only where the ECB is the source.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EcbRatesJobIntegrationTests {

	static final String LATER_DAY = """
			<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
				<Cube>
					<Cube time="2026-12-02"><Cube currency="USD" rate="1.0555"/><Cube currency="JPY" rate="160.1"/></Cube>
					<Cube time="2026-12-01"><Cube currency="USD" rate="9.9999"/></Cube>
				</Cube>
			</gesmes:Envelope>
			""";

	@Autowired
	ReferenceRates referenceRates;

	@Autowired
	ExchangeRates rates;

	@Autowired
	JobScheduler jobs;

	@Autowired
	StorageProvider jobStorage;

	@Autowired
	Clock clock;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	EcbStubServer feed;

	@BeforeEach
	void feedOnThisMachine() throws Exception {
		jdbc.update("delete from reference_rates");
		feed = EcbStubServer.start();
	}

	@AfterEach
	void stopFeed() {
		feed.close();
	}

	EcbRatesJob job(Feed source, URI url) {
		RatesProperties properties = new RatesProperties(source, url, "30 16 * * 1-5", Duration.ofSeconds(5),
				Duration.ofMinutes(1));
		return new EcbRatesJob(new EcbRates(properties, referenceRates), properties, jobs, clock, false);
	}

	List<Map<String, Object>> stored() {
		return jdbc.queryForList("select currency, rate_date, per_euro from reference_rates order by 2, 1");
	}

	@Test
	void storesTheNewDaysAndNothingTwice() {
		feed.serve(200, EcbFeedTests.SAMPLE);
		EcbRatesJob job = job(Feed.ECB, feed.url());
		assertThat(job.fetch()).isEqualTo(5);
		List<Map<String, Object>> first = stored();
		assertThat(first).hasSize(5);

		assertThat(job.fetch()).as("the same file again").isZero();
		assertThat(stored()).isEqualTo(first);

		feed.serve(200, LATER_DAY);
		job.run();
		assertThat(stored()).hasSize(7);
		assertThat(jdbc.queryForObject(
				"select per_euro from reference_rates where currency = 'USD' and rate_date = DATE '2026-12-01'",
				BigDecimal.class))
			.as("a day stored is kept")
			.isEqualByComparingTo("1.0543");
		assertThat(feed.requests()).isEqualTo(3);

		CurrentUser ann = users.signUp("Ann");
		Rate rate = rates
			.rate(ann.id(), Currency.getInstance("USD"), Currency.getInstance("JPY"), LocalDate.of(2026, 12, 3))
			.orElseThrow();
		assertThat(rate.day()).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(rate.value()).isEqualTo(new BigDecimal("160.1").divide(new BigDecimal("1.0555"), Rate.PRECISION));
	}

	@Test
	void aFailingFeedLeavesTheStoredRatesAndThrowsNothing() {
		feed.serve(200, EcbFeedTests.SAMPLE);
		EcbRatesJob job = job(Feed.ECB, feed.url());
		job.run();
		List<Map<String, Object>> before = stored();
		assertThat(before).hasSize(5);
		for (String garbage : List.of("", "<html>Maintenance</html>", "{\"rates\": []}", "<Cube><Cube time=")) {
			feed.serve(200, garbage);
			assertThat(job.fetch()).as(garbage).isZero();
		}
		feed.serve(500, "<error>down</error>");
		assertThat(job.fetch()).isZero();
		feed.serve(404, EcbFeedTests.SAMPLE);
		assertThat(job.fetch()).isZero();
		job.run();
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void anUnreachableFeedThrowsNothing() {
		URI closed = feed.url();
		feed.close();
		assertThat(job(Feed.ECB, closed).fetch()).isZero();
		assertThat(stored()).isEmpty();
	}

	@Test
	void fetchesNothingWhereTheEcbIsNotTheSource() {
		feed.serve(200, EcbFeedTests.SAMPLE);
		job(Feed.NONE, feed.url()).run();
		assertThat(feed.requests()).isZero();
		assertThat(stored()).isEmpty();
	}

	@Test
	void isOnTheScheduleOnlyWhereTheEcbIsTheSource() {
		job(Feed.ECB, feed.url()).schedule();
		assertThat(recurring()).extracting(RecurringJob::getScheduleExpression).containsExactly("30 16 * * 1-5");
		job(Feed.NONE, feed.url()).schedule();
		assertThat(recurring()).isEmpty();
		assertThat(feed.requests()).as("jobs do not run on this node").isZero();
	}

	private List<RecurringJob> recurring() {
		return jobStorage.getRecurringJobs().stream().filter(job -> job.getId().equals(EcbRatesJob.ID)).toList();
	}

}
