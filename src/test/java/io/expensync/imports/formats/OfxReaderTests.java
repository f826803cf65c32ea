package io.expensync.imports.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every OFX file in the shared bank files, with what each holds written out by hand from
 * reading it, and the ways an OFX file can be wrong.
 */
class OfxReaderTests {

	private final OfxReader reader = new OfxReader();

	@Test
	void readsSgmlWithEveryTransactionOnItsOwnLine() {
		Statement statement = single("ofx/ofxparse-bank_medium.ofx");
		assertThat(statement.account()).isEqualTo("12300 000012345678");
		assertThat(statement.currency()).isEqualTo("CAD");
		assertThat(statement.closingBalance()).isEqualTo(new BigDecimal("382.34"));
		assertThat(statement.rows()).containsExactly(
				row(15, "2009-04-01", "-6.60", "0000123456782009040100001", "MCDONALD'S #112",
						"POS MERCHANDISE;MCDONALD'S #112"),
				row(16, "2009-04-02", "-316.67", "0000123456782009040200004", "Joe's Bald Hairstyles",
						"MISCELLANEOUS PAYMENTS;Joe's Bald Hairstyles"),
				row(17, "2009-04-03", "-22.00", "0000123456782009040300005", "CONNIE'S HAIR D",
						"POS MERCHANDISE;CONNIE'S HAIR D"));
	}

	@Test
	void readsXmlWithCrlfAndCdata() {
		Statement statement = single("ofx/ofxparse-suncorp.ofx");
		assertThat(statement.account()).isEqualTo("123456789");
		assertThat(statement.currency()).isEqualTo("AUD");
		assertThat(statement.closingBalance()).isEqualTo(new BigDecimal("1234.12"));
		// the CDATA's trailing blanks go, and runs of blanks inside shrink to one
		assertThat(statement.rows()).containsExactly(row(35, "2013-12-15", "-16.85", "1",
				"EFTPOS WDL HANDYWAY ALDI STORE", "EFTPOS WDL HANDYWAY ALDI STORE GEELONG WEST VICAU"));
	}

	@Test
	void readsCreditCardStatementInXmlProlog() {
		// an XML prolog, yet SGML inside: no end tags on the values
		Statement statement = single("ofx/ofxparse-anzcc.ofx");
		assertThat(statement.account()).isEqualTo("1234123412341234");
		assertThat(statement.currency()).isEqualTo("AUD");
		assertThat(statement.closingBalance()).isEqualTo(new BigDecimal("-123.45"));
		assertThat(statement.rows()).containsExactly(row(29, "2017-05-08", "-5.50", "201705080001", null, "SOME MEMO"));
	}

	@Test
	void readsIndentedSgmlChecking() {
		Statement statement = single("ofx/ofxparse-checking.ofx");
		assertThat(statement.account()).isEqualTo("1452687~7");
		assertThat(statement.currency()).isEqualTo("USD");
		assertThat(statement.closingBalance()).isEqualTo(new BigDecimal("100.99"));
		assertThat(statement.rows()).containsExactly(row(46, "2011-03-31", "0.01", "0000486",
				"DIVIDEND EARNED FOR PERIOD OF 03",
				"DIVIDEND EARNED FOR PERIOD OF 03/01/2011 THROUGH 03/31/2011 ANNUAL PERCENTAGE YIELD EARNED IS 0.05%"),
				row(54, "2011-04-05", "-34.51", "0000487", "AUTOMATIC WITHDRAWAL, ELECTRIC BILL",
						"AUTOMATIC WITHDRAWAL, ELECTRIC BILL WEB(S )"),
				row(62, "2011-04-07", "-25.00", "0000488", "RETURNED CHECK FEE, CHECK # 319",
						"RETURNED CHECK FEE, CHECK # 319 FOR $45.33 ON 04/07/11"));
	}

