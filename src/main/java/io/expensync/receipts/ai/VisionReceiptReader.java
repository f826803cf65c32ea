package io.expensync.receipts.ai;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import io.expensync.receipts.KeywordCategories;
import io.expensync.receipts.ReceiptProperties.Ai;
import io.expensync.receipts.ReceiptProperties.Provider;
import io.expensync.receipts.ReceiptRejectedException;
import io.expensync.receipts.extraction.ExtractedField;
import io.expensync.receipts.extraction.ReceiptFields;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.content.Media;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatModel.ResponseFormat;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.util.MimeType;
import org.springframework.util.StringUtils;

/**
 * Reads receipts with a vision model behind an OpenAI-compatible chat completions
 * endpoint: Gemini (its OpenAI-compatible endpoint), Ollama, vLLM. The image goes to that
 * endpoint with a request for JSON; the answer is checked by {@link ModelReply}. The
 * model client is built only here, from {@code expensync.receipts.ai.*}, so the
 * application starts without any AI configured. {@link #available()} says whether it is
 * configured, not whether the endpoint answers (nothing is sent until a receipt is read).
 */
public final class VisionReceiptReader {

	private static final Logger log = LoggerFactory.getLogger(VisionReceiptReader.class);

	/** Ollama and vLLM take any key; the client needs one. */
	private static final String NO_KEY = "none";

	private static final int MAX_SHOWN_REPLY = 20_000;

	private static final String NO_ANSWER = "The receipt could not be read: the AI provider (%s) did not answer. "
			+ "Try again later, or enter the receipt by hand.";

	private final Provider provider;

	private final @Nullable String unavailableReason;

	private final @Nullable ChatModel model;

	private final KeywordCategories categories;

	private final Clock clock;

	public VisionReceiptReader(Provider provider, Ai settings, KeywordCategories categories, Clock clock) {
		this.provider = provider;
		this.categories = categories;
		this.clock = clock;
		this.unavailableReason = problem(provider, settings);
		this.model = (unavailableReason == null) ? chatModel(provider, settings) : null;
	}

	/** Whether the provider is configured well enough to be asked. */
	public boolean available() {
		return model != null;
	}

	/**
	 * What is missing from the configuration and how to set it; {@code null} when none.
	 */
	public @Nullable String unavailableReason() {
		return unavailableReason;
	}

	/**
	 * Sends the image to the model and checks its answer.
	 * @param mediaType the image's type, e.g. {@code image/png}
	 * @throws ReceiptRejectedException when the provider does not answer or its answer is
	 * not the JSON asked for
	 * @throws IllegalStateException when the provider is not configured
	 */
	public ModelReading read(String mediaType, byte[] image) {
		if (model == null) {
			throw new IllegalStateException("Receipt scanning is not available: " + unavailableReason);
		}
		UserMessage message = UserMessage.builder()
			.text(ReceiptPrompt.text())
			.media(Media.builder().mimeType(MimeType.valueOf(mediaType)).data(image).build())
			.build();
		String reply = ask(model, new Prompt(message));
		ReceiptFields fields = ModelReply.parse(reply, ReceiptPrompt.CATEGORIES, LocalDate.now(clock));
		return new ModelReading(shown(reply), withCategory(fields));
	}

	private String ask(ChatModel model, Prompt prompt) {
		String reply;
		try {
			ChatResponse response = model.call(prompt);
			Generation result = response.getResult();
			reply = (result != null) ? result.getOutput().getText() : null;
		}
		catch (RuntimeException ex) {
			// the provider's error (unreachable, timeout, refused key, overloaded) goes
			// to
			// the log; the user is told in general words
			log.warn("The {} receipt reader got no answer: {}", provider.name().toLowerCase(), ex.toString());
			throw new ReceiptRejectedException(NO_ANSWER.formatted(provider.name().toLowerCase()), ex);
		}
		if (reply == null || reply.isBlank()) {
			throw new ReceiptRejectedException(NO_ANSWER.formatted(provider.name().toLowerCase()));
		}
		return reply;
	}

	/** The model's category, or else one suggested from the merchant and the items. */
	private ReceiptFields withCategory(ReceiptFields fields) {
		if (fields.category() != null || (fields.merchant() == null && fields.items().isEmpty())) {
			return fields;
		}
		Optional<ExtractedField<String>> suggested = categories
			.suggest((fields.merchant() != null) ? fields.merchant().value() : null, fields.items());
		return new ReceiptFields(fields.merchant(), fields.date(), fields.total(), fields.tax(), fields.currency(),
				fields.items(), suggested.orElse(null));
	}

	private static String shown(String reply) {
		return (reply.length() > MAX_SHOWN_REPLY) ? reply.substring(0, MAX_SHOWN_REPLY) : reply;
	}

	private static @Nullable String problem(Provider provider, Ai settings) {
		if (provider.needsApiKey() && !StringUtils.hasText(settings.apiKey())) {
			return "Reading receipts with %s needs an API key: set expensync.receipts.ai.api-key "
				.formatted(provider.name().toLowerCase())
					+ "(environment variable EXPENSYNC_RECEIPTS_AI_API_KEY), or set expensync.receipts.provider "
					+ "to tesseract to read them on this machine.";
		}
		String baseUrl = baseUrl(provider, settings);
		if (!isHttpUrl(baseUrl)) {
			return "expensync.receipts.ai.base-url must be an http or https URL, such as http://localhost:11434/v1; "
					+ "it is '%s'.".formatted(baseUrl);
		}
		if (settings.timeout().isNegative() || settings.timeout().isZero()) {
			return "expensync.receipts.ai.timeout must be positive, such as 60s.";
		}
		return null;
	}

	private static ChatModel chatModel(Provider provider, Ai settings) {
		String apiKey = StringUtils.hasText(settings.apiKey()) ? settings.apiKey() : NO_KEY;
		String modelName = StringUtils.hasText(settings.model()) ? settings.model() : provider.defaultModel();
		OpenAiChatOptions options = OpenAiChatOptions.builder()
			.baseUrl(baseUrl(provider, settings))
			.apiKey(apiKey)
			.model(modelName)
			.timeout(settings.timeout())
			.maxRetries(1)
			.temperature(0.0)
			.responseFormat(ResponseFormat.builder().type(ResponseFormat.Type.JSON_OBJECT).build())
			.build();
		return OpenAiChatModel.builder().options(options).build();
	}

	private static String baseUrl(Provider provider, Ai settings) {
		String configured = settings.baseUrl();
		return StringUtils.hasText(configured) ? configured.strip() : String.valueOf(provider.defaultBaseUrl());
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
