package io.expensync.imports.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every CAMT file in the shared bank files, with what each holds written out by hand from
 * reading it, and the ways a CAMT file can be wrong or hostile.
 */
class CamtReaderTests {

	private static final String MULTI = "camt/genkgo-camt-camt053.v2.multi.statement.xml";

	private final CamtReader reader = new CamtReader();

	@Test
	void readsMinimalCamt053v2() {
		Statement statement = single("camt/genkgo-camt-camt053.v2.minimal.xml");
		assertThat(statement.account()).isEqualTo("NL26VAYB8060476890");
		assertThat(statement.currency()).isEqualTo("EUR");
		// its CLBD balance is 27.00 SEK, debit: not a balance of this EUR account
		assertThat(statement.closingBalance()).isNull();
		// no AcctSvcrRef or NtryRef, and no Ustrd: the structured creditor reference is
		// the text
		assertThat(statement.rows())
			.containsExactly(row(90, "2014-12-31", "8.85", null, "NAME NAME", "4654654654654654"));
	}

	@Test
	void readsTwoStatementsInOneFile() {
		CamtReader.Result result = this.reader.read(text(MULTI), ReadLimits.DEFAULT);
		assertThat(result.statements()).hasSize(2);
		assertThat(result.warnings()).isEmpty();
		Statement first = result.statements().get(0);
		assertThat(first.account()).isEqualTo("NL26VAYB8060476890");
		assertThat(first.currency()).isEqualTo("EUR");
		assertThat(first.closingBalance()).isEqualTo(new BigDecimal("27.00"));
		// a credit whose only party is a creditor (the account holder's side): no payee
		assertThat(first.rows())
			.containsExactly(row(66, "2014-12-31", "8.85", null, null, "Transaction Description 1"));
		Statement second = result.statements().get(1);
		assertThat(second.account()).isEqualTo("NL26VAYB8060476890");
		assertThat(second.currency()).isEqualTo("EUR");
		assertThat(second.closingBalance()).isEqualTo(new BigDecimal("20.00"));
		assertThat(second.rows())
			.containsExactly(row(145, "2014-12-31", "-7.00", null, "Company Name 2", "Transaction Description 2"));
	}

	@Test
	void readsCamt053v3WithAnOtherAccountId() {
		Statement statement = single("camt/genkgo-camt-camt053.v3.xml");
		assertThat(statement.account()).isEqualTo("NL26VAYB8060476890");
		assertThat(statement.currency()).isEqualTo("EUR");
		assertThat(statement.closingBalance()).isNull();
		// the entry's 8.85 counts, not the 105.750 of its transaction details
		assertThat(statement.rows()).containsExactly(
				row(110, "2014-12-31", "8.85", "XXXXXXXXXXXXXXXXXXXXXXEUR", "NAME NAME", "4654654654654654"));
	}

	@Test
	void readsCamt053v4TakingTheCurrencyFromTheFirstEntry() {
		Statement statement = single("camt/genkgo-camt-camt053.v4.xml");
		assertThat(statement.account()).isEqualTo("NL26VAYB8060476890");
		assertThat(statement.currency()).isEqualTo("EUR");
		assertThat(statement.closingBalance()).isNull();
		assertThat(statement.rows()).containsExactly(
				row(110, "2014-12-31", "8.85", "AAAASESS-FP-CN_98765/01", "NAME NAME", "4654654654654654"));
	}

	@Test
	void readsCamt053v8WithStatusCodeDateTimeAndParty() {
		Statement statement = single("camt/genkgo-camt-camt053.v8.xml");
		assertThat(statement.account()).isEqualTo("NL26VAYB8060476890");
		assertThat(statement.currency()).isEqualTo("EUR");
		assertThat(statement.closingBalance()).isNull();
		// booked 2014-12-31T13:15:00+01:00: the day as written
		assertThat(statement.rows()).containsExactly(
				row(110, "2014-12-31", "8.85", "AAAASESS-FP-CN_98765/01", "NAME NAME", "4654654654654654"));
	}

	@Test
	void readsCamt052Report() {
		Statement statement = single("camt/genkgo-camt-camt052.v2.xml");
		assertThat(statement.account()).isEqualTo("CH2801234000123456789");
		assertThat(statement.currency()).isEqualTo("SEK");
		assertThat(statement.closingBalance()).isNull();
		// a debit: the payee is the creditor; the bank's own text says "Credit"
		assertThat(statement.rows())
			.containsExactly(row(58, "2007-10-18", "-200000", "AAAASESS-FP-ACCR-01", "Company Name", "Credit"));
	}