	@Test
	void readsTheCashTransactionsOfAnInvestmentStatement() {
		// the README calls it a savings statement; it is an INVSTMTRS with INVBANKTRAN
		// rows
		Statement statement = single("ofx/ofxparse-fidelity-savings.ofx");
		assertThat(statement.account()).isEqualTo("X0000001");
		assertThat(statement.currency()).isEqualTo("USD");
		assertThat(statement.closingBalance()).isNull();
		// four decimal places and leading zeros, as Fidelity writes them
		assertThat(statement.rows()).containsExactly(
				row(47, "2012-07-20", "-1500.0000", "X0000000000000000000001", "Check Paid #0000001001",
						"Check Paid #0000001001"),
				row(63, "2012-07-27", "115.8331", "X0000000000000000000002", "TRANSFERRED FROM VS X10-08144",
						"TRANSFERRED FROM VS X10-08144-1"),
				row(78, "2012-07-27", "-197.1063", "X0000000000000000000003", "BILL PAYMENT CITICORP CH",
						"BILL PAYMENT CITICORP CHOICE /0001/N********"),
				row(93, "2012-07-27", "-197.1220", "X0000000000000000000004", "DIRECT DEBIT HOMES",
						"DIRECT DEBIT HOMESTREET LS LOAN PMT"));
	}

	@Test
	void readsBodyOnOneLineWithEmptyTags() {
		Statement statement = single("ofx/ofxparse-ofx-v102-empty-tags.ofx");
		assertThat(statement.account()).isEqualTo("12345678");
		// CURDEF and LEDGERBAL/BALAMT are empty, FITID and NAME too
		assertThat(statement.currency()).isNull();
		assertThat(statement.closingBalance()).isNull();
		assertThat(statement.rows()).containsExactly(row(23, "2018-05-07", "12.34", null, null, "CBA:Transfer"));
	}

	@Test
	void readsInvestmentCashTradesOnTheDayWritten() {
		Statement statement = single("ofx/ofxparse-investment_medium.ofx");
		assertThat(statement.account()).isEqualTo("ABC123");
		assertThat(statement.currency()).isEqualTo("CAD");
		assertThat(statement.closingBalance()).isNull();
		// 20:20 at -4 hours is the 16th in UTC: the day stays the 15th, as written
		assertThat(statement.rows()).containsExactly(
				row(43, "2009-12-15", "-3.65", "20091215.U489357.e.USD.1510480481", null, "CASH TRADE: AUD.USD"),
				row(57, "2009-12-15", "3.35", "20091215.U489357.e.USD.1510982018", null, "CASH TRADE: AUD.USD"),
				row(71, "2009-12-15", "-3.65", "20091215.U489357.e.USD.1511863617", null, "CASH TRADE: AUD.USD"));
	}

