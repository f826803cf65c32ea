package io.expensync.receipts.ai;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.expensync.receipts.ReceiptRejectedException;
import io.expensync.receipts.extraction.ExtractedField;
import io.expensync.receipts.extraction.LineItem;
import io.expensync.receipts.extraction.ReceiptFields;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A vision model's answer about a receipt, read as untrusted input. The answer must be
 * one JSON object, bare or in a Markdown code fence; anything else is refused with a
 * {@link ReceiptRejectedException}. Within it each field is checked on its own and
 * dropped (left {@code null}) when implausible, so one bad field does not cost the
 * others. An empty object, or {@code "receipt": false}, means the image is not a receipt:
 * no fields.
 */
final class ModelReply {

	/** How sure a field is that the model read and that passed its checks. */
	static final double CONFIDENCE = 0.8;

	static final int MAX_TEXT = 120;

	static final int MAX_ITEMS = 100;

	/** No receipt is for a billion or more. */
	static final BigDecimal CEILING = new BigDecimal("1000000000");

	static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);

	/** Finer than any currency's minor unit: the limit when the currency is unknown. */
	private static final int MOST_DECIMALS = 4;

	private static final int MAX_REPLY = 100_000;

	static final String UNREADABLE = "The receipt could not be read: the AI provider's answer was not "
			+ "the JSON it was asked for. Try again, or enter the receipt by hand.";

	private static final Pattern FENCED = Pattern.compile("^```[A-Za-z]*\\s*(.*?)\\s*```$", Pattern.DOTALL);

	private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d{1,10}(\\.\\d{1,10})?");

	private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	/**
	 * Control, format (zero-width, bidi override), private-use and unassigned characters.
	 */
	private static final Pattern INVISIBLE = Pattern.compile("\\p{C}+");

	private static final Pattern MARKUP_SIGN = Pattern.compile("[<>`]|\\*\\*|__");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private ModelReply() {
	}

	/**
	 * The fields in a model's answer.
	 * @param categories the category keys the model was offered; any other is dropped
	 * @param today the day it is here: a receipt dated more than a day later is refused
	 * @throws ReceiptRejectedException when the answer is not one JSON object
	 */
	static ReceiptFields parse(String reply, Collection<String> categories, LocalDate today) {
		JsonNode receipt = object(reply);
		if (receipt.isEmpty() || isFalse(receipt.get("receipt"))) {
			return new ReceiptFields(null, null, null, null, null, List.of(), null);
		}
		ExtractedField<Currency> currency = field(currency(receipt.get("currency")));
		int decimals = (currency != null) ? currency.value().getDefaultFractionDigits() : MOST_DECIMALS;
		BigDecimal total = amount(receipt.get("total"), decimals);
		BigDecimal tax = amount(receipt.get("tax"), decimals);
		if (tax != null && total != null && tax.compareTo(total) > 0) {
			tax = null;
		}
		return new ReceiptFields(field(text(receipt.get("merchant"))), field(date(receipt.get("date"), today)),
				(total != null && total.signum() > 0) ? field(total) : null, field(tax), currency,
				items(receipt.get("items"), decimals), field(category(receipt.get("category"), categories)));
	}

	private static JsonNode object(String reply) {
		if (reply.length() > MAX_REPLY) {
			throw new ReceiptRejectedException(UNREADABLE);
		}
		String json = reply.strip();
		Matcher fenced = FENCED.matcher(json);
		if (fenced.matches()) {
			json = fenced.group(1);
		}
		try {
			JsonNode node = JSON.readTree(json);
			if (node == null || !node.isObject()) {
				throw new ReceiptRejectedException(UNREADABLE);
			}
			return node;
		}
		catch (JacksonException ex) {
			throw new ReceiptRejectedException(UNREADABLE, ex);
		}
	}

	private static boolean isFalse(@Nullable JsonNode node) {
		return node != null && node.isBoolean() && !node.booleanValue();
	}

	/**
	 * A positive or zero amount below the ceiling with no more decimals than allowed, at
	 * least at the currency's scale ({@code 12.5} becomes {@code 12.50}).
	 */
	private static @Nullable BigDecimal amount(@Nullable JsonNode node, int decimals) {
		BigDecimal value = null;
		if (node != null && node.isNumber()) {
			value = node.decimalValue();
		}
		else if (node != null && node.isString() && PLAIN_DECIMAL.matcher(node.stringValue().strip()).matches()) {
			value = new BigDecimal(node.stringValue().strip());
		}
		if (value == null || value.signum() < 0 || value.compareTo(CEILING) >= 0) {
			return null;
		}
		BigDecimal exact = value.stripTrailingZeros();
		if (exact.scale() > decimals) {
			return null;
		}
		return exact.setScale(Math.max(Math.max(exact.scale(), 0), Math.min(decimals, 2)));
	}

	private static @Nullable LocalDate date(@Nullable JsonNode node, LocalDate today) {
		if (node == null || !node.isString()) {
			return null;
		}
		String text = node.stringValue().strip();
		// an ISO date-time names its day first
		if (text.length() > 10 && text.charAt(10) == 'T') {
			text = text.substring(0, 10);
		}
		try {
			LocalDate date = LocalDate.parse(text);
			return (date.isBefore(EARLIEST) || date.isAfter(today.plusDays(1))) ? null : date;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable Currency currency(@Nullable JsonNode node) {
		if (node == null || !node.isString()) {
			return null;
		}
		String code = node.stringValue().strip().toUpperCase(Locale.ROOT);
		if (!CURRENCY_CODE.matcher(code).matches()) {
			return null;
		}
		try {
			Currency currency = Currency.getInstance(code);
			// gold, "no currency" and test codes have no minor unit: not what a receipt
			// is paid in
			return (currency.getDefaultFractionDigits() >= 0) ? currency : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable String category(@Nullable JsonNode node, Collection<String> categories) {
		if (node == null || !node.isString()) {
			return null;
		}
		String key = node.stringValue().strip().toLowerCase(Locale.ROOT);
		return categories.contains(key) ? key : null;
	}

	private static List<LineItem> items(@Nullable JsonNode node, int decimals) {
		List<LineItem> items = new ArrayList<>();
		if (node == null || !node.isArray()) {
			return items;
		}
		for (JsonNode item : node.values()) {
			if (items.size() == MAX_ITEMS) {
				break;
			}
			if (!item.isObject()) {
				continue;
			}
			String description = text(item.get("description"));
			BigDecimal amount = amount(item.get("amount"), decimals);
			if (description != null && amount != null && amount.signum() > 0) {
				items.add(new LineItem(description, amount));
			}
		}
		return items;
	}

	/**
	 * Text to show in a form: tags, markup signs and invisible characters removed, spaces
	 * collapsed, at most {@value #MAX_TEXT} characters; {@code null} when nothing is
	 * left.
	 */
	static @Nullable String text(@Nullable JsonNode node) {
		if (node == null || !node.isString()) {
			return null;
		}
		String text = TAG.matcher(node.stringValue()).replaceAll(" ");
		text = INVISIBLE.matcher(text).replaceAll(" ");
		text = MARKUP_SIGN.matcher(text).replaceAll("");
		text = SPACES.matcher(text).replaceAll(" ").strip();
		if (text.codePointCount(0, text.length()) > MAX_TEXT) {
			text = text.substring(0, text.offsetByCodePoints(0, MAX_TEXT)).strip();
		}
		return text.isEmpty() ? null : text;
	}

	private static <T> @Nullable ExtractedField<T> field(@Nullable T value) {
		return (value != null) ? ExtractedField.of(value, CONFIDENCE) : null;
	}

}
