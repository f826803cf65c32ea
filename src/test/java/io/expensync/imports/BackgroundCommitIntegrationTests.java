package io.expensync.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.expensync.Api;
import io.expensync.BalanceFromRows;
import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Committing from the page off the request thread: a few thousand rows committed in the
 * background report each step and end committed with the balance moved once; a commit
 * held by another transaction (another node) shows as under way from the database alone.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BackgroundCommitIntegrationTests {

	static final int ROWS = 3000;

	static final Pattern STAGE = Pattern.compile("data-stage=\"(\\w*)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ImportService imports;

	@Autowired
	TransactionTemplate transactions;

	Api api;

	CurrentUser ann;

	String giro;

	@BeforeEach
	void setUp() {
		api = new Api(mvc);
		ann = users.signUp("Ann");
		giro = api.account(ann, "Giro", "100.00");
	}

	@Test
	void aFewThousandRowsAreCommittedInTheBackgroundWithTheirProgressAndTheBalanceMovedOnce() {
		StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
		BigDecimal sum = BigDecimal.ZERO;
		LocalDate day = LocalDate.of(2025, 1, 1);
		for (int i = 0; i < ROWS; i++) {
			BigDecimal amount = new BigDecimal((i % 7 == 0) ? "250.00" : "-" + (1 + i % 40) + "." + (10 + i % 90));
			sum = sum.add(amount);
			csv.append(day.plusDays(i / 10)).append(",Shop number ").append(i).append(',').append(amount).append('\n');
		}
		String id = Api.read(api.upload(ann, giro, "year.csv", csv.toString().getBytes(StandardCharsets.UTF_8)),
				"$.id");

		String first = ImportPagesIntegrationTests
			.text(mvc.get().uri("/imports/" + id).with(TestUsers.session(ann)).exchange());
		assertThat(first.split("data-row=\"", -1)).as("one page of rows").hasSize(ImportController.PAGE + 1);
		assertThat(first)
			.contains("Rows <span>1</span>–<span>200</span>", "of <span>3000</span>", "Page 1 of 15",
					"Shop number 199<")
			.doesNotContain("Shop number 200<");
		String last = ImportPagesIntegrationTests
			.text(mvc.get().uri("/imports/" + id + "?page=14").with(TestUsers.session(ann)).exchange());
		assertThat(last)
			.contains("Rows <span>2801</span>–<span>3000</span>", "Page 15 of 15", "Shop number 2800<",
					"Shop number 2999<")
			.doesNotContain("Shop number 2799<");

		MvcTestResult started = mvc.post()
			.uri("/imports/" + id + "/commit")
			.with(TestUsers.session(ann))
			.with(csrf())
			.exchange();
		assertThat(started).hasRedirectedUrl("/imports/" + id);
		Set<String> stages = new LinkedHashSet<>();
		String body = "";
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (!body.contains("data-state=\"done\"") && Instant.now().isBefore(until)) {
			body = ImportPagesIntegrationTests
				.text(mvc.get().uri("/imports/" + id + "/progress").with(TestUsers.session(ann)).exchange());
			Matcher stage = STAGE.matcher(body);
			if (stage.find() && !stage.group(1).isEmpty()) {
				stages.add(stage.group(1));
			}
			if (body.contains("data-state=\"running\"")) {
				assertThat(body).as("polled again while it runs").contains("hx-trigger=\"every 500ms\"", "<progress");
			}
			ImportPagesIntegrationTests.sleep(10);
		}
		assertThat(body).contains("Imported 3,000, skipped 0.").doesNotContain("hx-trigger");
		List<String> order = List.of("WAITING", "READING", "CHECKING_DUPLICATES", "BOOKING", "DONE");
		assertThat(new ArrayList<>(stages)).as("the steps seen, in order")
			.isSortedAccordingTo((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
		assertThat(stages).as("progress was reported while it ran").isNotEmpty();

		assertThat(new BigDecimal(api.balance(ann, giro))).isEqualByComparingTo(new BigDecimal("100.00").add(sum));
		BalanceFromRows.assertMatches(jdbc, giro, 0);
		assertThat(jdbc.queryForObject("select count(*) from transactions where account_id = ?", Long.class,
				UUID.fromString(giro)))
			.isEqualTo(ROWS);
	}

	@Test
	void committingTellsEachStepWithItsRows() {
		String csv = "Date,Description,Amount\n2026-03-01,Coffee,-3.20\n2026-03-02,Salary,2000.00\n2026-03-03,Tea,-2.00\n";
		String id = Api.read(api.upload(ann, giro, "a.csv", csv.getBytes(StandardCharsets.UTF_8)), "$.id");
		api.put(ann, "/api/v1/imports/" + id + "/rows/2", "{\"included\": false}");
		List<String> told = new ArrayList<>();
		ImportService.Committed committed = imports.commit(ann.id(), UUID.fromString(id),
				(step, rows) -> told.add(step + " " + rows));
		assertThat(told).containsExactly("READING 3", "CHECKING_DUPLICATES 3", "BOOKING 2");
		assertThat(committed).isEqualTo(new ImportService.Committed(2, 1));
	}

	@Test
	void aCommitUnderWayElsewhereIsToldByTheImportsLockAndCannotBeStartedTwice() throws InterruptedException {
		String id = Api.read(api.upload(ann, giro, "a.csv",
				"Date,Description,Amount\n2026-03-01,Coffee,-3.20\n".getBytes(StandardCharsets.UTF_8)), "$.id");
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread otherNode = new Thread(() -> transactions.executeWithoutResult((status) -> {
			jdbc.queryForList("select id from imports where id = ? for update", UUID.fromString(id));
			locked.countDown();
			try {
				release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		otherNode.start();
		try {
			assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
			assertThat(imports.standing(ann.id(), UUID.fromString(id)).committing()).isTrue();
			MvcTestResult page = mvc.get().uri("/imports/" + id).with(TestUsers.session(ann)).exchange();
			assertThat(page).hasStatusOk()
				.bodyText()
				.contains("Being committed…", "data-state=\"running\"", "hx-trigger=\"every 500ms\"");
			MvcTestResult again = mvc.post()
				.uri("/imports/" + id + "/commit")
				.with(TestUsers.session(ann))
				.with(csrf())
				.exchange();
			assertThat(again).flash().containsEntry("error", "This import is being committed already.");
		}
		finally {
			release.countDown();
			otherNode.join(10_000);
		}
		assertThat(imports.standing(ann.id(), UUID.fromString(id)).committing()).isFalse();
		assertThat(ImportPagesIntegrationTests
			.text(mvc.get().uri("/imports/" + id).with(TestUsers.session(ann)).exchange())).contains("Preview of");
		assertThat(api.balance(ann, giro)).isEqualTo("100.00");
	}

}
