package io.expensync.receipts.extraction;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.expensync.receipts.KeywordCategories;
import io.expensync.receipts.ocr.OcrLine;
import io.expensync.receipts.ocr.OcrRows;

/**
 * Reads the fields of a receipt from its text (OCR output, or text from any other
 * reader): merchant, date, total, currency, tax, line items and a suggested category,
 * each with a confidence. Pure: no OCR, no I/O.
 */
public class ReceiptExtractor {

	/**
	 * A date run into its time ({@code 19/03/20181:01:43}), as PP-OCR often reads them.
	 */
	private static final Pattern DATE_THEN_TIME = Pattern
		.compile("(?<![\\d/])(\\d{1,2}[/.-](?:\\d{1,2}|\\p{L}{3})[/.-](?:19|20)\\d{2})(?=\\d{1,2}:\\d{2})");

	/**
	 * A zero read for an O: between letters ({@code SC0OP}), or starting a word
	 * ({@code 0CT 3}).
	 */
	private static final Pattern ZERO_FOR_O = Pattern.compile(
			"(?<=\\p{L})0(?=0?\\p{L})|(?<=\\p{L}0)0(?=\\p{L})|(?<![\\p{L}\\p{N}.,])0(?=\\p{L}{2})|(?<=\\bC)0(?=\\.)");

	/**
	 * "SDN BHD" run into the word before it ({@code TRADINGSDN BHD}), or into "(M)" for
	 * Malaysia ({@code CO (MSDN BHD}).
	 */
	private static final Pattern GLUED_SDN_BHD = Pattern
		.compile("(?<=\\p{Lu}{2}|\\(M\\))(?=S ?D ?N\\.? ?B ?H ?D\\b)|(?<=\\(M)(?=S ?D ?N\\.? ?B ?H ?D\\b)");

	/** "SDN BHD" with its spaces lost or misplaced ({@code SDNBHD}, {@code SD N BHD}). */
	private static final Pattern SDN_BHD = Pattern.compile("\\bS ?D ?N(\\.?) ?B ?H ?D\\b");

	private final KeywordCategories categories;

	private final Clock clock;

	public ReceiptExtractor(KeywordCategories categories, Clock clock) {
		this.categories = categories;
		this.clock = clock;
	}

	public ReceiptFields extract(String read) {
		String text = tidied(read);
		List<String> lines = text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
		return fields(text, lines, ReceiptMerchants.find(lines));
	}

	/**
	 * The fields of a receipt read as pieces of text with their places on the page (from
	 * an engine that gives them, such as PP-OCR): the pieces are put in printed rows, and
	 * the merchant is picked by {@link MerchantLines}' learned model, which weighs where
	 * each row sits and how tall it is; the other fields are read from the rows' text.
	 */
	public ReceiptFields extract(List<OcrLine> pieces) {
		List<OcrLine> rows = rows(pieces);
		List<String> lines = rows.stream().map(OcrLine::text).toList();
		return fields(String.join("\n", lines), lines, MerchantLines.find(rows));
	}

	/**
	 * The merchant names the learned model finds likeliest on these pieces, at most
	 * {@code count}, the likeliest first: where a closer reading of the name pays.
	 */
	public List<String> likeliestMerchants(List<OcrLine> pieces, int count) {
		return MerchantLines.likeliest(rows(pieces), count);
	}

	/** The pieces in printed rows, each row's text tidied. */
	private static List<OcrLine> rows(List<OcrLine> pieces) {
		return OcrRows.joined(pieces)
			.stream()
			.map((row) -> new OcrLine(tidied(row.text()).strip(), row.confidence(), row.left(), row.top(), row.right(),
					row.bottom()))
			.filter((row) -> !row.text().isEmpty())
			.toList();
	}

	private ReceiptFields fields(String text, List<String> lines, @Nullable ExtractedField<String> merchant) {
		var total = ReceiptTotals.find(lines);
		BigDecimal totalAmount = (total != null) ? total.value() : null;
		List<LineItem> items = ReceiptItems.find(lines);
		return new ReceiptFields(merchant, new ReceiptDates(LocalDate.now(clock)).find(lines), total,
				ReceiptTaxes.find(lines, totalAmount), ReceiptCurrencies.find(text.toUpperCase(Locale.ROOT)), items,
				categories.suggest((merchant != null) ? merchant.value() : null, items).orElse(null));
	}

	/**
	 * The text with slips that OCR engines make in dates, words and "SDN BHD" put right.
	 */
	static String tidied(String text) {
		String tidy = DATE_THEN_TIME.matcher(text).replaceAll("$1 ");
		String zeros = tidy;
		tidy = ZERO_FOR_O.matcher(tidy)
			.replaceAll((zero) -> lowerCase(zeros, zero.start() - 1) && lowerCase(zeros, zero.end()) ? "o" : "O");
		String glued = tidy;
		tidy = GLUED_SDN_BHD.matcher(tidy).replaceAll((at) -> glued.startsWith("(M", at.start() - 2) ? ") " : " ");
		return SDN_BHD.matcher(tidy).replaceAll("SDN$1 BHD");
	}

	private static boolean lowerCase(String text, int at) {
		return at >= 0 && at < text.length() && Character.isLowerCase(text.charAt(at));
	}

}