	@Test
	void refusesTheBanksErrorResponseWithItsMessage() {
		assertThatExceptionOfType(BadFileException.class)
			.isThrownBy(() -> this.reader.read(text("ofx/ofxparse-error_message.ofx"), ReadLimits.DEFAULT))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(23);
				assertThat(ex.getMessage()).startsWith("Line 23: ").contains("General Server Error").contains("2000");
			});
	}

	@Test
	void refusesAResponseWithoutStatementOrError() {
		String text = text("ofx/ofxparse-error_message.ofx").replace("<CODE>2000</CODE>", "<CODE>0</CODE>");
		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> this.reader.read(text, ReadLimits.DEFAULT))
			.withMessageContaining("no bank, credit-card or investment statement");
	}

	@Test
	void refusesAFileCutInTheMiddleOfATransaction() {
		String whole = text("ofx/ofxparse-checking.ofx");
		String cut = whole.substring(0, whole.indexOf("<TRNAMT>-34.51"));
		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> this.reader.read(cut, ReadLimits.DEFAULT))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(57);
				assertThat(ex.problem()).contains("<STMTTRN> from line 54").contains("cut off");
			});
	}

	@Test
	void refusesAnXmlFileCutBeforeTheStatementCloses() {
		String whole = text("ofx/ofxparse-suncorp.ofx");
		String cut = whole.substring(0, whole.indexOf("</STMTRS>"));
		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> this.reader.read(cut, ReadLimits.DEFAULT))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(53);
				assertThat(ex.problem()).contains("<STMTRS> from line 25");
			});
	}

	@Test
	void refusesAFileCutInsideATag() {
		String whole = text("ofx/ofxparse-checking.ofx");
		String cut = whole.substring(0, whole.indexOf("<TRNAMT>-34.51") + 4);
		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> this.reader.read(cut, ReadLimits.DEFAULT))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(57);
				assertThat(ex.problem()).contains("inside a tag");
			});
	}

	@Test
	void namesTheLineAndFieldOfAnUnreadableDate() {
		String text = text("ofx/ofxparse-checking.ofx").replace("20110405120000.000", "2011-04-05");
		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> this.reader.read(text, ReadLimits.DEFAULT))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(56);
				assertThat(ex.problem()).contains("DTPOSTED").contains("2011-04-05");
			});
	}

	@Test
	void namesTheLineAndFieldOfAnUnreadableAmount() {
		String text = text("ofx/ofxparse-checking.ofx").replace("<TRNAMT>-34.51", "<TRNAMT>-34.51 USD");
		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> this.reader.read(text, ReadLimits.DEFAULT))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(57);
				assertThat(ex.problem()).contains("TRNAMT").contains("-34.51 USD");
			});
	}

	@Test
	void namesTheTransactionThatHasNoDate() {
		String text = text("ofx/ofxparse-checking.ofx").replace("<DTPOSTED>20110405120000.000", "");
		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> this.reader.read(text, ReadLimits.DEFAULT))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(54);
				assertThat(ex.problem()).contains("no date (DTPOSTED)");
			});
	}

	@Test
	void readsCommaDecimalsAndPlusSigns() {
		String text = text("ofx/ofxparse-checking.ofx").replace("<TRNAMT>-34.51", "<TRNAMT>-34,51")
			.replace("<TRNAMT>0.01", "<TRNAMT>+0.01");
		List<StatementRow> rows = this.reader.read(text, ReadLimits.DEFAULT).get(0).rows();
		assertThat(rows).extracting(StatementRow::amount)
			.containsExactly(new BigDecimal("0.01"), new BigDecimal("-34.51"), new BigDecimal("-25.00"));
	}

	@Test
	void decodesEntities() {
		String text = text("ofx/ofxparse-checking.ofx").replace("ELECTRIC BILL WEB(S )",
				"ELECTRIC &amp; GAS &lt;WEB&gt; &#233;");
		assertThat(this.reader.read(text, ReadLimits.DEFAULT).get(0).rows().get(1).description())
			.isEqualTo("AUTOMATIC WITHDRAWAL, ELECTRIC & GAS <WEB> \u00e9");
	}

	@Test
	void takesNoPayeeFromANameWithoutLetters() {
		// some banks fill NAME with a reference number and put the payee in MEMO
		String text = text("ofx/ofxparse-checking.ofx").replace("<NAME>AUTOMATIC WITHDRAWAL, ELECTRIC BILL",
				"<NAME>000000000000000");
		StatementRow row = this.reader.read(text, ReadLimits.DEFAULT).get(0).rows().get(1);
		assertThat(row.payee()).isNull();
		assertThat(row.description()).isEqualTo("AUTOMATIC WITHDRAWAL, ELECTRIC BILL WEB(S )");
	}

	@Test
	void readsAnEmptyUnclosedSgmlElementAsEmpty() {
		// <CURDEF> with no value and no end tag must not swallow the account and
		// transactions
		String text = text("ofx/ofxparse-bank_medium.ofx").replace("<CURDEF>CAD", "<CURDEF>");
		Statement statement = this.reader.read(text, ReadLimits.DEFAULT).get(0);
		assertThat(statement.currency()).isNull();
		assertThat(statement.account()).isEqualTo("12300 000012345678");
		assertThat(statement.rows()).hasSize(3);
		assertThat(statement.closingBalance()).isEqualTo(new BigDecimal("382.34"));
	}

	@Test
	void refusesAnInvestmentStatementWithoutCashTransactions() {
		String text = text("ofx/ofxparse-fidelity-savings.ofx").replaceAll("(?s)<INVBANKTRAN>.*</INVBANKTRAN>",
				"<BUYSTOCK><INVBUY><UNITS>10<UNITPRICE>12.5</INVBUY><BUYTYPE>BUY</BUYSTOCK>");
		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> this.reader.read(text, ReadLimits.DEFAULT))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(36);
				assertThat(ex.problem()).contains("does not read investment statements");
			});
	}

	@Test
	void refusesMoreRowsThanTheLimit() {
		assertThatExceptionOfType(BadFileException.class)
			.isThrownBy(() -> this.reader.read(text("ofx/ofxparse-checking.ofx"), new ReadLimits(1, 10_000)))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(54);
				assertThat(ex.problem()).contains("more than 1 rows");
			});
	}

	@Test
	void refusesAValueLongerThanTheLimit() {
		assertThatExceptionOfType(BadFileException.class)
			.isThrownBy(() -> this.reader.read(text("ofx/ofxparse-checking.ofx"), new ReadLimits(1000, 80)))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(52);
				assertThat(ex.problem()).contains("longer than 80 characters");
			});
	}

	@Test
	void appliesTheLineLimitToValuesAsOfxOftenComesOnOneLine() {
		// the body is one line of 969 characters; its longest value has 18
		List<Statement> statements = this.reader.read(text("ofx/ofxparse-ofx-v102-empty-tags.ofx"),
				new ReadLimits(1000, 100));
		assertThat(statements.get(0).rows()).hasSize(1);
	}

	@Test
	void refusesElementsNestedFarDeeperThanOfxEver() {
		String text = "OFXHEADER:100\n\n<OFX>\n" + "<EMPTY>".repeat(1000) + "\n</OFX>";
		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> this.reader.read(text, ReadLimits.DEFAULT))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(4);
				assertThat(ex.problem()).contains("nest more than 100 deep");
			});
	}

	@Test
	void refusesTextThatIsNotOfx() {
		assertThatExceptionOfType(BadFileException.class)
			.isThrownBy(() -> this.reader.read("Date,Amount\n2024-01-31,-12.50\n", ReadLimits.DEFAULT))
			.withMessageContaining("no <OFX> element");
	}

	@Test
	void readsTheCharsetAnOfx1HeaderDeclares() {
		assertThat(OfxReader.declaredCharset(BankFiles.bytes("ofx/ofxparse-bank_medium.ofx")))
			.contains(Charset.forName("windows-1252"));
		// twelve blank lines before the header
		assertThat(OfxReader.declaredCharset(BankFiles.bytes("ofx/ofxparse-ofx-v102-empty-tags.ofx")))
			.contains(Charset.forName("windows-1252"));
		assertThat(OfxReader.declaredCharset(header("ENCODING:UTF-8\r\nCHARSET:NONE")))
			.contains(StandardCharsets.UTF_8);
		assertThat(OfxReader.declaredCharset(header("ENCODING:USASCII\nCHARSET:ISO-8859-1")))
			.contains(StandardCharsets.ISO_8859_1);
		assertThat(OfxReader.declaredCharset(header("ENCODING:USASCII\nCHARSET:1250")))
			.contains(Charset.forName("windows-1250"));
	}

	@Test
	void declaresNoCharsetWithoutAnOfx1HeaderOrCharset() {
		assertThat(OfxReader.declaredCharset(BankFiles.bytes("ofx/ofxparse-suncorp.ofx"))).isEmpty();
		assertThat(OfxReader.declaredCharset(header("ENCODING:USASCII\nCHARSET:NONE"))).isEmpty();
		assertThat(OfxReader.declaredCharset(header("ENCODING:USASCII\nCHARSET:NO-SUCH-SET"))).isEmpty();
		assertThat(OfxReader.declaredCharset("Date,Amount\n".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(OfxReader.declaredCharset(new byte[0])).isEmpty();
	}

	private Statement single(String file) {
		List<Statement> statements = this.reader.read(text(file), ReadLimits.DEFAULT);
		assertThat(statements).hasSize(1);
		return statements.get(0);
	}

	/** The shared OFX files are all ASCII, whatever their headers declare. */
	private static String text(String file) {
		return new String(BankFiles.bytes(file), StandardCharsets.US_ASCII);
	}

	private static byte[] header(String fields) {
		return ("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n" + fields + "\n\n<OFX>")
			.getBytes(StandardCharsets.US_ASCII);
	}

	private static StatementRow row(int line, String date, String amount, @Nullable String bankId,
			@Nullable String payee, String description) {
		return new StatementRow(line, LocalDate.parse(date), new BigDecimal(amount), description, payee, bankId, null,
				List.of());
	}

}
