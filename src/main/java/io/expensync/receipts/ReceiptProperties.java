package io.expensync.receipts;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code expensync.receipts.*}: the largest file accepted, and where Tesseract's language
 * data is ({@code tessdata}; found in the usual places when not set) and which language
 * to read; optionally a folder with a second, more accurate model of that language
 * ({@code second-tessdata}, e.g. tessdata_best's), which reads a receipt again when the
 * first reading left its date unsure. {@code provider} chooses who reads receipts:
 * Tesseract on this machine (the default), or a vision model ({@code gemini}, or
 * {@code openai} for any OpenAI-compatible endpoint such as Ollama or vLLM) configured
 * under {@code ai}. {@code ocr-timeout} bounds how long Tesseract may read one receipt
 * (all its readings together) and {@code pdf-render-timeout} how long the first page of a
 * PDF may take to draw; a receipt that takes longer is marked failed.
 * {@code ppocr-models} is the folder with PaddleOCR's PP-OCRv4 models
 * ({@code bench/ppocr-models} fetches them): when set, they read receipts, which they do
 * far better than Tesseract.
 */
@ConfigurationProperties("expensync.receipts")
public record ReceiptProperties(@DefaultValue("10MB") DataSize maxSize, @Nullable Path tessdata,
		@DefaultValue("eng") String language, @DefaultValue("tesseract") Provider provider, @DefaultValue Ai ai,
		@Nullable Path secondTessdata, @DefaultValue("30s") Duration ocrTimeout,
		@DefaultValue("10s") Duration pdfRenderTimeout, @Nullable Path ppocrModels) {

	@ConstructorBinding
	public ReceiptProperties {
		if (!positive(ocrTimeout) || !positive(pdfRenderTimeout)) {
			throw new IllegalArgumentException(
					"expensync.receipts.ocr-timeout and pdf-render-timeout must be positive");
		}
	}

	private static boolean positive(Duration duration) {
		return !duration.isNegative() && !duration.isZero();
	}

	/** Tesseract on this machine, with the other settings at their defaults. */
	public ReceiptProperties(DataSize maxSize, @Nullable Path tessdata, String language) {
		this(maxSize, tessdata, language, Provider.TESSERACT, Ai.unset(), null, Duration.ofSeconds(30),
				Duration.ofSeconds(10), null);
	}

	/** These settings with the second model's folder set. */
	public ReceiptProperties withSecondTessdata(@Nullable Path folder) {
		return new ReceiptProperties(maxSize, tessdata, language, provider, ai, folder, ocrTimeout, pdfRenderTimeout,
				ppocrModels);
	}

	/** These settings with PP-OCR's models in {@code folder}. */
	public ReceiptProperties withPpocrModels(@Nullable Path folder) {
		return new ReceiptProperties(maxSize, tessdata, language, provider, ai, secondTessdata, ocrTimeout,
				pdfRenderTimeout, folder);
	}

	/** These settings with other time limits for reading and for drawing a PDF. */
	public ReceiptProperties withTimeouts(Duration ocr, Duration pdfRender) {
		return new ReceiptProperties(maxSize, tessdata, language, provider, ai, secondTessdata, ocr, pdfRender,
				ppocrModels);
	}

	/** The defaults, for use without Spring (the benchmark). */
	public static ReceiptProperties defaults() {
		return new ReceiptProperties(DataSize.ofMegabytes(10), null, "eng");
	}

	/**
	 * Who reads receipts. The model providers send the receipt image to the configured
	 * endpoint; each has a default endpoint and model.
	 */
	public enum Provider {

		/** Tesseract OCR on this machine: nothing leaves it. */
		TESSERACT(null, null),

		/** Google Gemini through its OpenAI-compatible endpoint; needs an API key. */
		GEMINI("https://generativelanguage.googleapis.com/v1beta/openai/", "gemini-2.5-flash"),

		/**
		 * Any OpenAI-compatible chat completions endpoint with a vision model; by default
		 * a local Ollama.
		 */
		OPENAI("http://localhost:11434/v1", "qwen2.5vl");

		private final @Nullable String defaultBaseUrl;

		private final @Nullable String defaultModel;

		Provider(@Nullable String defaultBaseUrl, @Nullable String defaultModel) {
			this.defaultBaseUrl = defaultBaseUrl;
			this.defaultModel = defaultModel;
		}

		/** Whether receipts are read by a model rather than by Tesseract. */
		public boolean usesModel() {
			return this != TESSERACT;
		}

		/** Whether the provider refuses requests without an API key. */
		public boolean needsApiKey() {
			return this == GEMINI;
		}

		public @Nullable String defaultBaseUrl() {
			return defaultBaseUrl;
		}

		public @Nullable String defaultModel() {
			return defaultModel;
		}

	}

	/**
	 * {@code expensync.receipts.ai.*}: the model provider's endpoint, API key and model
	 * (each defaulted per provider when not set), and how long to wait for its answer.
	 */
	public record Ai(@Nullable String baseUrl, @Nullable String apiKey, @Nullable String model,
			@DefaultValue("60s") Duration timeout) {

		public static Ai unset() {
			return new Ai(null, null, null, Duration.ofSeconds(60));
		}

		/** Without the API key, which must not reach a log. */
		@Override
		public String toString() {
			return "Ai[baseUrl=%s, apiKey=%s, model=%s, timeout=%s]".formatted(baseUrl,
					(apiKey != null) ? "(set)" : null, model, timeout);
		}

	}

}
