package io.expensync.reports;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import io.expensync.reports.MonthlyReportView.Summary;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Has an AI provider, when one is configured and {@code expensync.insights.ai.enabled} is
 * on, phrase a month's computed insights as a short friendly paragraph. It sends only the
 * insights' sentences (without any transaction's description or merchant) and their
 * numbers, never the transactions; it keeps the paragraph only when it states no number
 * it was not given ({@link PhrasingCheck}), and gives none when the provider is off, slow
 * or failing: the computed insights stand on their own. Nothing is sent while off, and
 * the model client is built only when on, so the application starts without any AI
 * configured.
 */
@Component
@EnableConfigurationProperties(InsightPhrasingProperties.class)
class InsightPhrasing {

	private static final Logger log = LoggerFactory.getLogger(InsightPhrasing.class);

	/** Ollama and vLLM take any key; the client needs one. */
	private static final String NO_KEY = "none";

	private static final String INSTRUCTIONS = """
			You write the opening paragraph of a person's monthly spending report.
			You get the facts worked out for the month as JSON: sentences, each with the numbers it states.
			Write one short, friendly paragraph of 2 to 4 sentences in plain English that tells the most important facts.
			Rules:
			- Use only the facts given. State no number that is not in them: do not round, add, subtract or work out
			  new numbers, and write each amount and percentage as it appears in the sentences.
			- Give no advice and no judgement beyond the facts.
			- No greeting, heading, list, Markdown or quotation marks: answer with the paragraph only.
			""";

	private final InsightPhrasingProperties settings;

	private final @Nullable ChatModel model;

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	InsightPhrasing(InsightPhrasingProperties properties, Environment environment) {
		this(properties.withReceiptDefaults(Binder.get(environment)));
	}

	/** Phrasing with these settings as they are, without the receipts' defaults. */
	InsightPhrasing(InsightPhrasingProperties settings) {
		this.settings = settings;
		String problem = settings.enabled() ? problem(settings) : null;
		if (problem != null) {
			log.warn("Insight phrasing is off: {}", problem);
		}
		this.model = (settings.enabled() && problem == null) ? chatModel(settings) : null;
		if (model != null) {
			log.info("Monthly report insights are phrased by {} at {}: their sentences and numbers are sent there",
					modelName(settings), baseUrl(settings));
		}
	}

	/** Whether insights are sent to be phrased. */
	boolean enabled() {
		return model != null;
	}

	/**
	 * The insights of {@code month} as a paragraph, or none when phrasing is off, there
	 * is nothing to phrase, or the provider's answer did not come in time or did not pass
	 * the checks.
	 */
	Optional<Summary> phrase(YearMonth month, List<Insight> insights) {
		if (model == null || insights.isEmpty()) {
			return Optional.empty();
		}
		Prompt prompt = new Prompt(List.of(new SystemMessage(INSTRUCTIONS), new UserMessage(facts(month, insights))));
		String reply;
		try {
			ChatResponse response = model.call(prompt);
			Generation result = (response != null) ? response.getResult() : null;
			reply = (result != null) ? result.getOutput().getText() : null;
		}
		catch (RuntimeException ex) {
			// neither the facts nor the provider's answer go to the log
			log.warn("The {} insight phrasing got no answer ({}); the report keeps the computed insights",
					providerName(), ex.getClass().getSimpleName());
			return Optional.empty();
		}
		String paragraph = (reply != null) ? PhrasingCheck.tidy(reply) : null;
		String problem = new PhrasingCheck(allowedNumbers(month, insights)).problem(paragraph);
		if (problem != null || paragraph == null) {
			log.warn("The {} insight phrasing was not used because {}; the report keeps the computed insights",
					providerName(), problem);
			return Optional.empty();
		}
		return Optional.of(new Summary(paragraph, modelName(settings)));
	}

	/**
	 * What the provider gets: the month's name, and each insight's shareable sentence
	 * with its numbers.
	 */
	String facts(YearMonth month, List<Insight> insights) {
		ObjectNode facts = json.createObjectNode()
			.put("month", month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear());
		ArrayNode sentences = facts.putArray("insights");
		for (Insight insight : insights) {
			ObjectNode fact = sentences.addObject().put("sentence", insight.shared());
			ArrayNode numbers = fact.putArray("numbers");
			insight.numbers().forEach(number -> numbers.add(number.toPlainString()));
		}
		return json.writeValueAsString(facts);
	}

	/** The insights' numbers, and the years of the month and of the month before. */
	private static List<BigDecimal> allowedNumbers(YearMonth month, List<Insight> insights) {
		List<BigDecimal> allowed = new ArrayList<>();
		insights.forEach(insight -> allowed.addAll(insight.numbers()));
		allowed.add(BigDecimal.valueOf(month.getYear()));
		allowed.add(BigDecimal.valueOf(month.minusMonths(1).getYear()));
		return allowed;
	}

	private String providerName() {
		return (settings.provider() != null) ? settings.provider().name().toLowerCase(Locale.ROOT) : "unset";
	}

	private static @Nullable String problem(InsightPhrasingProperties settings) {
		InsightPhrasingProperties.Provider provider = settings.provider();
		if (provider == null) {
			return "expensync.insights.ai.enabled is true but no provider is set: set expensync.insights.ai.provider "
					+ "to gemini or openai (or choose a receipts provider, expensync.receipts.provider).";
		}
		if (provider.needsApiKey() && !StringUtils.hasText(settings.apiKey())) {
			return "phrasing with gemini needs an API key: set expensync.insights.ai.api-key "
					+ "(or expensync.receipts.ai.api-key).";
		}
		if (!isHttpUrl(baseUrl(settings))) {
			return "expensync.insights.ai.base-url must be an http or https URL, such as http://localhost:11434/v1.";
		}
		if (settings.timeout().isNegative() || settings.timeout().isZero()) {
			return "expensync.insights.ai.timeout must be positive, such as 10s.";
		}
		return null;
	}

	private static ChatModel chatModel(InsightPhrasingProperties settings) {
		OpenAiChatOptions options = OpenAiChatOptions.builder()
			.baseUrl(baseUrl(settings))
			.apiKey(StringUtils.hasText(settings.apiKey()) ? settings.apiKey() : NO_KEY)
			.model(modelName(settings))
			.timeout(settings.timeout())
			// a retry would double the wait; the report does without instead
			.maxRetries(0)
			.temperature(0.2)
			.build();
		return OpenAiChatModel.builder().options(options).build();
	}

	private static String modelName(InsightPhrasingProperties settings) {
		return StringUtils.hasText(settings.model()) ? settings.model().strip()
				: Objects.requireNonNull(settings.provider()).defaultModel();
	}

	private static String baseUrl(InsightPhrasingProperties settings) {
		return StringUtils.hasText(settings.baseUrl()) ? settings.baseUrl().strip()
				: Objects.requireNonNull(settings.provider()).defaultBaseUrl();
	}

	private static boolean isHttpUrl(String url) {
		try {
			URI uri = new URI(url);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