	@Test
	void readsCamt054Notifications() {
		// no camt.054 among the shared files: the two-statement file, renamed as one
		String text = text(MULTI).replace("camt.053.001.02", "camt.054.001.02")
			.replace("BkToCstmrStmt>", "BkToCstmrDbtCdtNtfctn>")
			.replace("Stmt>", "Ntfctn>");
		List<Statement> statements = this.reader.read(text, ReadLimits.DEFAULT).statements();
		assertThat(statements).hasSize(2);
		assertThat(statements).flatExtracting(Statement::rows)
			.extracting(StatementRow::amount)
			.containsExactly(new BigDecimal("8.85"), new BigDecimal("-7.00"));
	}

	@Test
	void skipsPendingEntriesAndCountsThem() {
		String text = replaceLast(text(MULTI), "<Sts>BOOK</Sts>", "<Sts>PDNG</Sts>");
		CamtReader.Result result = this.reader.read(text, ReadLimits.DEFAULT);
		assertThat(result.statements().get(0).rows()).hasSize(1);
		assertThat(result.statements().get(1).rows()).isEmpty();
		assertThat(result.unbookedEntries()).isEqualTo(1);
		assertThat(result.warnings())
			.containsExactly("Skipped 1 entry with status PDNG (pending): the bank has not booked it.");
	}

	@Test
	void skipsPendingEntriesWhoseStatusIsACode() {
		String text = text("camt/genkgo-camt-camt053.v8.xml").replace("<Cd>BOOK</Cd>", "<Cd>PDNG</Cd>");
		CamtReader.Result result = this.reader.read(text, ReadLimits.DEFAULT);
		assertThat(result.statements().get(0).rows()).isEmpty();
		assertThat(result.unbookedEntries()).isEqualTo(1);
	}

	@Test
	void takesNoPlaceholderForTheBanksId() {
		String text = text("camt/genkgo-camt-camt053.v4.xml").replace("AAAASESS-FP-CN_98765/01", "NONREF");
		assertThat(this.reader.read(text, ReadLimits.DEFAULT).statements().get(0).rows().get(0).bankId()).isNull();
		String withEntryRef = text.replace("<AcctSvcrRef>NONREF</AcctSvcrRef>",
				"<AcctSvcrRef>NONREF</AcctSvcrRef><NtryRef>2014-0042</NtryRef>");
		assertThat(this.reader.read(withEntryRef, ReadLimits.DEFAULT).statements().get(0).rows().get(0).bankId())
			.isEqualTo("2014-0042");
	}

	@Test
	void fallsBackToTheValueDate() {
		String text = text("camt/genkgo-camt-camt053.v2.minimal.xml")
			.replace("<BookgDt>\n                    <Dt>2014-12-31</Dt>\n                </BookgDt>", "");
		assertThat(this.reader.read(text, ReadLimits.DEFAULT).statements().get(0).rows().get(0).date())
			.isEqualTo(LocalDate.parse("2015-01-02"));
	}

	@Test
	void readsAfterAByteOrderMarkAndBlankLines() {
		String text = "\uFEFF\n\n" + text("camt/genkgo-camt-camt053.v3.xml");
		assertThat(this.reader.read(text, ReadLimits.DEFAULT).statements().get(0).rows().get(0).line()).isEqualTo(112);
	}

