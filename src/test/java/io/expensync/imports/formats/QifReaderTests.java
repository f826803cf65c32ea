package io.expensync.imports.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.expensync.imports.formats.StatementRow.Part;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The QIF files in {@code ../shared/data/bank-files/qif}, with every expected row written
 * by hand from the file, and edited copies of their text for the errors.
 */
class QifReaderTests {

	private final QifReader reader = new QifReader();

	// quiffen-test.qif and quiffen-test_oth_a.qif hold the same six records (lines
	// 29-91).
	private static final List<StatementRow> WIKIPEDIA_ROWS = List.of(
			row(29, "2020-02-10", "0.00", "Opening Balance", "Opening Balance", "[TestExport]"),
			row(35, "2020-02-14", "67.50", "T-Mobile", "T-Mobile", "Bills:Cell Phone",
					part("Bills:Cell Phone", "-15.00", "sign up credit"),
					part("Bills:Cell Phone", "82.50", "new account")),
			row(46, "2020-02-14", "32.00", "US Post Office", "money back for damaged parcel", "Miscellaneous"),
			row(52, "2020-02-12", "-10.00", "Target", "two transactions, equal", "Food:Groceries",
					part("Food:Groceries", "-5.00", "50%"), part("Food:Groceries", "-5.00", "50% 2")),
			row(64, "2020-02-11", "-25.00", "Walmart", "non split transaction", "Food:Groceries"),
			row(72, "2020-02-10", "-100.00", "Amazon.com", "test order 1", "Food:Groceries",
					part("Food:Groceries", "-50.00", "50%"), part("Transportation:Automobile", "-25.00", "25%"),
					part("Personal Care:Haircare", "-10.00", "10%"),
					part("Healthcare:Prescriptions", "-15.00", "15%")));

	@Test
	void readsTheBankAccountOfTheWikipediaExampleAndSkipsListsAndTheInvestmentAccount() {
		QifReader.Result result = read(file("quiffen-test.qif"));

		assertThat(result.statements()).singleElement().satisfies((statement) -> {
			assertThat(statement.account()).isNull();
			assertThat(statement.currency()).isNull();
			assertThat(statement.closingBalance()).isNull();
			assertThat(statement.rows()).containsExactlyElementsOf(WIKIPEDIA_ROWS);
		});
		assertThat(result.warnings()).singleElement()
			.asString()
			.startsWith("Line 92: the investment account")
			.contains("!Type:Invst");
	}

	@Test
	void readsAnOtherAssetAccount() {
		QifReader.Result result = read(file("quiffen-test_oth_a.qif"));

		assertThat(result.statements()).singleElement()
			.satisfies((statement) -> assertThat(statement.rows()).containsExactlyElementsOf(WIKIPEDIA_ROWS));
		assertThat(result.warnings()).singleElement().asString().startsWith("Line 92: ");
	}

