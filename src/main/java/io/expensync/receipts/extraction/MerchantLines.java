package io.expensync.receipts.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import io.expensync.receipts.ocr.OcrLine;

/**
 * Finds the merchant's name on a receipt read with the rows' places on the page, with a
 * learned model. Every run of one to three rows among the first is a candidate, described
 * by what its first and last rows look like (their text, where they sit, how tall they
 * are beside the other rows, their neighbours) and what the run is as a whole (rows alike
 * in height and centred together, a legal suffix at its end, the name the hand rules of
 * {@link ReceiptMerchants} pick). The model ranks the candidates and the first is the
 * name. {@link MerchantLineTraining} fits it on receipts with known merchants. A receipt
 * that says whose it is ("Owned by" over a company) names the merchant itself, and a word
 * of the name OCR misread is spelt as the rest of the heading prints it
 * ({@link NameSpellings}).
 */
final class MerchantLines {

	/** How many rows from the top may hold the name. */
	static final int CANDIDATES = 12;

	/** How many rows after the first a name may run on to. */
	private static final int MORE_ROWS = 2;

	static final String RESOURCE = "merchant-lines.model";

	/** What a row is, in the order {@link #rowFeatures} gives them. */
	private static final List<String> ROW = List.of("capitals", "letters", "digits", "length", "words", "business",
			"legal_end", "junk", "registered", "next_registered", "continues", "previous_junk", "next_junk", "index",
			"first", "top", "height", "tallest", "off_centre", "width", "below_body", "colon", "first_namelike");

	/** What the run of rows is as a whole. */
	private static final List<String> SPAN = List.of("two_rows", "three_rows", "height_spread", "centre_spread", "gap",
			"name_above", "goes_on_below", "ends_legally", "open_parenthesis", "starts_midway", "name_length",
			"rules_pick");

	/**
	 * The features of a run of rows: its first row's, its last row's (the same row for a
	 * run of one), and the run's own.
	 */
	static final List<String> FEATURES = Stream
		.of(ROW.stream().map((name) -> "first_" + name), ROW.stream().map((name) -> "last_" + name), SPAN.stream())
		.flatMap((names) -> names)
		.toList();

	private MerchantLines() {
	}

	/** The merchant's name; {@code null} when no row looks like one. */
	static @Nullable ExtractedField<String> find(List<OcrLine> rows) {
		return find(rows, Shipped.MODEL);
	}

	static @Nullable ExtractedField<String> find(List<OcrLine> rows, LineModel model) {
		String owner = PrintedNames.owner(rows.stream().map(OcrLine::text).toList());
		if (owner != null) {
			// the receipt says whose it is: the company, not the brand at its top
			return ExtractedField.of(owner, 0.8);
		}
		List<Candidate> ranked = ranked(rows, model);
		if (ranked.isEmpty()) {
			return null;
		}
		double top = ranked.get(0).score();
		double chance = 1 / ranked.stream().mapToDouble((candidate) -> StrictMath.exp(candidate.score() - top)).sum();
		Candidate first = withRowsAbove(ranked, rows);
		return ExtractedField.of(NameSpellings.corrected(first.name(), rows, first.span()),
				Math.min(0.9, 0.2 + 0.7 * chance));
	}

	/**
	 * The first candidate, or, when it is one row of one word and a legal suffix
	 * ("STATIONERY SDN. BHD", "ALAM SDN BHD") under a row that reads as a name without
	 * digits ("WESTERN EASTERN"), the likeliest run of rows that ends with it and starts
	 * above it: such a row is the end of a name broken over rows, not a name of its own.
	 */
	private static Candidate withRowsAbove(List<Candidate> ranked, List<OcrLine> rows) {
		Candidate first = ranked.get(0);
		int row = first.span().first();
		if (row != first.span().last() || row == 0) {
			return first;
		}
		String name = first.name().toUpperCase(Locale.ROOT);
		Matcher legal = ReceiptMerchants.ENDS_LEGALLY.matcher(name);
		String above = PrintedNames.tidied(rows.get(row - 1).text()).toUpperCase(Locale.ROOT);
		if (!legal.find() || !name.substring(0, legal.start()).strip().matches("\\p{L}{3,}") || !nameLike(above)
				|| above.chars().anyMatch(Character::isDigit)) {
			return first;
		}
		return ranked.stream()
			.filter((candidate) -> candidate.span().last() == row && candidate.span().first() < row)
			.findFirst()
			.orElse(first);
	}

