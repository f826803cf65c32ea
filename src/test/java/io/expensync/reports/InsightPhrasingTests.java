package io.expensync.reports;

import io.expensync.StubChatServer;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.expensync.reports.MonthlyReportView.Summary;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Phrasing against an OpenAI-compatible stub on 127.0.0.1, with the settings bound from
 * properties as the application binds them: what is sent, when the paragraph is kept, and
 * that nothing is sent unless phrasing is turned on.
 */
class InsightPhrasingTests {

	static final YearMonth OCTOBER = YearMonth.of(2026, 10);

	/**
	 * Two insights as {@link Insights} finds them: one names a merchant, one does not.
	 */
	static final List<Insight> INSIGHTS = List.of(
			new Insight("You kept 46.2% of your income (€1,384.50): €3,000.00 in, €1,615.50 out.",
					"You kept 46.2% of your income (€1,384.50): €3,000.00 in, €1,615.50 out.",
					List.of(new BigDecimal("46.2"), new BigDecimal("1384.50"), new BigDecimal("3000.00"),
							new BigDecimal("1615.50"))),
			new Insight("You paid Lidl 3 times, €210.50 in all (€70.17 on average).",
					"You paid one merchant 3 times, €210.50 in all (€70.17 on average).",
					List.of(new BigDecimal("3"), new BigDecimal("210.50"), new BigDecimal("70.17"))));

	final StubChatServer stub = StubChatServer.start();

	@AfterEach
	void stop() {
		stub.close();
	}

	@Test
	void sendsOnlyTheSharedSentencesWithTheirNumbersAndKeepsAParagraphThatStatesThem() {
		stub.answer("October went well: you kept 46.2% of your income, €1,384.50, and paid one merchant 3 times.");
		InsightPhrasing phrasing = phrasing(on());

		Optional<Summary> summary = phrasing.phrase(OCTOBER, INSIGHTS);

		assertThat(summary).contains(new Summary(
				"October went well: you kept 46.2% of your income, €1,384.50, and paid one merchant 3 times.",
				"stub-model"));
		assertThat(stub.requests()).hasSize(1);
		assertThat(stub.requests().get(0).body().get("model").stringValue()).isEqualTo("stub-model");
		assertThat(stub.lastRequest().messages())
			.contains("October 2026", "You paid one merchant 3 times", "\"1384.50\"", "\"70.17\"", "\"46.2\"")
			.doesNotContain("Lidl");
	}

	@Test
	void aParagraphWithANumberItWasNotGivenIsNotKept() {
		stub.answer("October went well: you kept 46.2% of your income and saved €1,400.00.");

		assertThat(phrasing(on()).phrase(OCTOBER, INSIGHTS)).isEmpty();
		assertThat(stub.requests()).hasSize(1);
	}

	@Test
	void aProviderSlowerThanTheTimeLimitIsNotWaitedFor() {
		stub.answer("October went well: you kept 46.2% of your income.").after(Duration.ofSeconds(5));
		Map<String, String> settings = on();
		settings.put("expensync.insights.ai.timeout", "1s");
		InsightPhrasing phrasing = phrasing(settings);

		long start = System.nanoTime();
		Optional<Summary> summary = phrasing.phrase(OCTOBER, INSIGHTS);
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(summary).isEmpty();
		assertThat(took).as("gave up after about the time limit, not the provider's 5 s")
			.isLessThan(Duration.ofMillis(3500));
		assertThat(stub.requests()).as("not retried").hasSize(1);
	}

	@Test
	void aFailingProviderGivesNoParagraphAndIsNotRetried() {
		stub.fail(500, "overloaded");
		InsightPhrasing phrasing = phrasing(on());

		assertThat(phrasing.phrase(OCTOBER, INSIGHTS)).isEmpty();
		long start = System.nanoTime();
		assertThat(phrasing.phrase(OCTOBER, INSIGHTS)).isEmpty();
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(stub.requests()).as("one request each, no retry").hasSize(2);
		assertThat(took).as("no back-off before giving up").isLessThan(Duration.ofMillis(400));
	}

	@Test
	void offByDefaultEvenWithTheReceiptsProviderSetSoNothingIsSent() {
		Map<String, String> settings = new HashMap<>();
		settings.put("expensync.receipts.provider", "openai");
		settings.put("expensync.receipts.ai.base-url", stub.baseUrl());
		stub.answer("October went well.");
		InsightPhrasing phrasing = phrasing(settings);

		assertThat(phrasing.enabled()).isFalse();
		assertThat(phrasing.phrase(OCTOBER, INSIGHTS)).isEmpty();
		assertThat(stub.requests()).isEmpty();
	}

	@Test
	void turnedOnItUsesTheReceiptsProviderWithItsEndpointKeyAndModel() {
		Map<String, String> settings = new HashMap<>();
		settings.put("expensync.insights.ai.enabled", "true");
		settings.put("expensync.receipts.provider", "openai");
		settings.put("expensync.receipts.ai.base-url", stub.baseUrl());
		settings.put("expensync.receipts.ai.model", "qwen2.5vl");
		stub.answer("October went well: you kept 46.2% of your income.");

		assertThat(phrasing(settings).phrase(OCTOBER, INSIGHTS)).map(Summary::model).contains("qwen2.5vl");
		assertThat(stub.requests()).hasSize(1);
	}

	@Test
	void anotherProviderThanTheReceiptsOneTakesNoneOfItsSettings() {
		Map<String, String> settings = new HashMap<>();
		settings.put("expensync.insights.ai.enabled", "true");
		settings.put("expensync.insights.ai.provider", "gemini");
		settings.put("expensync.receipts.provider", "openai");
		settings.put("expensync.receipts.ai.api-key", "the-receipts-key");

		assertThat(phrasing(settings).enabled()).as("Gemini needs its own key").isFalse();
	}

	@Test
	void nothingToPhraseSendsNothing() {
		stub.answer("A quiet month.");

		assertThat(phrasing(on()).phrase(OCTOBER, List.of())).isEmpty();
		assertThat(stub.requests()).isEmpty();
	}

	private Map<String, String> on() {
		Map<String, String> settings = new HashMap<>();
		settings.put("expensync.insights.ai.enabled", "true");
		settings.put("expensync.insights.ai.provider", "openai");
		settings.put("expensync.insights.ai.base-url", stub.baseUrl());
		settings.put("expensync.insights.ai.model", "stub-model");
		return settings;
	}

	/** Phrasing with these properties, bound as the application binds them. */
	private static InsightPhrasing phrasing(Map<String, String> properties) {
		Binder binder = new Binder(new MapConfigurationPropertySource(properties));
		InsightPhrasingProperties bound = binder.bindOrCreate("expensync.insights.ai", InsightPhrasingProperties.class);
		return new InsightPhrasing(bound.withReceiptDefaults(binder));
	}

}
