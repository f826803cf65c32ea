package io.expensync.receipts.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.expensync.receipts.ReceiptRejectedException;
import io.expensync.receipts.extraction.ExtractedField;
import io.expensync.receipts.extraction.LineItem;
import io.expensync.receipts.extraction.ReceiptFields;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A model's answer is untrusted input: each hostile or careless answer, field by field.
 */
class ModelReplyTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

	private static final ReceiptFields NOTHING = new ReceiptFields(null, null, null, null, null, List.of(), null);

	@Test
	void readsABareObjectOrOneInAMarkdownFence() {
		String json = "{\"total\": \"9.99\"}";
		assertThat(total(json)).isEqualByComparingTo("9.99");
		assertThat(total("```json\n" + json + "\n```")).isEqualByComparingTo("9.99");
		assertThat(total("```\n" + json + "```")).isEqualByComparingTo("9.99");
		assertThat(total("  \n" + json + "\n ")).isEqualByComparingTo("9.99");
	}

	@Test
	void refusesAnythingButOneJsonObject() {
		for (String garbage : List.of("I cannot read this receipt.", "Total: 12.50", "{\"total\": \"12.50\"",
				"[{\"total\": \"12.50\"}]", "\"12.50\"", "null", "", "{\"total\": 1} {\"total\": 2}",
				"Here you go: ```json {\"total\": 1}```", "{\"total\": 1} and that is all",
				"{\"a\":".repeat(2000) + "1" + "}".repeat(2000), "{\"merchant\": \"" + "x".repeat(100_001) + "\"}")) {
			assertThatThrownBy(() -> parse(garbage)).as(garbage.substring(0, Math.min(garbage.length(), 40)))
				.isInstanceOf(ReceiptRejectedException.class)
				.hasMessageContaining("could not be read");
		}
	}

	@Test
	void givesNoFieldsWhenTheImageIsNoReceipt() {
		assertThat(parse("{}")).isEqualTo(NOTHING);
		assertThat(parse("```json\n{}\n```")).isEqualTo(NOTHING);
		assertThat(parse("{\"receipt\": false, \"merchant\": \"A cat\", \"total\": \"3.00\"}")).isEqualTo(NOTHING);
	}

	@Test
	void takesATotalAsANumberOrADecimalString() {
		assertThat(total("{\"total\": 12.5}")).isEqualTo(new BigDecimal("12.50"));
		assertThat(total("{\"total\": \"12.50\"}")).isEqualTo(new BigDecimal("12.50"));
		assertThat(total("{\"total\": 1250}")).isEqualTo(new BigDecimal("1250.00"));
		assertThat(total("{\"total\": \"0.1234\"}")).isEqualTo(new BigDecimal("0.1234"));
		assertThat(total("{\"total\": \"999999999.99\"}")).isEqualTo(new BigDecimal("999999999.99"));
		assertThat(parse("{\"total\": \"12.50\"}").total().confidence()).isEqualTo(ModelReply.CONFIDENCE);
	}

	@Test
	void refusesATotalThatIsNotPositiveTooPreciseTooLargeOrNotANumber() {
		for (String total : List.of("-5", "0", "0.00", "\"-5.00\"", "12.34567", "\"0.00001\"", "1000000000",
				"\"1000000000.00\"", "1e12", "1e-30", "1e999999999", "\"12,50\"", "\"1,234.50\"", "\"$12.50\"",
				"\"RM 12.50\"", "\"twelve\"", "true", "{\"value\": 12}", "[12]", "null", "\"NaN\"", "\"Infinity\"")) {
			assertThat(total("{\"total\": " + total + "}")).as(total).isNull();
		}
	}

	@Test
	void allowsNoMoreDecimalsThanTheCurrencyHas() {
		assertThat(total("{\"total\": \"1500\", \"currency\": \"JPY\"}")).isEqualTo(new BigDecimal("1500"));
		assertThat(total("{\"total\": \"1500.50\", \"currency\": \"JPY\"}")).isNull();
		assertThat(total("{\"total\": \"1500.00\", \"currency\": \"JPY\"}")).isEqualTo(new BigDecimal("1500"));
		assertThat(total("{\"total\": \"12.345\", \"currency\": \"EUR\"}")).isNull();
		assertThat(total("{\"total\": \"12.345\", \"currency\": \"KWD\"}")).isEqualTo(new BigDecimal("12.345"));
	}

	@Test
	void takesAnIsoDateFrom1970ToTomorrow() {
		assertThat(date("\"2026-03-14\"")).isEqualTo(LocalDate.of(2026, 3, 14));
		assertThat(date("\"2026-03-16\"")).as("tomorrow: the receipt's time zone may be ahead")
			.isEqualTo(LocalDate.of(2026, 3, 16));
		assertThat(date("\"1970-01-01\"")).isEqualTo(LocalDate.of(1970, 1, 1));
		assertThat(date("\"2026-03-14T18:20:00Z\"")).isEqualTo(LocalDate.of(2026, 3, 14));
		for (String date : List.of("\"2026-03-17\"", "\"2099-01-01\"", "\"1969-12-31\"", "\"2024-02-30\"",
				"\"14/03/2026\"", "\"03/14/2026\"", "\"14 March 2026\"", "\"2026-3-14\"", "\"20260314\"",
				"\"2026-03-14X\"", "20260314", "\"\"", "{}")) {
			assertThat(date(date)).as(date).isNull();
		}
	}

	@Test
	void cleansTheMerchantsName() {
		assertThat(merchant("\"  Tesco   Extra \"")).isEqualTo("Tesco Extra");
		assertThat(merchant("\"<script>alert(1)</script>Corner Shop\"")).isEqualTo("alert(1) Corner Shop");
		assertThat(merchant("\"<b>Caf\\u00e9</b> **Nero**\"")).isEqualTo("Café Nero");
		assertThat(merchant("\"Bad\\u0000\\u0007Byte\\u202eMart\\nLtd\"")).isEqualTo("Bad Byte Mart Ltd");
		assertThat(merchant("\"M&S Simply Food\"")).isEqualTo("M&S Simply Food");
		assertThat(merchant("\"" + "A".repeat(500) + "\"")).hasSize(ModelReply.MAX_TEXT);
		assertThat(merchant("\"" + "\\ud83d\\ude00".repeat(200) + "\"")).as("never cuts a character in half")
			.hasSize(2 * ModelReply.MAX_TEXT);
		for (String blank : List.of("\"\"", "\"   \"", "\"<br/>\"", "\"\\u0000\"", "42", "[\"Tesco\"]", "null")) {
			assertThat(merchant(blank)).as(blank).isNull();
		}
	}

	@Test
	void takesOnlyAValidIsoCurrency() {
		assertThat(currency("\"EUR\"")).isEqualTo(Currency.getInstance("EUR"));
		assertThat(currency("\" myr \"")).isEqualTo(Currency.getInstance("MYR"));
		for (String code : List.of("\"EURO\"", "\"€\"", "\"ZZZ\"", "\"XXX\"", "\"XAU\"", "\"E1R\"", "\"\"", "978")) {
			assertThat(currency(code)).as(code).isNull();
		}
	}

	@Test
	void takesOnlyACategoryItOffered() {
		assertThat(category("\"groceries\"")).isEqualTo("groceries");
		assertThat(category("\" Food \"")).isEqualTo("food");
		for (String category : List.of("\"salary\"", "\"weapons\"", "\"Groceries & more\"", "\"\"", "1")) {
			assertThat(category(category)).as(category).isNull();
		}
	}

	@Test
	void keepsTaxFromZeroUpToTheTotal() {
		assertThat(parse("{\"total\": \"10.00\", \"tax\": \"0\"}").tax().value()).isEqualByComparingTo("0");
		assertThat(parse("{\"total\": \"10.00\", \"tax\": \"10.00\"}").tax().value()).isEqualByComparingTo("10");
		assertThat(parse("{\"tax\": \"1.60\"}").tax().value()).isEqualByComparingTo("1.60");
		assertThat(parse("{\"total\": \"10.00\", \"tax\": \"10.01\"}").tax()).isNull();
		assertThat(parse("{\"total\": \"10.00\", \"tax\": \"-1.00\"}").tax()).isNull();
		assertThat(parse("{\"total\": \"10.00\", \"tax\": \"0.123456\"}").tax()).isNull();
	}

	@Test
	void keepsTheValidItemsUpToAHundred() {
		ReceiptFields fields = parse("""
				{"items": [{"description": "Milk", "amount": "1.65"}, {"description": "", "amount": "1.00"},
				 {"description": "Refund", "amount": "-2.00"}, {"description": "Free bag", "amount": "0"},
				 {"description": "Pen", "amount": "1.234567"}, {"amount": "1.00"}, "Eggs 2.10", null,
				 {"description": "<i>Eggs</i>", "amount": 2.1}]}
				""");
		assertThat(fields.items()).containsExactly(new LineItem("Milk", new BigDecimal("1.65")),
				new LineItem("Eggs", new BigDecimal("2.10")));

		String many = IntStream.range(0, 150)
			.mapToObj(i -> "{\"description\": \"Item %d\", \"amount\": \"1.00\"}".formatted(i))
			.collect(Collectors.joining(",", "{\"items\": [", "]}"));
		assertThat(parse(many).items()).hasSize(ModelReply.MAX_ITEMS);
		assertThat(parse("{\"items\": \"Milk, Eggs\"}").items()).isEmpty();
	}

	private static ReceiptFields parse(String reply) {
		return ModelReply.parse(reply, ReceiptPrompt.CATEGORIES, TODAY);
	}

	private static @Nullable BigDecimal total(String reply) {
		return value(parse(reply).total());
	}

	private static @Nullable LocalDate date(String json) {
		return value(parse("{\"date\": " + json + "}").date());
	}

	private static @Nullable String merchant(String json) {
		return value(parse("{\"merchant\": " + json + "}").merchant());
	}

	private static @Nullable Currency currency(String json) {
		return value(parse("{\"currency\": " + json + "}").currency());
	}

	private static @Nullable String category(String json) {
		return value(parse("{\"category\": " + json + "}").category());
	}

	private static <T> @Nullable T value(@Nullable ExtractedField<T> field) {
		return (field != null) ? field.value() : null;
	}

}