	/** The {@code count} names the shipped model ranks first, the likeliest first. */
	static List<String> likeliest(List<OcrLine> rows, int count) {
		return ranked(rows, Shipped.MODEL).stream().map(Candidate::name).distinct().limit(count).toList();
	}

	/**
	 * Every run of rows that reads as a name, the one the model takes for it first. A run
	 * without a capital letter is none: a signature or a logo's script read in small
	 * letters (the model, learnt on lines printed in capitals, cannot tell).
	 */
	private static List<Candidate> ranked(List<OcrLine> rows, LineModel model) {
		Context context = Context.of(rows);
		List<Candidate> candidates = new ArrayList<>();
		for (Span span : spans(rows)) {
			String name = span.name(rows);
			if (name.chars().filter(Character::isLetter).count() >= 2
					&& name.chars().anyMatch(Character::isUpperCase)) {
				candidates.add(new Candidate(name, model.score(features(rows, span, context)), span));
			}
		}
		// the first of equals stays first: the run nearer the top
		candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
		return candidates;
	}

	private record Candidate(String name, double score, Span span) {
	}

	/** Every run of one to three rows among the first {@value #CANDIDATES}. */
	static List<Span> spans(List<OcrLine> rows) {
		int limit = Math.min(CANDIDATES, rows.size());
		List<Span> spans = new ArrayList<>();
		for (int first = 0; first < limit; first++) {
			for (int last = first; last < limit && last <= first + MORE_ROWS; last++) {
				spans.add(new Span(first, last));
			}
		}
		return spans;
	}

	/**
	 * What the features of every run of a receipt's rows draw on: the page, each of the
	 * first rows' features, and the name the hand rules of {@link ReceiptMerchants} pick.
	 */
	record Context(Page page, double[][] rows, @Nullable String rulesPick) {

		static Context of(List<OcrLine> rows) {
			Page page = new Page(rows);
			ExtractedField<String> rules = ReceiptMerchants.find(rows.stream().map(OcrLine::text).toList());
			return new Context(page, rowFeatures(rows, page), (rules != null) ? rules.value() : null);
		}

	}

	/** The features of each of the first rows, in the order of {@link #ROW}. */
	private static double[][] rowFeatures(List<OcrLine> rows, Page page) {
		int limit = Math.min(CANDIDATES, rows.size());
		double[][] features = new double[limit][];
		for (int index = 0; index < limit; index++) {
			features[index] = rowFeatures(rows, index, page);
		}
		return features;
	}

	/** The features of a run of rows, in the order of {@link #FEATURES}. */
	static double[] features(List<OcrLine> rows, Span span, Context context) {
		Page page = context.page();
		double[][] rowFeatures = context.rows();
		String rulesPick = context.rulesPick();
		double[] features = new double[FEATURES.size()];
		System.arraycopy(rowFeatures[span.first()], 0, features, 0, ROW.size());
		System.arraycopy(rowFeatures[span.last()], 0, features, ROW.size(), ROW.size());
		int minHeight = Integer.MAX_VALUE;
		int maxHeight = 0;
		double centreSpread = 0;
		double gap = 0;
		OcrLine first = rows.get(span.first());
		for (int index = span.first(); index <= span.last(); index++) {
			OcrLine row = rows.get(index);
			minHeight = Math.min(minHeight, Math.max(1, row.height()));
			maxHeight = Math.max(maxHeight, Math.max(1, row.height()));
			centreSpread = Math.max(centreSpread, page.offCentre(row, first));
			if (index > span.first()) {
				gap = Math.max(gap, (row.top() - rows.get(index - 1).bottom()) / Math.max(1, page.rowHeight()));
			}
		}
		String name = span.name(rows).toUpperCase(Locale.ROOT);
		int at = 2 * ROW.size();
		features[at++] = flag(span.last() - span.first() == 1);
		features[at++] = flag(span.last() - span.first() == 2);
		features[at++] = StrictMath.log((double) maxHeight / minHeight);
		features[at++] = centreSpread;
		features[at++] = Math.max(-1, Math.min(3, gap));
		features[at++] = flag(span.first() > 0 && nameLike(rows.get(span.first() - 1).text().toUpperCase(Locale.ROOT)));
		features[at++] = flag(span.last() + 1 < rows.size() && continuesAbove(rows.get(span.last() + 1).text()));
		features[at++] = flag(ReceiptMerchants.ENDS_LEGALLY.matcher(name).find());
		features[at++] = flag(leavesParenthesisOpen(name));
		features[at++] = flag(continuesAbove(first.text()));
		features[at++] = Math.min(40, name.chars().filter(Character::isLetter).count()) / 40.0;
		features[at] = flag(rulesPick != null && name.equals(rulesPick.toUpperCase(Locale.ROOT)));
		return features;
	}