	@Test
	void namesTheLineOfMalformedXml() {
		String text = text(MULTI).replaceFirst("</Ustrd>", "</Ustr>");
		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> this.reader.read(text, ReadLimits.DEFAULT))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(106);
				assertThat(ex.problem()).startsWith("the file is not well-formed XML: ").doesNotContain("ParseError");
			});
	}

	@Test
	void refusesAFileCutOff() {
		String whole = text(MULTI);
		String cut = whole.substring(0, whole.indexOf("Transaction Description 2"));
		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> this.reader.read(cut, ReadLimits.DEFAULT))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(185);
				assertThat(ex.problem()).contains("not well-formed XML");
			});
	}

	@Test
	void namesTheLineOfAnUnreadableAmount() {
		String text = text(MULTI).replace("<Amt Ccy=\"EUR\">7.00</Amt>", "<Amt Ccy=\"EUR\">7,00</Amt>");
		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> this.reader.read(text, ReadLimits.DEFAULT))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(146);
				assertThat(ex.problem()).contains("(Amt)").contains("7,00");
			});
	}

	@Test
	void namesTheLineOfAnUnreadableDate() {
		String text = text(MULTI).replace("<BookgDt>\n                    <Dt>2014-12-31</Dt>",
				"<BookgDt>\n                    <Dt>31.12.2014</Dt>");
		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> this.reader.read(text, ReadLimits.DEFAULT))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(72);
				assertThat(ex.problem()).contains("BookgDt").contains("31.12.2014");
			});
	}

	@Test
	void namesTheEntryWithoutACreditDebitIndicator() {
		String text = text(MULTI).replace("<CdtDbtInd>DBIT</CdtDbtInd>", "");
		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> this.reader.read(text, ReadLimits.DEFAULT))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(145);
				assertThat(ex.problem()).contains("CdtDbtInd");
			});
	}

	@Test
	void refusesAnEntryInAnotherCurrencyThanTheAccount() {
		String text = text(MULTI).replace("<Amt Ccy=\"EUR\">7.00</Amt>", "<Amt Ccy=\"SEK\">7.00</Amt>");
		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> this.reader.read(text, ReadLimits.DEFAULT))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(146);
				assertThat(ex.problem()).contains("SEK").contains("EUR");
			});
	}

	@Test
	void neverResolvesAnExternalEntity() {
		String text = text(MULTI)
			.replace("<Document ", "<!DOCTYPE Document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<Document ")
			.replace("Transaction Description 1", "&xxe;");
		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> this.reader.read(text, ReadLimits.DEFAULT))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(2);
				assertThat(ex.problem()).contains("document type").doesNotContain("root:");
			});
	}

	@Test
	void neverFetchesAnExternalDtd() {
		String text = text(MULTI).replace("<Document ",
				"<!DOCTYPE Document SYSTEM \"http://127.0.0.1:9/camt.dtd\">\n<Document ");
		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> this.reader.read(text, ReadLimits.DEFAULT))
			.withMessageContaining("document type");
	}

	@Test
	void refusesElementsNestedFarDeeperThanCamtEver() {
		String text = text(MULTI).replace("<Ustrd>Transaction Description 2</Ustrd>",
				"<Ustrd>" + "<X>".repeat(1000) + "\n" + "</X>".repeat(1000) + "</Ustrd>");
		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> this.reader.read(text, ReadLimits.DEFAULT))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(185);
				assertThat(ex.problem()).startsWith("the file is not well-formed XML: ")
					.contains("depth")
					.doesNotContain("JAXP");
			});
	}

	@Test
	void refusesMoreRowsThanTheLimit() {
		assertThatExceptionOfType(BadFileException.class)
			.isThrownBy(() -> this.reader.read(text(MULTI), new ReadLimits(1, 10_000)))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(145);
				assertThat(ex.problem()).contains("more than 1 rows");
			});
	}

	@Test
	void refusesATextLongerThanTheLimit() {
		String text = text(MULTI).replace("Transaction Description 2", "x".repeat(300));
		assertThatExceptionOfType(BadFileException.class)
			.isThrownBy(() -> this.reader.read(text, new ReadLimits(1000, 200)))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(185);
				assertThat(ex.problem()).contains("longer than 200 characters");
			});
	}

	@Test
	void refusesXmlThatIsNotCamt() {
		assertThatExceptionOfType(BadFileException.class)
			.isThrownBy(
					() -> this.reader.read("<?xml version=\"1.0\"?>\n<OFX><SIGNONMSGSRSV1/></OFX>", ReadLimits.DEFAULT))
			.withMessageContaining("no camt.052 report, camt.053 statement or camt.054 notification")
			.withMessageContaining("<OFX>");
	}

	private Statement single(String file) {
		CamtReader.Result result = this.reader.read(text(file), ReadLimits.DEFAULT);
		assertThat(result.statements()).hasSize(1);
		assertThat(result.unbookedEntries()).isZero();
		assertThat(result.warnings()).isEmpty();
		return result.statements().get(0);
	}

	/** The shared CAMT files are ASCII, declared as UTF-8. */
	private static String text(String file) {
		return new String(BankFiles.bytes(file), StandardCharsets.UTF_8);
	}

	private static String replaceLast(String text, String target, String replacement) {
		int at = text.lastIndexOf(target);
		return text.substring(0, at) + replacement + text.substring(at + target.length());
	}

	private static StatementRow row(int line, String date, String amount, @Nullable String bankId,
			@Nullable String payee, String description) {
		return new StatementRow(line, LocalDate.parse(date), new BigDecimal(amount), description, payee, bankId, null,
				List.of());
	}

}
