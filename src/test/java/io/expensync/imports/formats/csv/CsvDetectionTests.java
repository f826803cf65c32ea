package io.expensync.imports.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.expensync.imports.formats.BankFiles;
import io.expensync.imports.formats.ReadLimits;
import io.expensync.imports.formats.StatementRow;
import org.junit.jupiter.api.Test;

/**
 * Detection from values alone (no header, or header words we do not know), and the date
 * and number notations one by one.
 */
class CsvDetectionTests {

	private static final ReadLimits LIMITS = ReadLimits.DEFAULT;

	@Test
	void readsARealFileWithItsHeaderCutOff() {
		String file = new String(BankFiles.bytes("csv/bank2ynab-2018-04-14_10-52-13_bunq-transactieoverzicht.csv"),
				StandardCharsets.UTF_8);
		String text = file.substring(file.indexOf('\n') + 1);
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.header()).isFalse();
		assertThat(mapping.preambleLines()).isZero();
		assertThat(mapping.dateColumn()).isZero();
		assertThat(mapping.amountColumn()).isEqualTo(1);
		assertThat(mapping.decimalSeparator()).isEqualTo(",");
		// the longest text that is no account number
		assertThat(mapping.descriptionColumns()).containsExactly(5);
		List<StatementRow> rows = CsvReader.read(text, mapping, LIMITS).statement().rows();
		assertThat(rows).extracting(StatementRow::amount)
			.map(BigDecimal::toPlainString)
			.containsExactly("-2.56", "750.00", "-18.90");
		assertThat(rows).extracting(StatementRow::description)
			.containsExactly("invoice 410408", "Naar Bunq", "Quality Nuts (EEMDIJK, NL)");
		assertThat(rows).extracting(StatementRow::line).containsExactly(1, 2, 3);
	}

	@Test
	void tellsARunningBalanceFromTheAmountByHowItMoves() {
		String text = """
				03.01.2024;Grocery Store Munich;-45,20;1.954,80
				05.01.2024;Salary ACME GmbH;2.500,00;4.454,80
				08.01.2024;Rent January;-950,00;3.504,80
				""";
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.delimiter()).isEqualTo(";");
		assertThat(mapping.header()).isFalse();
		assertThat(mapping.datePattern()).isEqualTo("dd.MM.yyyy");
		assertThat(mapping.decimalSeparator()).isEqualTo(",");
		assertThat(mapping.amountColumn()).isEqualTo(2);
		assertThat(mapping.balanceColumn()).isEqualTo(3);
		assertThat(mapping.descriptionColumns()).containsExactly(1);
		CsvResult result = CsvReader.read(text, mapping, LIMITS);
		assertThat(result.statement().rows()).extracting(StatementRow::amount)
			.map(BigDecimal::toPlainString)
			.containsExactly("-45.20", "2500.00", "-950.00");
		assertThat(result.statement().closingBalance()).isEqualByComparingTo("3504.80");
	}

	@Test
	void readsColumnsByTheirValuesWhenTheHeaderWordsAreUnknown() {
		String text = """
				Kirjauspäivä;Saaja;Määrä;Viite
				2024-02-01;K-Market;-12,30;RF123
				2024-02-03;Palkka Oy;2100,00;RF124
				""";
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.header()).isTrue();
		assertThat(mapping.dateColumn()).isZero();
		assertThat(mapping.amountColumn()).isEqualTo(2);
		assertThat(mapping.descriptionColumns()).containsExactly(1);
		assertThat(CsvReader.read(text, mapping, LIMITS).statement().rows()).extracting(StatementRow::amount)
			.map(BigDecimal::toPlainString)
			.containsExactly("-12.30", "2100.00");
	}

	@Test
	void checksHeaderWordsAgainstTheValues() {
		// "Betrag" (amount) heads text here; the numbers are in "Wert"
		String text = """
				Datum;Betrag;Wert
				01.02.2024;Miete Februar;-800,00
				02.02.2024;Gehalt;2.000,00
				""";
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.amountColumn()).isEqualTo(2);
		assertThat(mapping.descriptionColumns()).containsExactly(1);
	}

	@Test
	void findsDebitAndCreditColumnsWithoutAHeader() {
		String text = """
				05/01/2024,Corner Shop,12.00,
				06/01/2024,Salary,,1500.00
				17/01/2024,Rent,700.00,
				""";
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.datePattern()).isEqualTo("dd/MM/yyyy");
		assertThat(mapping.debitColumn()).isEqualTo(2);
		assertThat(mapping.creditColumn()).isEqualTo(3);
		assertThat(CsvReader.read(text, mapping, LIMITS).statement().rows()).extracting(StatementRow::amount)
			.map(BigDecimal::toPlainString)
			.containsExactly("-12.00", "1500.00", "-700.00");
	}

	@Test
	void readsSollHabenAndDebitCreditFlags() {
		String sollHaben = """
				Buchungstag;Text;Umsatz;Soll/Haben
				01.03.2024;Miete;800,00;S
				02.03.2024;Gehalt;2.000,00;H
				""";
		CsvMapping mapping = CsvReader.propose(sollHaben, LIMITS);
		assertThat(mapping.flagColumn()).isEqualTo(3);
		assertThat(mapping.debitFlags()).containsExactly("s");
		assertThat(CsvReader.read(sollHaben, mapping, LIMITS).statement().rows()).extracting(StatementRow::amount)
			.map(BigDecimal::toPlainString)
			.containsExactly("-800.00", "2000.00");
		String drCr = "Date|Details|Amount\n2024-03-01|Rent|800.00 DR\n2024-03-02|Salary|2,000.00 CR\n";
		assertThat(CsvReader.read(drCr, CsvReader.propose(drCr, LIMITS), LIMITS).statement().rows())
			.extracting(StatementRow::amount)
			.map(BigDecimal::toPlainString)
			.containsExactly("-800.00", "2000.00");
	}

	@Test
	void leavesAColumnOfMarksThatDisagreeWithTheSignsAlone() {
		// a "cleared" mark is no credit flag: the signed amounts stand
		String text = "Date\tPayee\tAmount\tCleared\n2024-01-01\tShop\t-5.00\tC\n2024-01-02\tPay\t100.00\t\n";
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.delimiter()).isEqualTo("\t");
		assertThat(mapping.flagColumn()).isNull();
		assertThat(CsvReader.read(text, mapping, LIMITS).statement().rows()).extracting(StatementRow::amount)
			.map(BigDecimal::toPlainString)
			.containsExactly("-5.00", "100.00");
	}

	@Test
	void skipsBalanceRowsWithAWarningButNotRowsThatMerelyMentionABalance() {
		String text = """
				Buchungstag;Verwendungszweck;Betrag;Saldo
				01.03.2024;Anfangssaldo;;1.000,00
				02.03.2024;REWE Markt;-25,00;975,00
				05.03.2024;Saldo Ausgleich Kreditkarte;-100,00;875,00
				31.03.2024;Endsaldo per 31.03.2024;;875,00
				""";
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.balanceColumn()).isEqualTo(3);
		CsvResult result = CsvReader.read(text, mapping, LIMITS);
		assertThat(result.statement().rows()).extracting(StatementRow::description)
			.containsExactly("REWE Markt", "Saldo Ausgleich Kreditkarte");
		assertThat(result.warnings()).containsExactly("Line 2: skipped a balance row.",
				"Line 5: skipped a balance row.");
	}

	@Test
	void skipsFootersAndRowsWithoutAmountWithAWarning() {
		String text = """
				Buchungstag;Text;Betrag
				01.03.2024;Miete;-800,00
				02.03.2024;Gehalt;2.000,00
				03.03.2024;Info: Limit geändert;
				Es wurden 2 Umsätze gefunden
				""";
		CsvResult result = CsvReader.read(text, CsvReader.propose(text, LIMITS), LIMITS);
		assertThat(result.statement().rows()).extracting(StatementRow::description).containsExactly("Miete", "Gehalt");
		assertThat(result.warnings()).containsExactly("Line 4: skipped a row without an amount.",
				"Line 5: skipped a line with a single value.");
	}

	@Test
	void keepsSummaryLinesAndDisclaimersOutOfTheLastRowsText() {
		// a wallet's export: totals and a disclaimer below the rows, each in a column of
		// its own, as wide as the rows
		String text = """
				Id,Datetime,Note,Amount,Closing Balance,Disclaimer
				1,2020-01-01T13:00:00,Lunch with A,- $12.01,,
				2,2020-01-02T17:00:00,Refund from B,+ $50.03,,
				,,,,$38.02,
				,,,,,"In case of errors
				  call us"
				""";
		CsvResult result = CsvReader.read(text, CsvReader.propose(text, LIMITS), LIMITS);
		assertThat(result.statement().rows()).extracting(StatementRow::description)
			.containsExactly("Lunch with A", "Refund from B");
		assertThat(result.warnings()).containsExactly("Line 4: skipped a line without a date or an amount.",
				"Line 5: skipped a line without a date or an amount.");
	}

	@Test
	void continuesTheTextOfARowOnALineWithTextInItsColumnsOnly() {
		String text = """
				Date;Payee;Purpose;Amount
				01.03.2024;Stadtwerke;Abschlag Strom;-85,00
				;;Vertragskonto 4711;
				02.03.2024;ACME GmbH;Gehalt;2.000,00
				""";
		List<StatementRow> rows = CsvReader.read(text, CsvReader.propose(text, LIMITS), LIMITS).statement().rows();
		assertThat(rows).extracting(StatementRow::description)
			.containsExactly("Abschlag Strom Vertragskonto 4711", "Gehalt");
	}

	@Test
	void takesTheDateThatChangesFromRowToRowOverTheStatementsPeriod() {
		String text = """
				account,initial_date,final_date,item,transaction_date,amount
				1234567890,2019-11-01,2019-11-30,SALARY,2019-11-02,1500.00
				1234567890,2019-11-01,2019-11-30,RENT,2019-11-10,-500.00
				""";
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.dateColumn()).isEqualTo(4);
		assertThat(CsvReader.read(text, mapping, LIMITS).statement().rows()).extracting(StatementRow::date)
			.containsExactly(LocalDate.of(2019, 11, 2), LocalDate.of(2019, 11, 10));
	}

	@Test
	void readsAmbiguousDatesMonthFirstBesideAUsTimeZone() {
		String text = """
				Date,Time,Time Zone,Name,Net
				6/4/2016,10:46:49,PDT,Jane Doe,-20.00
				6/5/2016,11:02:10,PDT,Debit Card,20.00
				""";
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.datePattern()).isEqualTo("M/d/yyyy");
		assertThat(CsvReader.read(text, mapping, LIMITS).statement().rows()).extracting(StatementRow::date)
			.containsExactly(LocalDate.of(2016, 6, 4), LocalDate.of(2016, 6, 5));
	}

	@Test
	void takesTheDayOfTheTransactionOverTheDayTheMoneyIsAvailable() {
		String text = """
				id,created_utc,available_on_utc,net,description
				txn_1,2020-01-23 08:26:29,2020-01-27 00:00:00,12.00,Charge
				txn_2,2020-01-24 08:26:31,2020-01-28 00:00:00,-0.77,Refund
				""";
		assertThat(CsvReader.propose(text, LIMITS).dateColumn()).isEqualTo(1);
	}

	@Test
	void takesNoStatusColumnForThePayee() {
		String text = """
				Date, Name, Counterparty Status, Gross, Transaction ID
				2016-06-04,Jane Doe,Verified,-20.00,XYZ1
				2016-06-05,Debit Card,,20.00,XYZ2
				""";
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.payeeColumn()).isEqualTo(1);
		assertThat(CsvReader.read(text, mapping, LIMITS).statement().rows()).extracting(StatementRow::payee)
			.containsExactly("Jane Doe", "Debit Card");
	}

	@Test
	void takesTheNextRankOfTextColumnsWhileRowsAreLeftWithoutText() {
		// "Message" is a purpose column, but empty for card payments
		String text = """
				Date,Description,Message,Amount
				2024-01-05,CARD PAYMENT ALDI,,-23.10
				2024-01-06,TRANSFER J SMITH,Rent January,-700.00
				""";
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.descriptionColumns()).containsExactly(1, 2);
		assertThat(CsvReader.read(text, mapping, LIMITS).statement().rows()).extracting(StatementRow::description)
			.containsExactly("CARD PAYMENT ALDI", "TRANSFER J SMITH Rent January");
	}

	@Test
	void findsTheHeaderBelowAPreambleThatHasADateAndABalance() {
		String text = """
				Kontostand;01.02.2024;1.234,56
				Buchungstag;Empfänger;Verwendungszweck;Betrag;Währung
				01.02.2024;Stadtwerke;Abschlag Strom;-85,00;EUR
				03.02.2024;ACME GmbH;Gehalt Januar;2.400,00;EUR
				""";
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.preambleLines()).isEqualTo(1);
		assertThat(mapping.header()).isTrue();
		assertThat(mapping.amountColumn()).isEqualTo(3);
		assertThat(mapping.payeeColumn()).isEqualTo(1);
		assertThat(mapping.descriptionColumns()).containsExactly(2);
	}

	@Test
	void takesWholeNumbersForAmountsUnlessTheyLookLikeIds() {
		// forint amounts without decimals, beside a customer number
		String text = """
				2024.03.01.;Bolt;-2500;00012345
				2024.03.02.;Fizetés;350000;00012345
				""";
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.datePattern()).isEqualTo("yyyy.MM.dd.");
		assertThat(mapping.amountColumn()).isEqualTo(2);
	}

	@Test
	void readsAnUnnamedSollHabenColumnBesideTheHoldersNameAndDatedBalanceRows() {
		String text = """
				"Buchungstag";"Valuta";"Auftraggeber/Zahlungsempfänger";"Empfänger/Zahlungspflichtiger";\
				"Vorgang/Verwendungszweck";"Währung";"Umsatz";" "
				"01.03.2024";"01.03.2024";"Erika Mustermann";"Stadtwerke";"Lastschrift
				Abschlag März";"EUR";"85,00";"S"
				"04.03.2024";"04.03.2024";"Erika Mustermann";"ACME GmbH";"Gehalt März";"EUR";"2.400,00";"H"
				"05.03.2024";"05.03.2024";"Erika Mustermann";"REWE";"Kartenzahlung";"EUR";"23,45";"S"
				"01.03.2024";"";"";"";"Anfangssaldo";"EUR";"1.000,00";"H"
				"05.03.2024";"";"";"";"Endsaldo";"EUR";"3.291,55";"H"
				""";
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.flagColumn()).isEqualTo(7);
		assertThat(mapping.debitFlags()).containsExactly("s");
		assertThat(mapping.payeeColumn()).isEqualTo(3);
		CsvResult result = CsvReader.read(text, mapping, LIMITS);
		List<StatementRow> rows = result.statement().rows();
		assertThat(rows).extracting(StatementRow::amount)
			.map(BigDecimal::toPlainString)
			.containsExactly("-85.00", "2400.00", "-23.45");
		assertThat(rows.get(0).description()).isEqualTo("Lastschrift Abschlag März");
		assertThat(rows).extracting(StatementRow::line).containsExactly(2, 4, 5);
		assertThat(result.warnings()).containsExactly("Line 6: skipped a balance row.",
				"Line 7: skipped a balance row.");
	}

	@Test
	void countsLinesOverMixedLineEndingsAndSkipsAPreambleWithoutHeader() {
		String text = "Konto;DE12500105170648489890\r\n\r\n01.02.2024;Miete;-800,00\r02.02.2024;Gehalt;2.000,00\n"
				+ "03.02.2024;\"Bäcker\nam Markt\";-3,20";
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.preambleLines()).isEqualTo(2);
		assertThat(mapping.header()).isFalse();
		List<StatementRow> rows = CsvReader.read(text, mapping, LIMITS).statement().rows();
		assertThat(rows).extracting(StatementRow::line).containsExactly(3, 4, 5);
		assertThat(rows.get(2).description()).isEqualTo("Bäcker am Markt");
	}

	@Test
	void decidesDayOrMonthFirstFromAllValuesOfTheColumn() {
		assertThat(DateColumn.detect(List.of("03/04/2024", "03/15/2024"), false)).hasToString("MM/dd/yyyy");
		assertThat(DateColumn.detect(List.of("03/04/2024", "15/04/2024"), true)).hasToString("dd/MM/yyyy");
		// every value fits both ways: the order that keeps the rows sorted wins
		assertThat(DateColumn.detect(List.of("02/01/2024", "05/01/2024", "11/01/2024", "03/02/2024"), true))
			.hasToString("dd/MM/yyyy");
		// sorted either way: dollars hint at the US order, anything else at the day first
		List<String> ambiguous = List.of("01/02/2024", "01/03/2024", "01/04/2024");
		assertThat(DateColumn.detect(ambiguous, false)).hasToString("dd/MM/yyyy");
		assertThat(DateColumn.detect(ambiguous, true)).hasToString("MM/dd/yyyy");
		assertThat(DateColumn.detect(List.of("01.02.2024", "01.03.2024"), true)).hasToString("dd.MM.yyyy");
		assertThat(DateColumn.detect(List.of("Tesco", "2024-01-01"), false)).isNull();
	}

	@Test
	void readsEveryDateNotation() {
		assertDate("22.02.18", "dd.MM.yy", "2018-02-22");
		assertDate("27.05.2018", "dd.MM.yyyy", "2018-05-27");
		assertDate("6/13/15", "M/d/yy", "2015-06-13");
		assertDate("12/15/2018", "MM/dd/yyyy", "2018-12-15");
		assertDate("18/04/2018", "dd/MM/yyyy", "2018-04-18");
		assertDate("2019.04.19.", "yyyy.MM.dd.", "2019-04-19");
		assertDate("2017-10-01", "yyyy-MM-dd", "2017-10-01");
		// the date as the bank wrote it, not moved by the offset
		assertDate("2024-03-31T23:30:00+02:00", "yyyy-MM-dd", "2024-03-31");
		assertDate("2018-02-25 12:34:56 +0000", "yyyy-MM-dd", "2018-02-25");
		assertDate("01 Jan 2024", "dd MMM yyyy", "2024-01-01");
		assertDate("12-Dec-2019", "dd-MMM-yyyy", "2019-12-12");
		assertDate("03 Mär 2024", "dd MMM yyyy", "2024-03-03");
		assertDate("Mar 5, 2024", "MMM d, yyyy", "2024-03-05");
		assertDate("20180301", "yyyyMMdd", "2018-03-01");
		assertDate("01/10/2019 06:50 PM", "dd/MM/yyyy", "2019-10-01");
	}

	private static void assertDate(String value, String pattern, String date) {
		DatePattern detected = DateColumn.detect(List.of(value), false);
		assertThat(detected).as(value).hasToString(pattern);
		assertThat(detected.parse(value)).as(value).isEqualTo(LocalDate.parse(date));
	}

	@Test
	void readsEveryNumberNotation() {
		assertAmount(AmountFormat.COMMA, "1.234,56", "1234.56");
		assertAmount(AmountFormat.COMMA, "-1,00", "-1.00");
		assertAmount(AmountFormat.COMMA, "+5257,28", "5257.28");
		assertAmount(AmountFormat.COMMA, "1 234,56 €", "1234.56");
		assertAmount(AmountFormat.COMMA, "EUR -12,50", "-12.50");
		assertAmount(AmountFormat.DOT, "1,234.56", "1234.56");
		assertAmount(AmountFormat.DOT, "11'373.94", "11373.94");
		assertAmount(AmountFormat.DOT, "-12.50", "-12.50");
		assertAmount(AmountFormat.DOT, "12.50-", "-12.50");
		assertAmount(AmountFormat.DOT, "(12.50)", "-12.50");
		assertAmount(AmountFormat.DOT, "£1,183.23", "1183.23");
		assertAmount(AmountFormat.DOT, "+ £1,100.00", "1100.00");
		assertAmount(AmountFormat.DOT, "-$57.27", "-57.27");
		assertAmount(AmountFormat.DOT, "12.50 DR", "-12.50");
		assertAmount(AmountFormat.DOT, "12.50 CR", "12.50");
		assertAmount(AmountFormat.DOT, "1,00,000.00", "100000.00");
		assertAmount(AmountFormat.DOT, "-10", "-10");
		for (String text : new String[] { "27.05.2018", "1.2.3", "abc", "123456789/1234", "**** 1234", "12,5,0" }) {
			assertThat(AmountFormat.DOT.parse(text)).as(text).isNull();
			assertThat(AmountFormat.COMMA.parse(text)).as(text).isNull();
		}
		assertThat(AmountFormat.DOT.parse("£8.99").currency()).isEqualTo("GBP");
		assertThat(AmountFormat.COMMA.parse("12,50 EUR").currency()).isEqualTo("EUR");
	}

	private static void assertAmount(AmountFormat format, String text, String value) {
		assertThat(format.parse(text)).as(text).isNotNull();
		assertThat(format.parse(text).value()).as(text).isEqualByComparingTo(value);
	}

	@Test
	void findsTheDecimalSeparatorFromTheNumbersThatShowIt() {
		assertThat(AmountFormat.detect(List.of("-5,00", "1,00", "05100000000"), false).decimalSeparator())
			.isEqualTo(',');
		assertThat(AmountFormat.detect(List.of("1.234,56", "-98,76"), false).decimalSeparator()).isEqualTo(',');
		assertThat(AmountFormat.detect(List.of("11'373.94", "10.00"), true).decimalSeparator()).isEqualTo('.');
		assertThat(AmountFormat.detect(List.of("1,000.00", "-10"), false).decimalSeparator()).isEqualTo('.');
		// an account number is no evidence, and without evidence semicolons hint at the
		// comma
		assertThat(AmountFormat.detect(List.of("123.456.789", "12.50"), false).decimalSeparator()).isEqualTo('.');
		assertThat(AmountFormat.detect(List.of("1.000", "250"), true).decimalSeparator()).isEqualTo(',');
		assertThat(AmountFormat.detect(List.of("1.000", "250"), false).decimalSeparator()).isEqualTo('.');
	}

}