	private static boolean leavesParenthesisOpen(String text) {
		int open = text.lastIndexOf('(');
		return open >= 0 && text.indexOf(')', open) < 0;
	}

	/** A run of rows, {@code first} to {@code last}, that may print the name. */
	record Span(int first, int last) {

		/** The name the rows print, as read: joined, without registration numbers. */
		String name(List<OcrLine> rows) {
			StringBuilder name = new StringBuilder();
			for (int index = first; index <= last; index++) {
				String row = rows.get(index).text();
				String part = PrintedNames.read(row);
				// "THE COFFEE BEAN" over "& TEA LEAF": the ampersand the row starts with
				// joins
				// them
				String joint = (!name.isEmpty() && row.strip().startsWith("&") && !part.startsWith("&")) ? " & " : " ";
				name.append((name.isEmpty() || part.isEmpty()) ? "" : joint).append(part);
			}
			return PrintedNames
				.company(PrintedNames.withParenthesisClosed(PrintedNames.withParenthesisOpened(name.toString())));
		}

	}

	/** The features of row {@code index}, in the order of {@link #ROW}. */
	private static double[] rowFeatures(List<OcrLine> rows, int index, Page page) {
		OcrLine row = rows.get(index);
		String tidied = PrintedNames.tidied(row.text());
		String upper = tidied.toUpperCase(Locale.ROOT);
		String line = PrintedNames.withoutRegistration(tidied);
		PrintedCharacters characters = PrintedCharacters.of(line);
		int letters = characters.letters();
		int printed = characters.printed();
		String[] words = line.split("\\s+");
		long longWords = Arrays.stream(words)
			.filter((word) -> word.chars().filter(Character::isLetter).count() >= 3)
			.count();
		String next = (index + 1 < rows.size())
				? PrintedNames.tidied(rows.get(index + 1).text()).toUpperCase(Locale.ROOT) : "";
		String previous = (index > 0) ? PrintedNames.tidied(rows.get(index - 1).text()).toUpperCase(Locale.ROOT) : "";
		boolean belowBody = false;
		int nameLike = -1;
		double tallest = 0;
		for (int other = 0; other < Math.min(CANDIDATES, rows.size()); other++) {
			String otherText = rows.get(other).text().toUpperCase(Locale.ROOT);
			belowBody |= other < index && ReceiptMerchants.BODY.matcher(otherText).find();
			if (nameLike < 0 && nameLike(otherText)) {
				nameLike = other;
			}
			tallest = Math.max(tallest, rows.get(other).height());
		}
		return new double[] { characters.capitalShare(), (double) letters / printed,
				(double) characters.digits() / printed, Math.min(letters, 30) / 30.0, Math.min(3, longWords) / 3.0,
				flag(ReceiptMerchants.BUSINESS.matcher(upper).find()),
				flag(ReceiptMerchants.ENDS_LEGALLY.matcher(line.toUpperCase(Locale.ROOT)).find()),
				flag(ReceiptMerchants.JUNK.matcher(line.toUpperCase(Locale.ROOT)).find()),
				flag(PrintedNames.registered(upper)),
				flag(PrintedNames.registered(next) || ReceiptMerchants.LEGAL_SUFFIX.matcher(next).matches()),
				flag(ReceiptMerchants.CONTINUATION.matcher(upper).find()),
				flag(index == 0 || ReceiptMerchants.JUNK.matcher(previous).find()),
				flag(next.isEmpty() || ReceiptMerchants.JUNK.matcher(next).find()),
				(double) Math.min(index, CANDIDATES) / CANDIDATES, flag(index == 0), page.top(row), page.height(row),
				flag(row.height() >= tallest), page.offCentre(row), page.width(row), flag(belowBody),
				flag(line.contains(":")), flag(index == nameLike) };
	}