	@Test
	void readsASplitToAnAccountAndACategory() {
		QifReader.Result result = read(file("quiffen-test_split.qif"));

		// 1/ 1'00 is Quicken's padded form of 1 January 2000; U repeats T.
		assertThat(rows(result)).containsExactly(row(2, "2000-01-01", "-10.00", "A Payee", "A Payee", "--Split--",
				part("[An Account]", "-9.00", null), part("A Category", "-1.00", null)));
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void readsDayFirstDatesWhenAnyDateStartsAbove12() {
		QifReader.Result result = read(file("quiffen-test_category_override.qif"));

		// 22/12/2017 makes the file day first, so 02/01/2018 is 2 January. M and N are
		// empty.
		assertThat(rows(result)).containsExactly(
				row(2, "2017-12-22", "1000.00", "Income For January", "Income For January",
						"Income:Available next month"),
				row(9, "2018-01-01", "1100.00", "Starting Balance", "Starting Balance", "Income:Available this month"),
				row(17, "2018-01-02", "-12.57", "FOOD C LONDON VIS", "FOOD C LONDON VIS",
						"Everyday Expenses:Food Budget"),
				row(25, "2018-01-02", "-9.99", "GOUSTO.CO.UK - A LONDON  W3 VIS", "GOUSTO.CO.UK - A LONDON  W3 VIS",
						"Everyday Expenses:Gousto"));
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void refusesAFileWhoseOnlyAccountIsAnInvestmentAccount() {
		// Its account list names the type Port (a Quicken portfolio), then Invst; the one
		// record (line 23) is an investment action without an amount.
		assertThatExceptionOfType(BadFileException.class)
			.isThrownBy(() -> read(file("quiffen-test_unknown_account_type.qif")))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(22))
			.withMessageStartingWith("Line 22: the file holds only investment accounts (!Type:Invst)");
	}

	@Test
	void readsTheAccountThatTheAccountBlockNames() {
		QifReader.Result result = read(file("csv2ofx-ubs-ch-fr.qif"));

		assertThat(result.statements()).singleElement().satisfies((statement) -> {
			assertThat(statement.account()).isEqualTo("0123 45678901.23A");
			assertThat(statement.rows()).containsExactly(
					row(6, "2019-03-31", "-10.00", null, "Solde prix prestations", "Solde prix prestations"),
					row(12, "2019-02-28", "240.00", "ASSOCIATION FOO-BAR",
							"ASSOCIATION FOO-BAR: BVD DE QUELQUE-PART 1, 1201 GENEVE, CH ASSOCIATION FOO-BAR",
							"Virement postal: ASSOCIATION FOO-BAR"),
					row(19, "2019-04-27", "-200.00",
							"Quuz-baz S\u00e0rL, CH - 1203 GENEVE, E-Banking CHF int\u00e9rieur",
							"REMB-CASH: Quuz-baz S\u00e0rL, CH - 1203 GENEVE, E-Banking CHF int\u00e9rieur REMB-CASH",
							"Ordre e-banking: REMB-CASH"));
		});
		assertThat(result.warnings()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "quiffen-test.qif", "quiffen-test_oth_a.qif", "quiffen-test_split.qif",
			"quiffen-test_category_override.qif", "csv2ofx-ubs-ch-fr.qif" })
	void readsTheSameFromCrLfAndCrLineEndings(String name) {
		String text = file(name);

		assertThat(read(text.replace("\n", "\r\n"))).isEqualTo(read(text));
		assertThat(read(text.replace("\n", "\r"))).isEqualTo(read(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Cash", "CCard", "Oth L", "oth a" })
	void readsEveryAccountTypeAsABankAccount(String type) {
		QifReader.Result result = read(
				file("quiffen-test_category_override.qif").replace("!Type:Bank", "!Type:" + type));

		assertThat(rows(result)).hasSize(4);
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void readsAnUnknownAccountTypeAsABankAccountWithAWarning() {
		QifReader.Result result = read(
				file("quiffen-test_category_override.qif").replace("!Type:Bank", "!Type:Savings"));

		assertThat(rows(result)).hasSize(4);
		assertThat(result.warnings()).singleElement().asString().startsWith("Line 1: ").contains("!Type:Savings");
	}

	@Test
	void readsOneStatementPerAccount() {
		String[] ubs = file("csv2ofx-ubs-ch-fr.qif").split("!Type:Bank\n");
		String text = """
				!Option:AutoSwitch
				!Account
				NChecking
				TBank
				^
				NVisa
				TCCard
				^
				!Clear:AutoSwitch
				!Account
				NChecking
				TBank
				^
				""" + file("quiffen-test_category_override.qif") + "\n!Account\nNVisa\nTCCard\n^\n!Type:CCard\n"
				+ ubs[1];

		QifReader.Result result = read(text);

		assertThat(result.statements()).extracting(Statement::account).containsExactly("Checking", "Visa");
		assertThat(result.statements()).extracting((statement) -> statement.rows().size()).containsExactly(4, 3);
		assertThat(result.statements().get(1).rows().get(0).date()).isEqualTo(LocalDate.of(2019, 3, 31));
	}

	private QifReader.Result read(String text) {
		return this.reader.read(text, ReadLimits.DEFAULT);
	}

	private static String file(String name) {
		return new String(BankFiles.bytes("qif/" + name), StandardCharsets.UTF_8);
	}

	private static List<StatementRow> rows(QifReader.Result result) {
		assertThat(result.statements()).hasSize(1);
		return result.statements().get(0).rows();
	}

	private static StatementRow row(int line, String date, String amount, @Nullable String payee, String description,
			@Nullable String category, Part... parts) {
		return new StatementRow(line, LocalDate.parse(date), new BigDecimal(amount), description, payee, null, category,
				List.of(parts));
	}

	private static Part part(@Nullable String category, String amount, @Nullable String memo) {
		return new Part(category, new BigDecimal(amount), memo);
	}

}
