package io.expensync.receipts.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.expensync.receipts.KeywordCategories;
import io.expensync.receipts.ocr.OcrLine;
import org.junit.jupiter.api.Test;

/**
 * The learned merchant model: what it picks on rows laid out as receipts print them, and
 * that the weights the app ships are those its training command fits on
 * {@code receipts-train}.
 */
class MerchantLinesTests {

	/**
	 * receipts-train, beside receipts-dev ({@code EXPENSYNC_RECEIPTS_DIR}) or the
	 * project.
	 */
	private static final Path TRAIN = Path
		.of(System.getenv().getOrDefault("EXPENSYNC_RECEIPTS_DIR", "../shared/data/receipts-dev"))
		.resolveSibling("receipts-train");

	private final ReceiptExtractor extractor = new ReceiptExtractor(new KeywordCategories(),
			Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

	@Test
	void theShippedWeightsAreWhatTheTrainingCommandFitsOnReceiptsTrain() throws Exception {
		// CI requires the shared receipts; elsewhere the test needs them beside the
		// project
		boolean required = Boolean.parseBoolean(System.getenv("EXPENSYNC_REQUIRE_PPOCR"));
		assumeTrue(required || Files.isDirectory(TRAIN), "receipts-train is not beside receipts-dev: " + TRAIN);
		assertThat(TRAIN).as("receipts-train, which the shipped model was fitted on").isDirectory();
		String shipped;
		try (var in = MerchantLines.class.getResourceAsStream(MerchantLines.RESOURCE)) {
			shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(MerchantLineTraining.train(TRAIN)).isEqualTo(shipped);
	}

	@Test
	void picksTheNameOverAHeadingAboveItAndTheAddressBelow() {
		List<OcrLine> pieces = page("TAX INVOICE", 14, "KEDAI RUNCIT ANEKA JAYA", 30, "(001234567-W)", 14,
				"NO 12, JALAN MERANTI 3, 81100 JOHOR", 14, "TEL: 07-3345566", 14, "Date: 12/03/2018 10:15", 14,
				"TOTAL 23.40", 14);
		ReceiptFields fields = extractor.extract(pieces);
		assertThat(fields.merchant().value()).isEqualTo("KEDAI RUNCIT ANEKA JAYA");
		assertThat(fields.date().value()).isEqualTo(LocalDate.of(2018, 3, 12));
		assertThat(fields.total().value()).isEqualByComparingTo("23.40");
	}

	@Test
	void joinsANamePrintedOverTwoRows() {
		List<OcrLine> pieces = page("LEMON TREE RESTAURANT", 24, "JTJ FOODS SDN BHD", 24, "(1179227-A)", 14,
				"NO 3, JALAN PERMAS 10/8, 81750 MASAI", 14, "Tel: 07-3823388", 14, "TOTAL 8.50", 14);
		assertThat(extractor.extract(pieces).merchant().value()).isEqualTo("LEMON TREE RESTAURANT JTJ FOODS SDN BHD");
	}

	@Test
	void joinsALegalSuffixPrintedAloneToTheNameAboveIt() {
		List<OcrLine> pieces = page("Nando's Chickenland Malaysia", 22, "Sdn Bhd", 22, "(389052-X)", 14,
				"Lot G-13, Jalan Tun Razak", 14, "TOTAL 41.90", 14);
		assertThat(extractor.extract(pieces).merchant().value()).isEqualTo("Nando's Chickenland Malaysia Sdn Bhd");
	}

	@Test
	void aRowThatStartsWithAnAmpersandGoesOnFromTheRowAbove() {
		List<OcrLine> pieces = page("THE COFFEE BEAN", 22, "& TEA LEAF (M) SDN. BHD.", 22, "Company No. :441970-H", 14,
				"Lot F36, First Floor,", 14, "Aeon Mall Bdr Dato' Onn,", 14, "TOTAL 14.80", 14);
		assertThat(extractor.extract(pieces).merchant().value()).isEqualTo("THE COFFEE BEAN & TEA LEAF (M) SDN BHD.");
	}

	@Test
	void aRowThatClosesABracketItDidNotOpenGoesOnFromTheRowAbove() {
		// the opening bracket of "(RIVER" read as a C
		List<OcrLine> pieces = page("NORTH STAR HARDWARE", 24, "ENTERPRISE CRIVER", 24, "VIEW) SDN BHD", 24,
				"(765432-A)", 14, "NO. 9, JALAN MAWAR 3, 40170 SHAH ALAM", 14, "TEL: 012-6651783", 14, "TOTAL 5.00",
				14);
		assertThat(extractor.extract(pieces).merchant().value())
			.isEqualTo("NORTH STAR HARDWARE ENTERPRISE (RIVER VIEW) SDN BHD");
	}

	@Test
	void aRowWithoutACapitalIsNotTheName() {
		// a signature or a logo's script above the name, read in small letters
		List<OcrLine> pieces = page("lim woon kiat", 40, "SINAR JAYA GIFT & DECO", 21, "27,JALAN MERANTI 13", 24,
				"TAMAN BUKIT JAYA,", 24, "81100 JOHOR BAHRU,JOHOR.", 20, "Tel:07-3345566 Fax:07-3345567", 23, "RECEIPT",
				24, "TOTAL 9.00", 14);
		assertThat(extractor.extract(pieces).merchant().value()).isEqualTo("SINAR JAYA GIFT & DECO");
	}

	@Test
	void aRowOfOneWordAndALegalSuffixTakesTheNameRowsAboveIt() {
		List<OcrLine> pieces = page("WESTERN EASTERN", 24, "STATIONERY SDN. BHD", 24, "CO REG NO : 210038-K", 14,
				"GST ID : 000517095424", 14, "42-46, JLN SULTAN AZLAN SHAH", 14, "51200 KUALA LUMPUR", 14, "TOTAL 1.40",
				14);
		assertThat(extractor.extract(pieces).merchant().value()).isEqualTo("WESTERN EASTERN STATIONERY SDN BHD");
	}

	@Test
	void aCompanyOfTwoWordsUnderABrandIsTheNameAlone() {
		List<OcrLine> pieces = page("SIMPLIFIED TAX INVOICE", 14, "AA PHARMACY", 20, "SUBANG HEALTHCARE SDN BHD", 20,
				"1118258-K", 14, "GST NO: 001536708608", 14, "B-8, JALAN SS15/4D", 14, "47500 SUBANG JAYA, SELANGOR",
				14, "TOTAL 9.90", 14);
		assertThat(extractor.extract(pieces).merchant().value()).isEqualTo("SUBANG HEALTHCARE SDN BHD");
	}

	@Test
	void theCompanyAReceiptSaysItIsOwnedByIsTheMerchantWhereverItIsPrinted() {
		List<OcrLine> pieces = page("TAX INVOICE", 14, "DOMINO'S PIZZA", 24, "GST REF NO : 001694261248", 14,
				"DOMINO'S PIZZA SEGAMBUT", 14, "D-08, M Avenue, Jln 1/38A", 14, "51200 Kuala Lumpur", 14, "Total 60.60",
				14, "Thank you", 14, "Owned by", 14, "Dommal Food Services Sdn Bhd", 14, "Co. No.419060-A", 14);
		assertThat(extractor.extract(pieces).merchant().value()).isEqualTo("Dommal Food Services Sdn Bhd");
		assertThat(PrintedNames.owner("OWN BY: CHEF LEE SDN BHD", "CO.NO. (458592-T)")).isEqualTo("CHEF LEE SDN BHD");
		// no company after it: the brand at the top stays the merchant
		assertThat(PrintedNames.owner("Owned by", "our customers")).isNull();
	}

	@Test
	void aWordOfTheNameIsSpeltAsTheAddressPrintsItWhenOcrWasSurerOfTheAddress() {
		// the I of MALURI missed in the name's large type, and an M read as an H
		assertThat(extractor.extract(withConfidence(funNCheerWithTheIMissed(), 0, 0.90)).merchant().value())
			.isEqualTo("FUN N CHEER (MALURI)");
		List<OcrLine> misread = page("NORTH STAR HARDWARE (SETIA ALAH) SDN BHD", 24, "(765432-A)", 14,
				"NO. 9, JALAN SETIA INDAH, SETIA ALAM", 14, "TEL: 012-6651783", 14, "TOTAL 5.00", 14);
		assertThat(extractor.extract(withConfidence(misread, 0, 0.85)).merchant().value())
			.isEqualTo("NORTH STAR HARDWARE (SETIA ALAM) SDN BHD");
	}

	@Test
	void aWordOfTheNameIsKeptAsReadWhenTheAddressIsNoSurerOrPrintsItAsRead() {
		assertThat(extractor.extract(withConfidence(funNCheerWithTheIMissed(), 0, 0.99)).merchant().value())
			.isEqualTo("FUN N CHEER (MALUR)");
		// ALAM is printed in the address as the name reads it: SHAH ALAN is another
		// word, not a better reading of it
		List<OcrLine> printed = page("NORTH STAR HARDWARE (SETIA ALAM) SDN BHD", 24, "(765432-A)", 14,
				"SETIA ALAM, 40170 SHAH ALAN", 14, "TOTAL 5.00", 14);
		assertThat(extractor.extract(withConfidence(printed, 0, 0.85)).merchant().value())
			.isEqualTo("NORTH STAR HARDWARE (SETIA ALAM) SDN BHD");
		// KEDAI is a word of shop names; KEDAH, a state, is not a better reading of it
		List<OcrLine> known = page("KEDAI RUNCIT ANEKA JAYA", 30, "NO 12, JALAN MERANTI 3, ALOR SETAR, KEDAH", 14,
				"TOTAL 23.40", 14);
		assertThat(extractor.extract(withConfidence(known, 0, 0.85)).merchant().value())
			.isEqualTo("KEDAI RUNCIT ANEKA JAYA");
		// two words of the address as near as each other: neither is taken
		List<OcrLine> twoAsNear = page("TONYMOLY VIVA CITY", 30, "TONYMULY TONYMALY OUTLET", 14, "TOTAL 9.00", 14);
		assertThat(extractor.extract(withConfidence(twoAsNear, 0, 0.85)).merchant().value())
			.isEqualTo("TONYMOLY VIVA CITY");
	}

	@Test
	void anOpeningBracketReadAsALetterIsDroppedWhenTheAddressPrintsTheWord() {
		List<OcrLine> pieces = page("NORTH STAR HARDWARE ENTERPRISE ISETIA ALAM SDN BHD", 24, "(765432-A)", 14,
				"NO. 9, JALAN SETIA INDAH, SETIA ALAM", 14, "TEL: 012-6651783", 14, "TOTAL 5.00", 14);
		assertThat(extractor.extract(withConfidence(pieces, 0, 0.85)).merchant().value())
			.isEqualTo("NORTH STAR HARDWARE ENTERPRISE SETIA ALAM SDN BHD");
		assertThat(NameSpellings.bracketReadInFront("TSETIA", "SETIA")).isTrue();
		assertThat(NameSpellings.bracketReadInFront("ASETIA", "SETIA")).isFalse();
	}

	@Test
	void aLetterMoreInFrontIsNotABetterReading() {
		assertThat(NameSpellings.oneLetterMissedOrWrong("MALUR", "MALURI")).isTrue();
		assertThat(NameSpellings.oneLetterMissedOrWrong("ALAH", "ALAM")).isTrue();
		// "TSTORE": a mark before the word read as a T
		assertThat(NameSpellings.oneLetterMissedOrWrong("STORE", "TSTORE")).isFalse();
		assertThat(NameSpellings.oneLetterMissedOrWrong("LEONG", "LONG")).isFalse();
		assertThat(NameSpellings.oneLetterMissedOrWrong("ALAH", "ALAMY")).isFalse();
	}

	/** The pieces with the one at {@code index} read with the given confidence. */
	private static List<OcrLine> withConfidence(List<OcrLine> pieces, int index, double confidence) {
		List<OcrLine> changed = new ArrayList<>(pieces);
		OcrLine piece = pieces.get(index);
		changed.set(index,
				new OcrLine(piece.text(), confidence, piece.left(), piece.top(), piece.right(), piece.bottom()));
		return changed;
	}

	/** A name whose last letter OCR missed, printed whole in the address below it. */
	private static List<OcrLine> funNCheerWithTheIMissed() {
		return page("FUN N CHEER (MALUR)", 30, "LOT 3763, JALAN 6/37A,", 14, "TAMAN BUKIT MALURI", 14,
				"52100 KUALA LUMPUR", 14, "TOTAL 5.00", 14);
	}

	/**
	 * Rows of a receipt 600 px wide, each centred, with the height given after its text,
	 * 6 px apart.
	 */
	private static List<OcrLine> page(Object... rowsAndHeights) {
		List<OcrLine> pieces = new ArrayList<>();
		int top = 40;
		for (int i = 0; i < rowsAndHeights.length; i += 2) {
			String text = (String) rowsAndHeights[i];
			int height = (Integer) rowsAndHeights[i + 1];
			int width = Math.min(560, text.length() * height * 6 / 10);
			pieces.add(new OcrLine(text, 0.95, 300 - width / 2, top, 300 + width / 2, top + height));
			top += height + 6;
		}
		return pieces;
	}

	@Test
	void labelsARunOfRowsByWhetherItPrintsTheName() {
		assertThat(MerchantLines.sameName("BOOK TA .K(TAMAN DAYA) SDN BND", "BOOK TA .K (TAMAN DAYA) SDN BHD"))
			.isTrue();
		assertThat(MerchantLines.sameName("AIK HUAT HARDWARE ENTERPRISE (SETIA ALAM) SDN BHD",
				"AIK HUAT HARDWARE ENTERPRISE (SETIA ALAM) SDN BHD"))
			.isTrue();
		assertThat(MerchantLines.sameName("ALAM) SDN BHD", "AIK HUAT HARDWARE ENTERPRISE (SETIA ALAM) SDN BHD"))
			.isFalse();
		assertThat(MerchantLines.sameName("LEMON TREE RESTAURANT", "LEMON TREE RESTAURANT JTJ FOODS SDN BHD"))
			.isFalse();
	}

	@Test
	void putsRightWhatOcrMissesInNames() {
		assertThat(PrintedNames.withParenthesisOpened("AIK HUAT HARDWARE ENTERPRISE CSETIA ALAM) SDN BHD"))
			.isEqualTo("AIK HUAT HARDWARE ENTERPRISE (SETIA ALAM) SDN BHD");
		assertThat(PrintedNames.withParenthesisOpened("FUN N CHEER (MALURI)")).isEqualTo("FUN N CHEER (MALURI)");
		assertThat(PrintedNames.read("FUN N CHEER(MALURI)")).isEqualTo("FUN N CHEER (MALURI)");
		assertThat(PrintedNames.read("AEON CO.(M) BHD")).isEqualTo("AEON CO. (M) BHD");
		assertThat(PrintedNames.read("COSWAY (M SDN BHD")).isEqualTo("COSWAY (M) SDN BHD");
		assertThat(PrintedNames.read("TEO HENG STATIONERY B BOOKS")).isEqualTo("TEO HENG STATIONERY & BOOKS");
		assertThat(PrintedNames.read("Nando 's Chickenland")).isEqualTo("Nando's Chickenland");
		assertThat(PrintedNames.read("RAPID RAIL SLII BHD")).isEqualTo("RAPID RAIL SDN BHD");
		assertThat(PrintedNames.read("SUPER SEVEN CASH & CARRY SDN 3HD")).isEqualTo("SUPER SEVEN CASH & CARRY SDN BHD");
		assertThat(PrintedNames.read("AIK HUAT SDN EHT")).isEqualTo("AIK HUAT SDN BHD");
		assertThat(PrintedNames.read("WESTERN EASTERN STAT IONERY")).isEqualTo("WESTERN EASTERN STATIONERY");
		assertThat(PrintedNames.read("ONE STOP SHOP")).isEqualTo("ONE STOP SHOP");
		assertThat(PrintedNames.read("10 GRAM Gourmet Sbn Bhd")).as("a number that starts the name")
			.isEqualTo("10 GRAM Gourmet Sbn Bhd");
		assertThat(PrintedNames.read("7 | SHOP NAME")).as("stray marks before it").isEqualTo("SHOP NAME");
		assertThat(PrintedNames.company("MYNEWS RETAIL SB FKA BISON STORES SB")).isEqualTo("MYNEWS RETAIL SB");
		assertThat(PrintedNames.company("OLD ASIA OWN BY: CHEF LEE SDN BHD")).isEqualTo("CHEF LEE SDN BHD");
		assertThat(PrintedNames.company("SHOP OWNED BY")).isEqualTo("SHOP OWNED BY");
		assertThat(PrintedNames.company("FKAR TRADING")).isEqualTo("FKAR TRADING");
		assertThat(ReceiptExtractor.tidied("KMF F00DICIOUS\nCOSWAY (MSDN BHD"))
			.isEqualTo("KMF FOODICIOUS\nCOSWAY (M) SDN BHD");
		assertThat(PrintedNames.withParenthesisOpened("TEA LEAF M) SDN BHD")).isEqualTo("TEA LEAF M) SDN BHD");
	}

	@Test
	void knowsARegistrationNumberWhoseDashOcrReadTwice() {
		assertThat(PrintedNames.registered("BLUE LAGOON (M) BHD (123456--K)")).isTrue();
		assertThat(PrintedNames.withoutRegistration("BLUE LAGOON 123456--K")).isEqualTo("BLUE LAGOON");
		assertThat(PrintedNames.registered("TEL 123456---K")).as("not a run of dashes").isFalse();
	}

	@Test
	void readsTheLinesFilesOneLineAtATime() throws Exception {
		Path file = Files.createTempFile("receipt", ".lines.csv");
		try {
			Files.writeString(file, """
					x1,y1,x2,y2,x3,y3,x4,y4,text
					72,25,326,25,326,64,72,64,TAN WOON YANN
					110,144,383,144,383,163,110,163,"NO.53 55,57 & 59, JALAN SAGU 18,"
					10,200,90,200,90,220,10,220,"OPEN QUOTE
					10,230,90,230,90,250,10,250,TOTAL 9.00
					""");
			assertThat(MerchantLineTraining.lines(file)).extracting(OcrLine::text)
				.containsExactly("TAN WOON YANN", "NO.53 55,57 & 59, JALAN SAGU 18,", "\"OPEN QUOTE", "TOTAL 9.00");
			assertThat(MerchantLineTraining.lines(file).get(0))
				.extracting(OcrLine::left, OcrLine::top, OcrLine::right, OcrLine::bottom)
				.containsExactly(72, 25, 326, 64);
		}
		finally {
			Files.delete(file);
		}
	}

}
