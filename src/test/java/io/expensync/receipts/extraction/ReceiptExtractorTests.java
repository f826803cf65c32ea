package io.expensync.receipts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.stream.Stream;

import io.expensync.receipts.KeywordCategories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReceiptExtractorTests {

	private final ReceiptExtractor extractor = new ReceiptExtractor(new KeywordCategories(),
			Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Date: 12/02/2018 Time 10:15         | 2018-02-12
			18/03/18 14:02                      | 2018-03-18
			DATE 14-02-2018                     | 2018-02-14
			2018-01-05 12:30                    | 2018-01-05
			DOC NO 20180304 0012                | 2018-03-04
			11.02.18 TERMINAL 3                 | 2018-02-11
			28 MAR 18  19:50                    | 2018-03-28
			Date: 24-MAR-2018                   | 2018-03-24
			02/JAN/2017 CASHIER                 | 2017-01-02
			02/Ja0/2017 10:49:25 (N read as 0)  | 2017-01-02
			OCT 3, 2016                         | 2016-10-03
			Date; Oct 3, 20165 12:16:25 PM (stray digit) | 2016-10-03
			Tarikh 6/1/2018                     | 2018-01-06
			Date 12/25/2018 (day-first impossible) | 2018-12-25
			Datum: 2O/O4/2018                   | 2018-04-20
			Date: 23/05/2078 (a 1 read as 7)    | 2018-05-23
			14/dun/2017 08:34                   | 2017-06-14
			Date: 0270572018 (slashes read as 7) | 2018-05-02
			DATE 2571272017 10:15               | 2017-12-25
			DATE: 13707/2017 (one slash read as 7) | 2017-07-13
			DATE:250412017 (one slash dropped)  | 2017-04-25
			00440010036 25032018 13:11:54 0003 (no separators, before the time) | 2018-03-25
			CB#:5958 14MMay/2017 02:56:39 (a letter read twice) | 2017-05-14
			Dee:22122017 (no separators, its label misread) | 2017-12-22
			""")
	void readsTheDateInEveryPrintedForm(String line, LocalDate expected) {
		String text = "SOME SHOP SDN BHD\n" + line + "\nTOTAL 10.00\n";
		assertThat(extractor.extract(text).date()).isNotNull().extracting(ExtractedField::value).isEqualTo(expected);
	}

	@Test
	void ignoresImpossibleAndFarFutureDates() {
		ReceiptFields fields = extractor.extract("SHOP\n31/02/2018\nValid 2031-01-01\nTOTAL 1.00\n");
		assertThat(fields.date()).isNull();
	}

	@Test
	void readsEightDigitsDayFirstOnlyWhenTheReceiptShowsNoOtherDate() {
		ReceiptFields fields = extractor.extract("SHOP\nMEMBER 22122017\nDate: 12/02/2018\nTOTAL 1.00\n");
		assertThat(fields.date().value()).isEqualTo(LocalDate.of(2018, 2, 12));
		// not a day and month
		assertThat(extractor.extract("SHOP\nMEMBER 45132017\nTOTAL 1.00\n").date()).isNull();
	}

	@Test
	void readsWhatPpOcrRunsTogetherOrReadsAsZero() {
		ReceiptFields fields = extractor
			.extract("PINGHWAITRADINGSD N BHD\nSc0op 0ct\n19/03/20181:01:43P M\nTOTAL 10.00\n");
		assertThat(fields.date().value()).isEqualTo(LocalDate.of(2018, 3, 19));
		assertThat(fields.merchant().value()).isEqualTo("PINGHWAITRADING SDN BHD");
		assertThat(ReceiptExtractor.tidied("Golden Sc0op\nDate: 0ct 3, 2016\nRM0.50 10KG 0.20"))
			.isEqualTo("Golden Scoop\nDate: Oct 3, 2016\nRM0.50 10KG 0.20");
	}

	static Stream<Arguments> totalsBesideOtherTotals() {
		return Stream.of(Arguments.of("a rounded total is not taken for a misread of the amount before rounding", """
				SHOP
				Sub-total 46.54
				Total Sales Incl GST 46.54
				Rounding Adj 0.01
				Total After Adj Incl GST 46.55
				CASH 100.00
				Total 43.90 2.64
				""", "46.55"), Arguments.of("the total of a tax summary is left out", """
				SHOP
				Cashier : CT001 / 0001
				Qty:1 Total RM 11.60
				CASH 12.00
				GSTSummary Amount Tax
				SR 6% 10.94 0.66
				Total 10.94 0.66
				""", "11.60"), Arguments.of("a total that the subtotal and tax add up to is no misread digit", """
				SHOP
				Total Qty.: 2 4.60
				SUB-TOTAL(EX) 4.60
				TOTALTAX 0.28
				ROUNDING 0.02
				TOTAL 4.90
				CHANGE 0.00
				TAXCODE % AMOUNT TAX
				SR 6.00 4.60 0.28
				""", "4.90"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("totalsBesideOtherTotals")
	void picksTheTotalAmongOtherTotals(String situation, String text, String expected) {
		assertThat(extractor.extract(text).total().value()).isEqualByComparingTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Tota! In clusive G ST: 217.00           | 217.00
			Total Sales (Inc:usive of GST) : 374.20 | 374.20
			lotal After Adj Incl GST 88.95          | 88.95
			Total Includes Gs T o% 3.20             | 3.20
			TotalInclGsT 2.50                       | 2.50
			Tota1 217.00                            | 217.00
			""")
	void readsATotalLineWithItsWordsMisread(String line, BigDecimal total) {
		ReceiptFields fields = extractor.extract("SHOP\nSubTotal: 251.00\nTotal G s T(1) 0.14\n" + line + "\n");
		assertThat(fields.total().value()).isEqualByComparingTo(total);
	}

	@Test
	void prefersTheLabelledDate() {
		ReceiptFields fields = extractor.extract("SHOP\nPrinted 01/01/2018\nDate: 03/01/2018\nTOTAL 1.00\n");
		assertThat(fields.date().value()).isEqualTo(LocalDate.of(2018, 1, 3));
	}

	@Test
	void takesTheTotalNotTheSubtotalTaxOrPayment() {
		ReceiptFields fields = extractor.extract("""
				CORNER CAFE
				Latte              4.50
				Bagel              6.20
				SUBTOTAL          10.70
				GST 6%             0.64
				TOTAL             11.34
				CASH              20.00
				CHANGE             8.66
				""");
		assertThat(fields.total().value()).isEqualByComparingTo("11.34");
		assertThat(fields.tax().value()).isEqualByComparingTo("0.64");
	}

	@Test
	void readsASubtotalWhoseSWasReadAsFive() {
		ReceiptFields fields = extractor.extract("""
				CORNER CAFE
				Tea                 3.00
				5UB TOTAL          13.36
				TOTALAMOUNT        13.35
				""");
		assertThat(fields.total().value()).isEqualByComparingTo("13.35");
	}

	@Test
	void trustsAPrintedTotalOverCashLessChangeThatIsPrintedNowhere() {
		// the cash was misread: 41.00 for 11.00
		ReceiptFields fields = extractor.extract("""
				CORNER CAFE
				TOTAL AMOUNT       10.30
				CASH               41.00
				CHANGE AMT          0.70
				""");
		assertThat(fields.total().value()).isEqualByComparingTo("10.30");
	}

	@Test
	void roundsATotalPrintedJustAboveItsRoundingLine() {
		ReceiptFields fields = extractor.extract("""
				BOOK CORNER
				Total Amount (incl. GST)   31.47
				Rounding                   -0.02
				CASH                       50.00
				CHANGE                     18.55
				""");
		assertThat(fields.total().value()).isEqualByComparingTo("31.45");
	}

	@Test
	void leavesATotalPrintedBelowItsRoundingLineAsItIs() {
		ReceiptFields fields = extractor.extract("""
				BOOK CORNER
				SUB-TOTAL                  4.88
				ROUNDING                   0.02
				TOTAL                      4.90
				CASH                       4.90
				""");
		assertThat(fields.total().value()).isEqualByComparingTo("4.90");
	}

	@Test
	void prefersTheRoundedTotal() {
		ReceiptFields fields = extractor.extract("""
				GOOD STORE
				Total Sales (Excluding GST) : 26.00
				Total GST : 1.56
				Total (incl GST) : 27.56
				Rounding : -0.01
				Total Rounded : 27.55
				Cash : 30.00
				Change : 2.45
				""");
		assertThat(fields.total().value()).isEqualByComparingTo("27.55");
	}

	@Test
	void appliesAPrintedRoundingToTheTotalItFollows() {
		ReceiptFields fields = extractor.extract("""
				SHOP
				TOTAL 153.37
				ROUNDING -0.02
				NETT 153.35
				""");
		assertThat(fields.total().value()).isEqualByComparingTo("153.35");
	}

	@Test
	void usesCashLessChangeWhenNoTotalLineWasRead() {
		ReceiptFields fields = extractor.extract("""
				PASAR MINI
				SUBTOTAL: 28.60
				TL:RM 28.60
				CASH 100.00
				CHANGE 71.40
				""");
		assertThat(fields.total().value()).isEqualByComparingTo("28.60");
	}

	@Test
	void takesCashLessChangeWhenTheSubtotalAndChargesAddUpToIt() {
		// the total line's amount was unreadable; the subtotal is not what was paid
		ReceiptFields fields = extractor.extract("""
				CAFE
				1 ICE MOCHA        RM 12.99
				SUBTOTAL           RM 12.99
				Svc Chrg 10%       RM 1.30
				GST 6%             RM 0.86
				TOTAL  rh 15.175
				CASH               RM 100.15
				Change             RM 85.00
				""");
		assertThat(fields.total().value()).isEqualByComparingTo("15.15");
	}

	@Test
	void prefersAnAmountReadTwiceToATotalReadOnceOneDigitAway() {
		// "Due 25.15" read as 20.15; the quantity line and the payment say 25.15
		ReceiptFields fields = extractor.extract("""
				BAKERY
				Qty 8              25.15
				Rounding Adj        0.00
				Due                20.15
				Pay                25.15
				Change              0.08
				""");
		assertThat(fields.total().value()).isEqualByComparingTo("25.15");
		assertThat(fields.total().confidence()).isLessThanOrEqualTo(0.6);
	}

	@Test
	void keepsATotalThePaymentConfirmsOverAnAmountOneDigitAwayReadMoreOften() {
		// 4.60 is the amount before tax, printed in the summary too
		ReceiptFields fields = extractor.extract("""
				STATIONERY
				Total Qty. : 2     4.60
				SUB-TOTAL (EX) :   4.60
				TOTAL              4.90
				CASH               4.90
				SR 6.00  4.60  0.28
				TOTAL:   4.60  0.28
				""");
		assertThat(fields.total().value()).isEqualByComparingTo("4.90");
	}

	@Test
	void readsLettersForDigitsRightAfterTheCurrency() {
		// the total line was unreadable; the change RM66.10 was read as RMG6.10
		ReceiptFields fields = extractor.extract("""
				KEDAI RUNCIT
				Liquid Medicine    x1 RM33,90
				Tendered: RM100.00
				Change: RMG6.10
				Terms: see FORMS5.00 and PLATFORM O.50
				""");
		assertThat(fields.total().value()).isEqualByComparingTo("33.90");
		assertThat(PrintedAmounts.in("FORMS5.00 PLATFORM O.50")).containsExactly(new BigDecimal("5.00"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			FUN N CHEER (MALURID   | FUN N CHEER (MALURI)
			FUN N CHEER (MALURI)   | FUN N CHEER (MALURI)
			TASTY FOOD (KL] SDN BHD | TASTY FOOD (KL] SDN BHD
			GRAND HOTEL            | GRAND HOTEL
			""")
	void closesAParenthesisReadAsALetterAtTheEndOfTheName(String read, String expected) {
		assertThat(PrintedNames.withParenthesisClosed(read)).isEqualTo(expected);
	}

	@Test
	void readsThousandsSeparatorsAndDecimalCommas() {
		assertThat(extractor.extract("A\nGRAND TOTAL RM 1,007.50\n").total().value()).isEqualByComparingTo("1007.50");
		assertThat(extractor.extract("A\nSUMME\nTOTAL EUR 1.007,50\n").total().value()).isEqualByComparingTo("1007.50");
		assertThat(extractor.extract("A\nAmount due: 12,50 €\n").total().value()).isEqualByComparingTo("12.50");
	}

	@Test
	void guessesTheLargestAmountWithLowConfidenceWithoutATotalLine() {
		ReceiptFields fields = extractor.extract("A\nitem 3.00\nitem 5.00\n");
		assertThat(fields.total().value()).isEqualByComparingTo("5.00");
		assertThat(fields.total().confidence()).isLessThan(0.5);
	}

	@Test
	void skipsLogoNoiseRegistrationNumbersAndHeadingsForTheMerchant() {
		ReceiptFields fields = extractor.extract("""
				~~ 4 .
				Axo dige
				TAX INVOICE
				BOOK TA .K (TAMAN DAYA)
				SDN BHD
				(123456-X)
				NO.53 55,57 & 59, JALAN SAGU 18,
				TEL: 07-386 7524
				TOTAL 9.00
				""");
		assertThat(fields.merchant().value()).isEqualTo("BOOK TA .K (TAMAN DAYA) SDN BHD");
	}

	@Test
	void joinsANameBrokenOverLinesUpToItsLegalSuffix() {
		ReceiptFields fields = extractor.extract("""
				NORTH STAR HARDWARE |
				ENTERPRISE {RIVER |
				VIEW) SDN BHD
				(765432-A)
				NO. 9, JALAN MAWAR 3
				TOTAL 5.00
				""");
		assertThat(fields.merchant().value()).isEqualTo("NORTH STAR HARDWARE ENTERPRISE (RIVER VIEW) SDN BHD");
	}

	@Test
	void joinsALineThatClosesABracketWhoseOpeningOcrReadAsALetter() {
		ReceiptFields fields = extractor.extract("""
				NORTH STAR HARDWARE
				ENTERPRISE CRIVER
				VIEW) SDN BHD
				(765432-A)
				NO. 9, JALAN MAWAR 3
				TOTAL 5.00
				""");
		assertThat(fields.merchant().value()).isEqualTo("NORTH STAR HARDWARE ENTERPRISE (RIVER VIEW) SDN BHD");
	}

	@Test
	void leavesTheNextLineAloneWhenItDoesNotContinueTheName() {
		ReceiptFields fields = extractor.extract("""
				NORTH STAR HARDWARE
				RIVER VIEW
				NO. 9, JALAN MAWAR 3
				TOTAL 5.00
				""");
		assertThat(fields.merchant().value()).isEqualTo("NORTH STAR HARDWARE");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			BLUE LAGOON SON. BHD.     | BLUE LAGOON SDN BHD.
			BLUE LAGOON S0N BHO       | BLUE LAGOON SDN BHD
			BLUE LAGOON SC': BHD      | BLUE LAGOON SDN BHD
			BLUE LAGOON $/B 12345-U   | BLUE LAGOON S/B
			BLUE LAGOON §/B8          | BLUE LAGOON S/B
			""")
	void putsRightLegalFormsThatOcrMisread(String line, String expected) {
		ReceiptFields fields = extractor.extract(line + "\nNO. 9, JALAN MAWAR 3\nTOTAL 5.00\n");
		assertThat(fields.merchant().value()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			KEDAT RUNCIT MAJU          | KEDAI RUNCIT MAJU
			Maju Harlware Enterprlse   | Maju Hardware Enterprise
			SINAR ELECTRICAL TRADING   | SINAR ELECTRICAL TRADING
			KEDAH BORNEO TRADING       | KEDAH BORNEO TRADING
			FY EAGLE ENTERFRTSE        | FY EAGLE ENTERPRISE
			LIVE9 FHARHACY             | LIVE9 PHARMACY
			SINAR TRADXNX              | SINAR TRADXNX
			""")
	void putsRightABusinessWordReadWithALetterOrTwoInALongWordWrong(String line, String expected) {
		ReceiptFields fields = extractor.extract(line + "\nNO. 9, JALAN MAWAR 3\nTOTAL 5.00\n");
		assertThat(fields.merchant().value()).isEqualTo(expected);
	}

	@Test
	void dropsARegistrationNumberPrintedAfterTheName() {
		ReceiptFields fields = extractor.extract("GOLDEN KEY MAKER (000760274-K)\nNO 5, JALAN 1\nTOTAL 21.00\n");
		assertThat(fields.merchant().value()).isEqualTo("GOLDEN KEY MAKER");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			TOTAL (RM) 12.00                 | MYR
			TOTAL RM12.00                    | MYR
			Total 12,00 €                    | EUR
			TOTAL EUR 12.00                  | EUR
			Total £12.00                     | GBP
			TOTAL USD 12.00                  | USD
			Total $12.00                     | USD
			""")
	void detectsTheCurrency(String line, String code) {
		assertThat(extractor.extract("SHOP\n" + line + "\n").currency().value()).isEqualTo(Currency.getInstance(code));
	}

	@Test
	void leavesTheCurrencyOpenWhenNoneIsPrinted() {
		assertThat(extractor.extract("SHOP\nTOTAL 12.00\n").currency()).isNull();
	}

	@Test
	void readsLineItemsAndSuggestsACategory() {
		ReceiptFields fields = extractor.extract("""
				LEMON TREE RESTAURANT
				ITEM QTY AMOUNT
				NASI LEMAK 1 5.50
				TEH TARIK 2 4.80
				SUBTOTAL 10.30
				TOTAL 10.30
				""");
		assertThat(fields.items()).containsExactly(new LineItem("NASI LEMAK", new BigDecimal("5.50")),
				new LineItem("TEH TARIK", new BigDecimal("4.80")));
		assertThat(fields.category().value()).isEqualTo("food");
	}

	@Test
	void everyConfidenceIsBetweenZeroAndOne() {
		ReceiptFields fields = extractor.extract("SHELL SERVICE STATION\nDate 01/02/2018\nTOTAL RM 50.00\n");
		assertThat(fields.category().value()).isEqualTo("transportation");
		for (ExtractedField<?> field : new ExtractedField<?>[] { fields.merchant(), fields.date(), fields.total(),
				fields.currency(), fields.category() }) {
			assertThat(field.confidence()).isBetween(0.0, 1.0);
		}
	}

	@Test
	void findsNothingInEmptyText() {
		ReceiptFields fields = extractor.extract("");
		assertThat(fields.merchant()).isNull();
		assertThat(fields.total()).isNull();
		assertThat(fields.date()).isNull();
		assertThat(fields.items()).isEmpty();
	}

}
