package io.expensync.reports;

import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * {@code expensync.insights.ai.*}: whether an AI provider phrases a monthly report's
 * computed insights as a short paragraph ({@code enabled}, off by default), which
 * provider, its endpoint, API key and model, and how long to wait for it. What is not set
 * here is taken from the receipts' AI settings ({@code expensync.receipts.provider} and
 * {@code expensync.receipts.ai.*}), read here by their keys rather than through the
 * receipts module, so that reports do not depend on receipts: the provider when the
 * receipts use a model, and its endpoint, key and model only when the provider is the
 * receipts' one (a Gemini key is never sent to an Ollama, nor the other way round). The
 * time limit is not inherited: a report waits {@code 10s} at most, where a receipt may
 * wait a minute.
 */
@ConfigurationProperties("expensync.insights.ai")
public record InsightPhrasingProperties(boolean enabled, @Nullable Provider provider, @Nullable String baseUrl,
		@Nullable String apiKey, @Nullable String model, @DefaultValue("10s") Duration timeout) {

	private static final String RECEIPTS = "expensync.receipts.";

	/** Off, with nothing configured. */
	static InsightPhrasingProperties off() {
		return new InsightPhrasingProperties(false, null, null, null, null, Duration.ofSeconds(10));
	}

	/**
	 * These settings, with what is unset taken from the receipts' AI settings in
	 * {@code binder}.
	 */
	InsightPhrasingProperties withReceiptDefaults(Binder binder) {
		Provider receipts = binder.bind(RECEIPTS + "provider", String.class).map(Provider::of).orElse(null);
		Provider chosen = (provider != null) ? provider : receipts;
		if (chosen == null || chosen != receipts) {
			return new InsightPhrasingProperties(enabled, chosen, baseUrl, apiKey, model, timeout);
		}
		return new InsightPhrasingProperties(enabled, chosen, or(baseUrl, binder, "base-url"),
				or(apiKey, binder, "api-key"), or(model, binder, "model"), timeout);
	}

	private static @Nullable String or(@Nullable String own, Binder binder, String key) {
		return StringUtils.hasText(own) ? own : binder.bind(RECEIPTS + "ai." + key, String.class).orElse(null);
	}

	/** Without the API key, which must not reach a log. */
	@Override
	public String toString() {
		return "InsightPhrasingProperties[enabled=%s, provider=%s, baseUrl=%s, apiKey=%s, model=%s, timeout=%s]"
			.formatted(enabled, provider, baseUrl, (apiKey != null) ? "(set)" : null, model, timeout);
	}

	/**
	 * Who phrases the insights; each sends them to its endpoint and has a default
	 * endpoint and model.
	 */
	public enum Provider {

		/** Google Gemini through its OpenAI-compatible endpoint; needs an API key. */
		GEMINI("https://generativelanguage.googleapis.com/v1beta/openai/", "gemini-2.5-flash"),

		/**
		 * Any OpenAI-compatible chat completions endpoint; by default a local Ollama.
		 */
		OPENAI("http://localhost:11434/v1", "llama3.2");

		private final String defaultBaseUrl;

		private final String defaultModel;

		Provider(String defaultBaseUrl, String defaultModel) {
			this.defaultBaseUrl = defaultBaseUrl;
			this.defaultModel = defaultModel;
		}

		/** The receipts' provider by its name; none for Tesseract or anything else. */
		static @Nullable Provider of(String name) {
			return switch (name.strip().toLowerCase(Locale.ROOT)) {
				case "gemini" -> GEMINI;
				case "openai" -> OPENAI;
				default -> null;
			};
		}

		String defaultBaseUrl() {
			return defaultBaseUrl;
		}

		String defaultModel() {
			return defaultModel;
		}

		boolean needsApiKey() {
			return this == GEMINI;
		}

	}

}