	/**
	 * Whether a row could be a name at all: enough letters, and no address or heading.
	 */
	private static boolean nameLike(String upper) {
		long letters = upper.chars().filter(Character::isLetter).count();
		return letters >= 3 && !ReceiptMerchants.JUNK.matcher(upper).find();
	}

	private static boolean continuesAbove(String row) {
		if (row.strip().startsWith("&")) {
			return true;
		}
		String upper = PrintedNames.read(row).toUpperCase(Locale.ROOT);
		return ReceiptMerchants.LEGAL_SUFFIX.matcher(upper).matches()
				|| ReceiptMerchants.CONTINUATION.matcher(upper).find() || ReceiptMerchants.closesParenthesis(upper);
	}

	private static double flag(boolean value) {
		return value ? 1 : 0;
	}

	/**
	 * Whether a name read from rows is the company's name as the receipt prints it: the
	 * same letters and digits in the same words, with a legal suffix ("SDN BHD") and one
	 * slip in ten characters forgiven. What labels the runs of rows the model learns
	 * from.
	 */
	static boolean sameName(String read, String company) {
		String one = plain(read);
		String other = plain(company);
		return !one.isEmpty() && TextEdits.distance(one, other) * 10 <= other.length();
	}

	/** The name as the comparison sees it: capitals, words, no "SDN BHD". */
	static String plain(String name) {
		String plain = name.toUpperCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}\\s]", "")
			.replaceAll("\\s+", " ")
			.strip();
		// "SDN BHD", as printed or with a slip ("SDN BND")
		return plain.replaceFirst(" S[A-Z0-9]{2} B[A-Z0-9]{2}$", "");
	}

	/** The shipped model, read when first used (training goes without it). */
	private static final class Shipped {

		static final LineModel MODEL = LineModel.read(RESOURCE, FEATURES);

	}

	/**
	 * Where a receipt's rows sit: the box around them all, and a row's typical height.
	 */
	record Page(int left, int pageTop, int right, int bottom, double rowHeight) {

		Page(List<OcrLine> rows) {
			this(rows.stream().mapToInt(OcrLine::left).min().orElse(0),
					rows.stream().mapToInt(OcrLine::top).min().orElse(0),
					rows.stream().mapToInt(OcrLine::right).max().orElse(1),
					rows.stream().mapToInt(OcrLine::bottom).max().orElse(1),
					rows.stream().mapToInt(OcrLine::height).sorted().skip(rows.size() / 2).findFirst().orElse(1));
		}

		/** How far down the page the row starts, from 0 to 1. */
		double top(OcrLine row) {
			return (row.top() - pageTop) / (double) Math.max(1, bottom - pageTop);
		}

		/**
		 * The row's height beside the typical row's, as a logarithm (0 when the same).
		 */
		double height(OcrLine row) {
			return StrictMath.log(Math.max(1, row.height()) / Math.max(1, rowHeight));
		}

		/**
		 * How far the row's middle is from the page's, as a share of the page's width.
		 */
		double offCentre(OcrLine row) {
			return Math.abs((row.left() + row.right()) / 2.0 - (left + right) / 2.0) / Math.max(1, right - left);
		}

		/** How far apart two rows' middles are, as a share of the page's width. */
		double offCentre(OcrLine row, OcrLine other) {
			return Math.abs((row.left() + row.right()) / 2.0 - (other.left() + other.right()) / 2.0)
					/ Math.max(1, right - left);
		}

		/** The row's width as a share of the page's. */
		double width(OcrLine row) {
			return row.width() / (double) Math.max(1, right - left);
		}

	}

}
