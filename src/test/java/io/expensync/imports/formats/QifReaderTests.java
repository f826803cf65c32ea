package io.expensync.imports.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

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

	@Test
	void refusesARecordWithoutADate() {
		String text = file("quiffen-test_category_override.qif").replace("D02/01/2018\nT-12.57", "T-12.57");

		assertThatBadFile(text, 17, "the record has no date (D line)");
	}

	@Test
	void refusesARecordWithoutAnAmount() {
		String text = file("quiffen-test_category_override.qif").replace("T-12.57\n", "");

		assertThatBadFile(text, 17, "the record has no amount (T line)");
	}

	@Test
	void refusesAnUnreadableDate() {
		String text = file("quiffen-test.qif");

		assertThatBadFile(text.replace("D2/11'2020", "Dyesterday"), 64, "cannot read the date \"yesterday\"");
		assertThatBadFile(text.replace("D2/11'2020", "D2/31'2020"), 64, "the date \"2/31'2020\" is not a day");
	}

	@Test
	void refusesAnUnreadableAmount() {
		assertThatBadFile(file("csv2ofx-ubs-ch-fr.qif").replace("T240.00", "T240.00 CHF"), 17,
				"cannot read the amount \"240.00 CHF\"");
		// A decimal comma in a file that writes decimal points is not read as -1257.
		assertThatBadFile(file("quiffen-test_category_override.qif").replace("T-12.57", "T-12,57"), 18,
				"cannot read the amount \"-12,57\"");
	}

	@Test
	void readsThousandsSeparatorsAndDecimalCommas() {
		String point = "!Type:Bank\nD2/10'2020\nT1,000.00\nPA\n^\nD2/10'2020\nT-1,500.00\nPB\n^\n";
		String comma = "!Type:Bank\nD10.02.2020\nT1.000,00\nPA\n^\nD10.02.2020\nT-1.500,00\nPB\n^\n"
				+ "D10.02.2020\nT-12,5\nPC\n^\n";

		assertThat(rows(read(point))).extracting(StatementRow::amount)
			.containsExactly(new BigDecimal("1000.00"), new BigDecimal("-1500.00"));
		assertThat(rows(read(comma))).extracting(StatementRow::amount)
			.containsExactly(new BigDecimal("1000.00"), new BigDecimal("-1500.00"), new BigDecimal("-12.5"));
	}

	@Test
	void refusesTextWithoutAHeader() {
		assertThatBadFile(file("quiffen-test_category_override.qif").replace("!Type:Bank\n", ""), 1,
				"a QIF file starts with a header such as !Type:Bank or !Account");
		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> read("# nothing here\n\n"))
			.satisfies((ex) -> assertThat(ex.line()).isZero())
			.withMessageContaining("no QIF header");
	}

	@Test
	void refusesAFileWithOnlyLists() {
		String lists = String.join("\n", file("quiffen-test.qif").lines().limit(27).toList());

		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> read(lists))
			.satisfies((ex) -> assertThat(ex.line()).isZero())
			.withMessageContaining("only lists");
	}

	@Test
	void keepsACompleteLastRecordWithoutItsCaret() {
		String text = file("quiffen-test_category_override.qif");

		assertThat(read(text.substring(0, text.lastIndexOf('^')))).isEqualTo(read(text));
	}

	@Test
	void refusesAnIncompleteLastRecordAsACutOffFile() {
		String days = file("quiffen-test_category_override.qif");
		String split = file("quiffen-test_split.qif");

		assertThatBadFile(days.substring(0, days.indexOf("T-9.99")), 25,
				"the record that starts here has no amount (T line) and no ^ line to end it: the file looks cut off");
		assertThatBadFile(split.substring(0, split.indexOf("SA Category")), 2,
				"the record that starts here has no split lines for its whole amount");
		assertThatBadFile(split.substring(0, split.indexOf("$-1.00")), 2,
				"the record that starts here has no amount for the split on line 9");
	}

	@Test
	void refusesASecondDateInARecordAsAMissingCaret() {
		String text = file("quiffen-test_category_override.qif").replace("^\nD01/01/2018", "D01/01/2018");

		assertThatBadFile(text, 8, "a second date in the record that starts on line 2; the ^ line");
	}

	@Test
	void keepsARowWhoseSplitDoesNotAddUpWithAWarning() {
		QifReader.Result result = read(file("quiffen-test.qif").replace("$82.50", "$80.50"));

		assertThat(rows(result).get(1).amount()).isEqualTo(new BigDecimal("67.50"));
		assertThat(rows(result).get(1).parts()).extracting(Part::amount)
			.containsExactly(new BigDecimal("-15.00"), new BigDecimal("80.50"));
		assertThat(result.warnings()).contains(
				"Line 35: the split parts add up to 65.50, not to the row's amount 67.50; the row keeps its amount");
	}

	@Test
	void refusesMoreRowsThanTheLimit() {
		String text = file("quiffen-test_category_override.qif");

		assertThatExceptionOfType(BadFileException.class)
			.isThrownBy(() -> this.reader.read(text, new ReadLimits(1, 10_000)))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(9))
			.withMessageContaining("more than 1 rows");
		assertThat(rows(this.reader.read(text, new ReadLimits(4, 10_000)))).hasSize(4);
	}

	@Test
	void refusesALineLongerThanTheLimit() {
		// Line 16, the memo of the second record, is the first longer than 40 characters;
		// it
		// has 80.
		String text = file("csv2ofx-ubs-ch-fr.qif");

		assertThatExceptionOfType(BadFileException.class)
			.isThrownBy(() -> this.reader.read(text, new ReadLimits(200_000, 40)))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(16))
			.withMessageContaining("longer than 40 characters");
		assertThat(rows(this.reader.read(text, new ReadLimits(200_000, 80)))).hasSize(3);
	}

	@Test
	void readsMonthFirstUnlessADateOfTheFileStartsAbove12() {
		// Without its 22/12/2017 record, nothing says day first: Quicken's month first.
		String text = file("quiffen-test_category_override.qif").replaceFirst("(?s)D22/12/2017.*?\\^\n", "");

		assertThat(rows(read(text))).extracting(StatementRow::date)
			.containsExactly(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 2, 1), LocalDate.of(2018, 2, 1));
		// Only day-first locales write dates with dots.
		assertThat(rows(read(text.replace('/', '.')))).extracting(StatementRow::date)
			.containsExactly(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 1, 2), LocalDate.of(2018, 1, 2));
	}

	@Test
	void refusesADateThatContradictsTheFilesDayMonthOrder() {
		String text = file("quiffen-test_category_override.qif").replace("D02/01/2018\nT-12.57",
				"D01/13/2018\nT-12.57");

		assertThatBadFile(text, 17,
				"the date \"01/13/2018\" does not fit this file's day/month order, which the date \"22/12/2017\" on line 2 shows");
	}

	@Test
	void readsEveryDateForm() {
		String text = "!Type:Bank\n" + "D2/10'2020\nT1.00\nPA\n^\n" + "D02/10/2020\nT1.00\nPA\n^\n"
				+ "D2/10/20\nT1.00\nPA\n^\n" + "D2020-02-10\nT1.00\nPA\n^\n" + "D2/10' 5\nT1.00\nPA\n^\n";

		assertThat(rows(read(text))).extracting(StatementRow::date)
			.containsExactly(LocalDate.of(2020, 2, 10), LocalDate.of(2020, 2, 10), LocalDate.of(2020, 2, 10),
					LocalDate.of(2020, 2, 10), LocalDate.of(2005, 2, 10));
		assertThat(rows(read("!Type:Bank\nD10.02.2020\nT1.00\nPA\n^\n"))).extracting(StatementRow::date)
			.containsExactly(LocalDate.of(2020, 2, 10));
	}

	@Test
	void describesARowByItsMemoElseItsPayeeElseItsCategory() {
		String text = "!Type:Cash\nD2/10'2020\nT-1.00\nPShop\nMBread\nLFood/Family\n^\n"
				+ "D2/10'2020\nT-2.00\nPShop\nM \n^\nD2/10'2020\nT-3.00\nLFood/Family\n^\nD2/10'2020\nT-4.00\n^\n";

		assertThat(rows(read(text))).extracting(StatementRow::description, StatementRow::category)
			.containsExactly(tuple("Bread", "Food"), tuple("Shop", null), tuple("Food", "Food"),
					tuple(QifRows.NO_TEXT, null));
	}

	@Test
	void skipsAnUnknownHeaderWithAWarning() {
		QifReader.Result result = read("!Option:Unknown\nX\n" + file("quiffen-test_category_override.qif"));

		assertThat(rows(result)).hasSize(4);
		assertThat(result.warnings()).singleElement().asString().startsWith("Line 1: the header !Option:Unknown");
	}

	@Test
	void readsPastAByteOrderMark() {
		String text = file("quiffen-test_category_override.qif");

		assertThat(read("\uFEFF" + text)).isEqualTo(read(text));
	}

	private void assertThatBadFile(String text, int line, String problem) {
		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> read(text))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(line))
			.withMessageStartingWith("Line " + line + ": " + problem);
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
