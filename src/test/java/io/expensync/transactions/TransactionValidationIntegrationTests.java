package io.expensync.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import io.expensync.Api;
import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Invariant 5: bad input gets a 400 problem naming the field, and changes nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class TransactionValidationIntegrationTests {

	private static final String VALID = """
			"type": "EXPENSE", "amount": "12.50", "date": "2026-11-01", "category": "food", "accountId": "ACCOUNT"
			""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	Api api;

	CurrentUser ann;

	String account;

	String other;

	String existing;

	@BeforeEach
	void setUp() {
		api = new Api(mvc);
		ann = users.signUp("Ann");
		account = api.account(ann, "Current", "100.00");
		other = api.account(ann, "Other", "0");
		existing = api.transaction(ann, account, "EXPENSE", "10.00", "food");
	}

	static Stream<Arguments> badTransactions() {
		return Stream.of(Arguments.of("zero amount", replace("\"12.50\"", "\"0\""), "amount"),
				Arguments.of("negative amount", replace("\"12.50\"", "\"-5.00\""), "amount"),
				Arguments.of("over-precise amount", replace("\"12.50\"", "\"12.505\""), "amount"),
				Arguments.of("non-numeric amount", replace("\"12.50\"", "\"twelve\""), "amount"),
				Arguments.of("amount with exponent", replace("\"12.50\"", "\"1e3\""), "amount"),
				Arguments.of("huge amount", replace("\"12.50\"", "\"99999999999999999\""), "amount"),
				Arguments.of("unknown category", replace("\"food\"", "\"caviar\""), "category"),
				Arguments.of("income category on an expense", replace("\"food\"", "\"salary\""), "category"),
				Arguments.of("date before 1900", replace("2026-11-01", "1899-12-31"), "date"),
				Arguments.of("date far in the future", replace("2026-11-01", "2199-01-01"), "date"),
				Arguments.of("missing amount", replace("\"amount\": \"12.50\", ", ""), "amount"),
				Arguments.of("missing type", replace("\"type\": \"EXPENSE\", ", ""), "type"),
				Arguments.of("missing date", replace("\"date\": \"2026-11-01\", ", ""), "date"),
				Arguments.of("missing category", replace("\"category\": \"food\", ", ""), "category"),
				Arguments.of("missing account", replace(", \"accountId\": \"ACCOUNT\"", ""), "accountId"),
				Arguments.of("over-long description", VALID + ", \"description\": \"" + "x".repeat(256) + "\"",
						"description"),
				Arguments.of("over-long merchant", VALID + ", \"merchant\": \"" + "x".repeat(121) + "\"", "merchant"),
				Arguments.of("over-long notes", VALID + ", \"notes\": \"" + "x".repeat(2001) + "\"", "notes"),
				Arguments.of("currency not the account's", VALID + ", \"currency\": \"USD\"", "currency"),
				Arguments.of("transfer without a target", replace("\"EXPENSE\"", "\"TRANSFER\""), "toAccountId"),
				Arguments.of("transfer to the same account",
						replace("\"EXPENSE\"", "\"TRANSFER\"") + ", \"toAccountId\": \"ACCOUNT\"", "toAccountId"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badTransactions")
	void refusesBadTransactionAndChangesNothing(String label, String fields, String field) {
		MvcTestResult result = api.post(ann, "/api/v1/transactions", "{" + fields.replace("ACCOUNT", account) + "}");

		assertThat(result).hasStatus(400).hasContentType("application/problem+json");
		assertThat(Api.<List<String>>read(result, "$.errors[*].field")).as(label).contains(field);
		assertThat(Api.<List<String>>read(result, "$.errors[*].message")).allSatisfy(m -> assertThat(m).isNotBlank());
		assertNothingChanged();
	}

	static Stream<Arguments> malformedBodies() {
		return Stream.of(Arguments.of("truncated JSON", "{\"type\": \"EXPENSE\","),
				Arguments.of("not JSON at all", "amount=12"),
				Arguments.of("unknown type", "{" + replace("\"EXPENSE\"", "\"GIFT\"") + "}"),
				Arguments.of("impossible date", "{" + replace("2026-11-01", "2026-13-45") + "}"),
				Arguments.of("account id not a UUID", "{" + VALID.replace("ACCOUNT", "abc") + "}"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformedBodies")
	void refusesMalformedBodyAndChangesNothing(String label, String body) {
		MvcTestResult result = api.post(ann, "/api/v1/transactions", body.replace("ACCOUNT", account));

		assertThat(result).hasStatus(400).hasContentType("application/problem+json");
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Malformed request body");
		assertNothingChanged();
	}

	@Test
	void refusesBadEditAndKeepsTheTransaction() {
		for (String patch : List.of("{\"amount\": \"-1\"}", "{\"amount\": \"1.001\"}", "{\"category\": \"salary\"}",
				"{\"type\": \"INCOME\"}", "{\"date\": \"1800-01-01\"}", "{\"type\": \"TRANSFER\"}",
				"{\"description\": \"" + "y".repeat(300) + "\"}")) {
			assertThat(api.patch(ann, "/api/v1/transactions/" + existing, patch)).as(patch).hasStatus(400);
		}
		MvcTestResult unchanged = api.get(ann, "/api/v1/transactions/" + existing);
		assertThat(unchanged).bodyJson().extractingPath("$.amount").isEqualTo("10.00");
		assertThat(unchanged).bodyJson().extractingPath("$.type").isEqualTo("EXPENSE");
		assertThat(unchanged).bodyJson().extractingPath("$.category").isEqualTo("food");
		assertNothingChanged();
	}

	@Test
	void refusesBadAccountsAndProfiles() {
		for (String body : List.of("{\"name\": \"\", \"type\": \"CURRENT\", \"currency\": \"EUR\"}",
				"{\"name\": \"X\", \"type\": \"CURRENT\", \"currency\": \"XXX\"}",
				"{\"name\": \"X\", \"type\": \"CURRENT\", \"currency\": \"EUR\", \"openingBalance\": \"1.234\"}",
				"{\"name\": \"X\", \"type\": \"CURRENT\", \"currency\": \"EUR\", \"openingBalance\": \"lots\"}",
				"{\"name\": \"X\", \"currency\": \"EUR\"}",
				"{\"name\": \"" + "n".repeat(101) + "\", \"type\": \"CURRENT\", \"currency\": \"EUR\"}")) {
			assertThat(api.post(ann, "/api/v1/accounts", body)).as(body).hasStatus(400);
		}
		assertThat(Api.<Integer>read(api.get(ann, "/api/v1/accounts"), "$.totalElements")).isEqualTo(2);

		for (String body : List.of("{\"currency\": \"EURO\"}", "{\"timezone\": \"Mars/Olympus\"}",
				"{\"locale\": \"@@\"}", "{\"name\": \"\"}")) {
			assertThat(api.patch(ann, "/api/v1/me", body)).as(body).hasStatus(400);
		}
		MvcTestResult me = api.get(ann, "/api/v1/me");
		assertThat(me).bodyJson().extractingPath("$.currency").isEqualTo("EUR");
		assertThat(me).bodyJson().extractingPath("$.timezone").isEqualTo("Europe/Berlin");
		assertThat(me).bodyJson().extractingPath("$.name").isEqualTo("Ann");
	}

	private void assertNothingChanged() {
		assertThat(Api.<Integer>read(api.get(ann, "/api/v1/transactions"), "$.totalElements")).isEqualTo(1);
		assertThat(api.balance(ann, account)).isEqualTo("90.00");
		assertThat(api.balance(ann, other)).isEqualTo("0.00");
	}

	private static String replace(String what, String with) {
		return VALID.replace(what, with);
	}

}
