package io.expensync.imports.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.expensync.imports.formats.BadFileException;
import io.expensync.imports.formats.BankFiles;
import io.expensync.imports.formats.ReadLimits;
import io.expensync.imports.formats.StatementRow;
import io.expensync.imports.formats.csv.CsvMapping.Sign;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every CSV file in the shared bank files, with the rows written down by hand from the
 * file, and the errors a file can have.
 */
class CsvReaderTests {

	private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;

	private static final Charset CP1250 = Charset.forName("windows-1250");

	private static final ReadLimits LIMITS = ReadLimits.DEFAULT;

	// N26 (DE): the purpose is empty, so the payee is the text; "Betrag (Fremdwährung)"
	// is no amount
	@Test
	void readsN26() {
		String text = file("bank2ynab-20171001-20171106.csv", StandardCharsets.UTF_8);
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.delimiter()).isEqualTo(",");
		assertThat(mapping.header()).isTrue();
		assertThat(mapping.dateColumn()).isZero();
		assertThat(mapping.datePattern()).isEqualTo("yyyy-MM-dd");
		assertThat(mapping.amountColumn()).isEqualTo(6);
		assertThat(mapping.payeeColumn()).isEqualTo(1);
		assertThat(mapping.descriptionColumns()).containsExactly(4);
		assertThat(mapping.categoryColumn()).isEqualTo(5);
		assertThat(mapping.currencyColumn()).isNull();
		CsvResult result = CsvReader.read(text, mapping, LIMITS);
		assertThat(result.statement().currency()).isEqualTo("EUR");
		List<StatementRow> rows = result.statement().rows();
		assertThat(rows).hasSize(1);
		assertRow(rows.get(0), "2017-10-01", "-59.99", "NINTENDO OF EUROPE", "NINTENDO OF EUROPE");
		assertThat(rows.get(0).category()).isEqualTo("Medien & Elektronik");
	}

	@Test
	void readsBunq() {
		String text = file("bank2ynab-2018-04-14_10-52-13_bunq-transactieoverzicht.csv", StandardCharsets.UTF_8);
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.delimiter()).isEqualTo(",");
		assertThat(mapping.quote()).isEqualTo("\"");
		assertThat(mapping.decimalSeparator()).isEqualTo(",");
		assertThat(mapping.amountColumn()).isEqualTo(1);
		assertThat(mapping.payeeColumn()).isEqualTo(4);
		assertThat(mapping.descriptionColumns()).containsExactly(5);
		List<StatementRow> rows = CsvReader.read(text, mapping, LIMITS).statement().rows();
		assertThat(rows).hasSize(3);
		assertRow(rows.get(0), "2018-03-01", "-2.56", "invoice 410408", "bunq");
		assertRow(rows.get(1), "2018-03-09", "750.00", "Naar Bunq", "W. KOELEWIJN EO");
		assertRow(rows.get(2), "2018-03-09", "-18.90", "Quality Nuts (EEMDIJK, NL)", "Quality Nuts");
	}

	// Sparkasse: the booking day, not the value date; "Verwendungszweck" over
	// "Buchungstext"
	@Test
	void readsOstseesparkasseChecking() {
		String text = file("bank2ynab-20180226-1000594757-umsatz.CSV", StandardCharsets.UTF_8);
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.delimiter()).isEqualTo(";");
		assertThat(mapping.dateColumn()).isEqualTo(1);
		assertThat(mapping.datePattern()).isEqualTo("dd.MM.yy");
		assertThat(mapping.dayFirst()).isTrue();
		assertThat(mapping.amountColumn()).isEqualTo(8);
		assertThat(mapping.descriptionColumns()).containsExactly(4);
		assertThat(mapping.payeeColumn()).isEqualTo(5);
		assertThat(mapping.currencyColumn()).isEqualTo(9);
		CsvResult result = CsvReader.read(text, mapping, LIMITS);
		assertThat(result.statement().currency()).isEqualTo("EUR");
		assertThat(result.statement().rows()).singleElement()
			.satisfies((row) -> assertRow(row, "2018-02-22", "-36.99",
					"EREF+RECHNR. 100532580591MREF+KD020007057822CRED+DE20KD000000058294SVWZ+02/2018 K-NR. 132587495 "
							+ "Ihre Rechnung online bei www.vodafone.de/meinkabel",
					"Vodafone Kabel DeutschlandGmbH"));
	}

	// Rabobank: CR CR LF endings (a blank line between rows), a row missing its first
	// quote,
	// signed "+50,00" amounts beside a "Saldo na trn" balance, three purpose columns
	@Test
	void readsRabobank() {
		String text = file("bank2ynab-CSV_A_20180414_112204.csv", LATIN_1);
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.delimiter()).isEqualTo(",");
		assertThat(mapping.dateColumn()).isEqualTo(4);
		assertThat(mapping.amountColumn()).isEqualTo(6);
		assertThat(mapping.balanceColumn()).isEqualTo(7);
		assertThat(mapping.flagColumn()).isNull();
		assertThat(mapping.decimalSeparator()).isEqualTo(",");
		assertThat(mapping.descriptionColumns()).containsExactly(19, 20, 21);
		assertThat(mapping.payeeColumn()).isEqualTo(9);
		assertThat(mapping.currencyColumn()).isEqualTo(1);
		assertThat(mapping.bankIdColumn()).isEqualTo(3);
		CsvResult result = CsvReader.read(text, mapping, LIMITS);
		List<StatementRow> rows = result.statement().rows();
		assertThat(rows).hasSize(3);
		assertRow(rows.get(0), "2018-03-01", "-337.49", "RENTE LENING", null);
		assertRow(rows.get(1), "2018-03-14", "50.00",
				"Gefeliciteerd, Gewonnen met Staatsloterij, Trekking 10-03-2018, 18753493.6094",
				"Nederlandse Loterij Organisatie B.V.");
		assertRow(rows.get(2), "2018-03-16", "-750.00", "Naar Bunq", "W. Koelewijn");
		assertThat(rows).extracting(StatementRow::line).containsExactly(3, 5, 7);
		assertThat(rows).extracting(StatementRow::bankId)
			.containsExactly("000000000000009565", "000000000000009590", "000000000000009591");
		assertThat(result.statement().currency()).isEqualTo("EUR");
		assertThat(result.statement().closingBalance()).isEqualByComparingTo("12334.53");
	}

	// John Lewis card: BOM, "£" amounts, charges positive and the payment flagged "CR" in
	// a
	// column without a name, three "Pending" rows
	@Test
	void readsJohnLewisCard() {
		String text = file("bank2ynab-MS_JANE_SMITH_01-12-2019_14-12-2019.csv", StandardCharsets.UTF_8);
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.header()).isTrue();
		assertThat(mapping.preambleLines()).isZero();
		assertThat(mapping.datePattern()).isEqualTo("dd-MMM-yyyy");
		assertThat(mapping.amountColumn()).isEqualTo(2);
		assertThat(mapping.flagColumn()).isEqualTo(3);
		assertThat(mapping.debitFlags()).containsExactly("");
		assertThat(mapping.descriptionColumns()).containsExactly(1);
		CsvResult result = CsvReader.read(text, mapping, LIMITS);
		assertThat(result.warnings()).filteredOn((warning) -> warning.contains("pending"))
			.containsExactly("Line 2: skipped a pending row.", "Line 3: skipped a pending row.",
					"Line 4: skipped a pending row.");
		assertThat(result.statement().currency()).isEqualTo("GBP");
		List<StatementRow> rows = result.statement().rows();
		assertThat(rows).hasSize(10);
		assertRow(rows.get(0), "2019-12-12", "-1183.23", "ROYAL LONDON INSURANCE 01222 61234 GBR", null);
		assertRow(rows.get(1), "2019-12-12", "-18.89", "DELIVEROO.CO.UK LONDON LND", null);
		assertRow(rows.get(2), "2019-12-12", "-23.00", "NOOKI DESIGN LONDON NW10 GBR", null);
		assertRow(rows.get(3), "2019-12-12", "-80.99", "NEXT DIRECTORY ONLINE GBR", null);
		assertRow(rows.get(4), "2019-12-03", "-1.50", "TFL TRAVEL CH TFL.GOV.UK/CP GBR", null);
		assertRow(rows.get(5), "2019-12-03", "-50.00", "SPACE NK LTD KENSINGTON GBR", null);
		assertRow(rows.get(6), "2019-12-03", "-10.00", "V & A MUSEUM SALES LONDON GBR", null);
		assertRow(rows.get(7), "2019-12-02", "-9.99", "Spotify UK London GBR", null);
		assertRow(rows.get(8), "2019-12-02", "-8.20", "SAINSBURYS SACAT 0602 LADBROKE GROV GBR", null);
		assertRow(rows.get(9), "2019-12-02", "1100.00", "PAYMENT RECEIVED - THANK YOU", null);
		assertThat(rows.get(0).line()).isEqualTo(5);
	}

	// Monzo: a timestamp with an offset; "local_amount" and "local_currency" are the
	// merchant's
	@Test
	void readsMonzo() {
		String text = file("bank2ynab-MonzoDataExport_February2018_2018-02-26_174335.csv", StandardCharsets.UTF_8);
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.dateColumn()).isEqualTo(1);
		assertThat(mapping.datePattern()).isEqualTo("yyyy-MM-dd");
		assertThat(mapping.amountColumn()).isEqualTo(2);
		assertThat(mapping.currencyColumn()).isEqualTo(3);
		assertThat(mapping.categoryColumn()).isEqualTo(6);
		assertThat(mapping.descriptionColumns()).containsExactly(8);
		assertThat(mapping.bankIdColumn()).isZero();
		CsvResult result = CsvReader.read(text, mapping, LIMITS);
		assertThat(result.statement().currency()).isEqualTo("GBP");
		StatementRow row = result.statement().rows().get(0);
		assertThat(result.statement().rows()).hasSize(1);
		assertRow(row, "2018-02-25", "-10", "Tesco", null);
		assertThat(row.category()).isEqualTo("general");
		assertThat(row.bankId()).isEqualTo("tx_00009TziTeST1NG1ZWIPGS");
	}

	// Raiffeisenbank (CZ): windows-1250, Czech headers, the posting date over the
	// execution date
	@Test
	void readsRaiffeisenbankCz() {
		String text = file("bank2ynab-Movements_1234512345_201805271848.csv", CP1250);
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.delimiter()).isEqualTo(";");
		assertThat(mapping.dateColumn()).isEqualTo(1);
		assertThat(mapping.datePattern()).isEqualTo("dd.MM.yyyy");
		assertThat(mapping.amountColumn()).isEqualTo(13);
		assertThat(mapping.currencyColumn()).isEqualTo(14);
		assertThat(mapping.descriptionColumns()).containsExactly(8);
		assertThat(mapping.payeeColumn()).isEqualTo(6);
		assertThat(mapping.categoryColumn()).isEqualTo(4);
		assertThat(mapping.bankIdColumn()).isEqualTo(18);
		CsvResult result = CsvReader.read(text, mapping, LIMITS);
		assertThat(result.statement().currency()).isEqualTo("CZK");
		assertThat(result.statement().rows()).singleElement().satisfies((row) -> {
			assertRow(row, "2018-05-27", "-1.00", "Memo for me test", "Name Surname");
			assertThat(row.category()).isEqualTo("Platba");
			assertThat(row.bankId()).isEqualTo("3228446118");
		});
	}

	// OCBC (SG): five preamble lines, withdrawals and deposits, descriptions wrapped onto
	// a
	// second line without date or amount
	@Test
	void readsOcbc() {
		String text = file("bank2ynab-TransactionHistory_20180418043121.csv", StandardCharsets.UTF_8);
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.preambleLines()).isEqualTo(5);
		assertThat(mapping.header()).isTrue();
		assertThat(mapping.dateColumn()).isZero();
		assertThat(mapping.datePattern()).isEqualTo("dd/MM/yyyy");
		assertThat(mapping.amountColumn()).isNull();
		assertThat(mapping.debitColumn()).isEqualTo(3);
		assertThat(mapping.creditColumn()).isEqualTo(4);
		assertThat(mapping.descriptionColumns()).containsExactly(2);
		CsvResult result = CsvReader.read(text, mapping, LIMITS);
		assertThat(result.statement().currency()).isEqualTo("SGD");
		List<StatementRow> rows = result.statement().rows();
		assertThat(rows).hasSize(8);
		assertRow(rows.get(0), "2018-04-18", "-6.66", "DEBIT PURCHASE 15/04/18 66-6666 UBER EATS AN2GO HELP.UBERh",
				null);
		assertRow(rows.get(1), "2018-04-18", "-6.66", "CCY CONVERSION FEE FOR: 6.66 SGD", null);
		assertRow(rows.get(2), "2018-04-17", "-66.66", "CASH WITHDRAWAL ATM 66-6666 OCBC-666 BRANCH S", null);
		assertRow(rows.get(3), "2018-04-16", "-6.66", "CCY CONVERSION FEE FOR: 66.66 SGD", null);
		assertRow(rows.get(4), "2018-04-16", "-6.66", "DEBIT PURCHASE 66-6666 MCDONALD'S (BSJ8) S 14/04/18", null);
		assertRow(rows.get(5), "2018-04-16", "-66.66", "DEBIT PURCHASE 66-6666 UBER TRIP NKWLN HELP.UBERh 13/04/18",
				null);
		assertRow(rows.get(6), "2018-04-13", "-6.66", "CCY CONVERSION FEE FOR: 66.66 SGD", null);
		assertRow(rows.get(7), "2018-04-13", "-6.66", "DEBIT PURCHASE 66-6666 TOAST BO6-MANULIFE CTR S 10/04/18", null);
		assertThat(rows).extracting(StatementRow::line).containsExactly(7, 9, 11, 13, 15, 17, 19, 21);
	}

	@Test
	void readsCommerzbank() {
		String text = file("bank2ynab-Umsaetze_KtoNr538917600_EUR_02-03-2018_1503.CSV", StandardCharsets.UTF_8);
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.delimiter()).isEqualTo(";");
		assertThat(mapping.dateColumn()).isZero();
		assertThat(mapping.amountColumn()).isEqualTo(4);
		assertThat(mapping.descriptionColumns()).containsExactly(3);
		assertThat(mapping.payeeColumn()).isNull();
		assertThat(mapping.currencyColumn()).isEqualTo(5);
		CsvResult result = CsvReader.read(text, mapping, LIMITS);
		assertThat(result.statement().rows()).singleElement()
			.satisfies((row) -> assertRow(row, "2018-03-02", "-17.22",
					"Kartenzahlung REWE SAGT DANKE. 41400673//Hamburg 2018-03-01T11:33:59 KFN 1 VJ 1812", null));
	}

	// Erste (HU): "2019.04.19." dates, signed amounts beside an outflow/inflow flag. The
	// file's
	// sample text is shuffled ("Partner neve", the partner's name, holds "memo goes
	// here"); the
	// columns are read by what their headers say.
	@Test
	void readsErste() {
		String text = file("bank2ynab-W80844_EBH_201945.202122.csv", StandardCharsets.UTF_8);
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.dateColumn()).isZero();
		assertThat(mapping.datePattern()).isEqualTo("yyyy.MM.dd.");
		assertThat(mapping.amountColumn()).isEqualTo(6);
		assertThat(mapping.flagColumn()).isEqualTo(8);
		assertThat(mapping.debitFlags()).containsExactly("outflow");
		assertThat(mapping.balanceColumn()).isEqualTo(14);
		assertThat(mapping.currencyColumn()).isEqualTo(7);
		assertThat(mapping.payeeColumn()).isEqualTo(1);
		assertThat(mapping.descriptionColumns()).containsExactly(11, 13);
		CsvResult result = CsvReader.read(text, mapping, LIMITS);
		List<StatementRow> rows = result.statement().rows();
		assertThat(rows).hasSize(2);
		assertRow(rows.get(0), "2019-04-19", "-350", "payee", "memo goes here");
		assertRow(rows.get(1), "2019-04-17", "1290", "payee", "memo goes here");
		assertThat(result.statement().currency()).isEqualTo("HUF");
		assertThat(result.statement().closingBalance()).isEqualByComparingTo("2345.56");
	}

	// KBC (BE): padded cells, "Valuta" is the value date here, "Naam" the holder's own
	// name
	@Test
	void readsKbc() {
		String text = file("bank2ynab-export_BE11123456789012_20180304_1422.csv", StandardCharsets.UTF_8);
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.delimiter()).isEqualTo(";");
		assertThat(mapping.dateColumn()).isEqualTo(5);
		assertThat(mapping.datePattern()).isEqualTo("dd/MM/yyyy");
		assertThat(mapping.amountColumn()).isEqualTo(8);
		assertThat(mapping.balanceColumn()).isEqualTo(9);
		assertThat(mapping.currencyColumn()).isEqualTo(3);
		assertThat(mapping.payeeColumn()).isEqualTo(14);
		assertThat(mapping.descriptionColumns()).contains(6);
		CsvResult result = CsvReader.read(text, mapping, LIMITS);
		assertThat(result.statement().rows()).singleElement()
			.satisfies((row) -> assertRow(row, "2018-02-28", "-3.40",
					"BIJDRAGE 01-02-2018 - 28-02-2018 28-02 KBC-PLUSREKENING", null));
		assertThat(result.statement().closingBalance()).isEqualByComparingTo("219.95");
		assertThat(result.statement().currency()).isEqualTo("EUR");
	}

	// Sparkasse credit card: the booked amount, not the original amount or the rate
	@Test
	void readsOstseesparkasseCard() {
		String text = file("bank2ynab-umsatz-1234________1234-20180227.CSV", LATIN_1);
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.dateColumn()).isEqualTo(2);
		assertThat(mapping.datePattern()).isEqualTo("dd.MM.yy");
		assertThat(mapping.amountColumn()).isEqualTo(6);
		assertThat(mapping.currencyColumn()).isEqualTo(7);
		assertThat(mapping.descriptionColumns()).containsExactly(8, 9);
		assertThat(mapping.bankIdColumn()).isEqualTo(10);
		CsvResult result = CsvReader.read(text, mapping, LIMITS);
		assertThat(result.statement().rows()).singleElement().satisfies((row) -> {
			assertRow(row, "2018-02-20", "-5.00", "AMREST STARBUCKS DE 08007263333 DE", null);
			assertThat(row.bankId()).isEqualTo("05100000000");
		});
	}

	// Capital One: debit and credit columns; the posted date over the transaction date
	@Test
	void readsCapitalOne() {
		String text = file("csv2ofx-capitalone.csv", StandardCharsets.UTF_8);
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.dateColumn()).isEqualTo(1);
		assertThat(mapping.debitColumn()).isEqualTo(5);
		assertThat(mapping.creditColumn()).isEqualTo(6);
		assertThat(mapping.descriptionColumns()).containsExactly(3);
		assertThat(mapping.categoryColumn()).isEqualTo(4);
		List<StatementRow> rows = CsvReader.read(text, mapping, LIMITS).statement().rows();
		assertThat(rows).hasSize(2);
		assertRow(rows.get(0), "2016-01-02", "-1000.00", "Airplanes R Us", null);
		assertRow(rows.get(1), "2016-01-02", "1000.00", "CAPITAL ONE AUTOPAY PYMT", null);
		assertThat(rows).extracting(StatementRow::category).containsExactly("Other Travel", "Payment/Credit");
	}

	// GLS: 14 purpose columns joined, "1.234,56" in the "Kontostand" balance
	@Test
	void readsGls() {
		String text = file("csv2ofx-gls.csv", LATIN_1);
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.dateColumn()).isEqualTo(1);
		assertThat(mapping.amountColumn()).isEqualTo(19);
		assertThat(mapping.balanceColumn()).isEqualTo(20);
		assertThat(mapping.currencyColumn()).isEqualTo(21);
		assertThat(mapping.descriptionColumns()).containsExactly(5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18);
		assertThat(mapping.payeeColumn()).isEqualTo(3);
		CsvResult result = CsvReader.read(text, mapping, LIMITS);
		assertThat(result.statement().rows()).singleElement()
			.satisfies((row) -> assertRow(row, "2017-10-10", "-98.76",
					"B4658645 U123456789 B123456 987 SIMply Rechnung", "Drillisch Online AG"));
		assertThat(result.statement().closingBalance()).isEqualByComparingTo("1234.56");
	}

	// ING (ES): unsorted rows, so the balance column gives no closing balance
	@Test
	void readsIngSpain() {
		String text = file("csv2ofx-ingesp.csv", StandardCharsets.UTF_8);
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.datePattern()).isEqualTo("dd/MM/yyyy");
		assertThat(mapping.amountColumn()).isEqualTo(6);
		assertThat(mapping.balanceColumn()).isEqualTo(7);
		assertThat(mapping.descriptionColumns()).containsExactly(3);
		assertThat(mapping.categoryColumn()).isEqualTo(2);
		CsvResult result = CsvReader.read(text, mapping, LIMITS);
		List<StatementRow> rows = result.statement().rows();
		assertThat(rows).hasSize(10);
		assertRow(rows.get(0), "2022-03-24", "2.83", "Abono por campaña Abono Shopping NARANJA:GALP", null);
		assertRow(rows.get(1), "2022-04-08", "2.69", "Abono por campaña Abono Shopping NARANJA:GALP", null);
		assertRow(rows.get(2), "2022-12-31", "1.37", "Devolución Tarjeta AMZN Mktp ES", null);
		assertRow(rows.get(3), "2022-12-23", "1394.11", "Nomina recibida G PLCE SL.", null);
		assertRow(rows.get(4), "2022-05-14", "-17.60", "Pago en SPORTS BAR DANI JARQUE S BOI LLOBREGES", null);
		assertRow(rows.get(5), "2022-04-13", "-276.89", "Recibo MUTUA MADRILENA AUTOMOVILISTA S. DE SEGU", null);
		assertRow(rows.get(6), "2022-07-29", "-1000.00", "Reintegro efectivo tarjeta B.B.V.A. MAT", null);
		assertRow(rows.get(7), "2022-11-26", "-37.00", "Transferencia Bizum emitida", null);
		assertRow(rows.get(8), "2022-05-23", "-219.30", "Transferencia emitida a Salesians Mataro casal", null);
		assertRow(rows.get(9), "2022-11-13", "500.00", "Traspaso recibido Cuenta Nómina", null);
		assertThat(rows.get(4).category()).isEqualTo("Cafeterías y restaurantes");
		assertThat(result.statement().closingBalance()).isNull();
	}

	// Mint: CR line endings, "1,000.00" amounts with a debit/credit type column;
	// "Original
	// Description" says "Account Transfer" in every row, so it names no row
	@Test
	void readsMint() {
		String text = file("csv2ofx-mint.csv", StandardCharsets.UTF_8);
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.datePattern()).isEqualTo("M/d/yy");
		assertThat(mapping.dayFirst()).isFalse();
		assertThat(mapping.amountColumn()).isEqualTo(3);
		assertThat(mapping.flagColumn()).isEqualTo(4);
		assertThat(mapping.debitFlags()).containsExactly("debit");
		assertThat(mapping.descriptionColumns()).containsExactly(1);
		assertThat(mapping.categoryColumn()).isEqualTo(5);
		assertThat(mapping.payeeColumn()).isNull();
		List<StatementRow> rows = CsvReader.read(text, mapping, LIMITS).statement().rows();
		assertThat(rows).hasSize(4);
		assertRow(rows.get(0), "2015-06-12", "-1000.00", "Transfer from Checking", null);
		assertRow(rows.get(1), "2015-06-12", "-1500.00", "Transfer from Savings", null);
		assertRow(rows.get(2), "2015-06-13", "2000.00", "Transfer to Savings", null);
		assertRow(rows.get(3), "2015-06-14", "-2500.00", "Transfer from Savings", null);
		assertThat(rows).extracting(StatementRow::line).containsExactly(2, 3, 4, 5);
	}

	// PC Mastercard: charges as positive numbers beside masked card numbers; the merchant
	// is
	// the only text
	@Test
	void readsPcMastercard() {
		String text = file("csv2ofx-pcmastercard.csv", StandardCharsets.UTF_8);
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.dateColumn()).isEqualTo(2);
		assertThat(mapping.datePattern()).isEqualTo("MM/dd/yyyy");
		assertThat(mapping.amountColumn()).isEqualTo(4);
		assertThat(mapping.sign()).isEqualTo(Sign.POSITIVE_IS_OUT);
		assertThat(mapping.payeeColumn()).isZero();
		assertThat(mapping.descriptionColumns()).isEmpty();
		CsvResult result = CsvReader.read(text, mapping, LIMITS);
		List<StatementRow> rows = result.statement().rows();
		assertThat(rows).hasSize(2);
		assertRow(rows.get(0), "2019-01-10", "-36.33", "Mobil", "Mobil");
		assertRow(rows.get(1), "2018-12-15", "-13.98", "APL*ITUNES.COM/BILL", "APL*ITUNES.COM/BILL");
		assertThat(result.warnings()).anyMatch((warning) -> warning.contains("money out"));
	}

	@Test
	void readsSchwab() {
		String text = file("csv2ofx-schwab-checking.csv", StandardCharsets.UTF_8);
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.datePattern()).isEqualTo("MM/dd/yyyy");
		assertThat(mapping.debitColumn()).isEqualTo(5);
		assertThat(mapping.creditColumn()).isEqualTo(6);
		assertThat(mapping.balanceColumn()).isEqualTo(7);
		assertThat(mapping.descriptionColumns()).containsExactly(4);
		CsvResult result = CsvReader.read(text, mapping, LIMITS);
		List<StatementRow> rows = result.statement().rows();
		assertThat(rows).hasSize(4);
		assertRow(rows.get(0), "2022-08-17", "20.00", "Deposit Mobile Banking", null);
		assertRow(rows.get(1), "2022-08-14", "-103.00", "BMO HARRIS BANK", null);
		assertRow(rows.get(2), "2022-08-09", "-75.00", "Check Paid #558", null);
		assertRow(rows.get(3), "2022-08-04", "-57.27", "PAYPAL INST XFER 220803~ Tran: ACHDW", null);
		assertThat(result.statement().closingBalance()).isEqualByComparingTo("878.47");
		// "$" is the sign of many currencies
		assertThat(result.statement().currency()).isNull();
	}

	// UBS (CH): "11'373.94"; "Description" names the account in every row; a fee row
	// whose
	// text starts with "Solde" is no balance row
	@Test
	void readsUbs() {
		String text = file("csv2ofx-ubs-ch-fr_trimmed.csv", StandardCharsets.UTF_8);
		CsvMapping mapping = CsvReader.propose(text, LIMITS);
		assertThat(mapping.delimiter()).isEqualTo(";");
		assertThat(mapping.dateColumn()).isEqualTo(3);
		assertThat(mapping.datePattern()).isEqualTo("dd.MM.yyyy");
		assertThat(mapping.decimalSeparator()).isEqualTo(".");
		assertThat(mapping.debitColumn()).isEqualTo(8);
		assertThat(mapping.creditColumn()).isEqualTo(9);
		assertThat(mapping.balanceColumn()).isEqualTo(10);
		assertThat(mapping.descriptionColumns()).containsExactly(4, 5, 6);
		assertThat(mapping.currencyColumn()).isEqualTo(1);
		assertThat(mapping.bankIdColumn()).isEqualTo(7);
		CsvResult result = CsvReader.read(text, mapping, LIMITS);
		List<StatementRow> rows = result.statement().rows();
		assertThat(rows).hasSize(3);
		assertRow(rows.get(0), "2019-03-31", "-10.00", "Solde prix prestations", null);
		assertRow(rows.get(1), "2019-02-28", "240.00",
				"Virement postal ASSOCIATION FOO-BAR BVD DE QUELQUE-PART 1, 1201 GENEVE, CH", null);
		assertRow(rows.get(2), "2019-04-27", "-200.00",
				"Ordre e-banking REMB-CASH Quuz-baz SàrL, CH - 1203 GENEVE, E-Banking CHF intérieur", null);
		assertThat(rows).extracting(StatementRow::bankId)
			.containsExactly("A01234BC01234567", "3456789ZT1234567", "9979360TI2115087");
		assertThat(result.statement().currency()).isEqualTo("CHF");
		assertThat(result.warnings()).isEmpty();
	}

	private static String file(String name, Charset charset) {
		String text = new String(BankFiles.bytes("csv/" + name), charset);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	static void assertRow(StatementRow row, String date, String amount, String description, @Nullable String payee) {
		assertThat(row.date()).as("date of line %d", row.line()).isEqualTo(LocalDate.parse(date));
		assertThat(row.amount()).as("amount of line %d", row.line()).isEqualByComparingTo(new BigDecimal(amount));
		assertThat(row.description()).as("description of line %d", row.line()).isEqualTo(description);
		assertThat(row.payee()).as("payee of line %d", row.line()).isEqualTo(payee);
	}

}
