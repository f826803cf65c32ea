package io.expensync.receipts.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds the total paid on a receipt among the amounts printed on it
 * ({@link PrintedAmounts}). The total is the amount on a total line ({@code TOTAL},
 * {@code GRAND TOTAL}, {@code AMOUNT DUE}, {@code NETT}…) but not on a subtotal, tax,
 * quantity or discount line; a rounded or grand total counts more than a plain one, and
 * an amount that equals the cash given less the change counts more again. Without any
 * total line the largest amount is a guess.
 */
final class ReceiptTotals {

	/** How many lines below a total its rounding line may be. */
	private static final int ROUNDING_BELOW = 2;

	private static final Pattern TOTAL = Pattern.compile(
			"\\b[TL1I][O0A]T[A4O]L\\b|\\bTOTAL|\\bTOTA[!|1]|\\bJUMLAH\\b|\\bDUE\\b|\\bPAYABLE\\b|\\bNETT?\\b|TO\\s*BE\\s*PAID|TO\\s*PAY\\b");

	private static final Pattern STRONG_TOTAL = Pattern.compile(
			"GRAND|NETT|ROUNDED|AFTER\\s*ROUND|\\bDUE\\b|PAYABLE|IN\\s?C\\W?[LI]?USIVE|INCL\\b|INCL\\.|TO\\s*BE\\s*PAID|\\bTO\\s*PAY\\b");

	private static final Pattern NOT_TOTAL = Pattern
		.compile("(?<![A-Z])[S5$]UB\\s*-?\\s*T|\\bQTY|QUANTITY|\\bITEM|\\bPCS\\b|\\bUNITS?\\b"
				+ "|DISCOUNT|SAVING|EXCL|\\bCHANGE|\\bCASH\\b|TENDER|^\\W*ROUND|\\bPOINTS?\\b|\\bWEIGHT\\b");

	private static final Pattern PAID = Pattern.compile(
			"\\bCASH\\b|TENDER|(?<!BE\\s?)\\bPAID\\b|PAYMENT|RECEIVED|(?<!TO\\s?)\\bPAY\\b|\\bCARD\\b|VISA|MASTER");

	/** A subtotal, also with its S read as 5 or $ ("5UB TOTAL"). */
	private static final Pattern SUBTOTAL = Pattern.compile("(?<![A-Z])[S5$]UB\\s*-?\\s*T[O0A]T[A4O]L");

	private static final Pattern CHANGE = Pattern.compile("\\bCHANGE\\b|\\bKEMBALI\\b|\\bBAKI\\b|CHANGE\\s*DUE");

	private static final Pattern ROUNDING = Pattern.compile("ROUND");

	/**
	 * The heading of a tax summary, whose rows (and their total) give the amount before
	 * tax and the tax: "GST Summary Amount Tax", "TAXCODE % AMOUNT TAX".
	 */
	private static final Pattern TAX_SUMMARY = Pattern
		.compile("SUMMARY|\\b(AMOUNT|AMT)\\b.*\\b(TAX|GST)\\b|TAX\\s*CODE");

	private static final Pattern ROUNDED = Pattern.compile("ROUNDED|AFTER\\s*ROUND|GRAND");

	/**
	 * A total that includes the tax ("total includes GST 0%"), unlike "total included
	 * GST: 1.42", which is the tax; also as OCR reads the word ("INC:USIVE", "IN
	 * CLUSIVE").
	 */
	private static final Pattern INCLUSIVE = Pattern
		.compile("IN\\s?C\\W?[LI]?USIVE|INCL\\b|INCL\\.|INCL(?=G\\.?S)|INCLUDES|\\bWITH\\b");

	private ReceiptTotals() {
	}

	/**
	 * The total paid, with how sure the lines make it; {@code null} without any amount.
	 */
	static @Nullable ExtractedField<BigDecimal> find(List<String> lines) {
		Map<BigDecimal, Double> scores = new LinkedHashMap<>();
		Set<BigDecimal> printed = new HashSet<>();
		List<BigDecimal> payments = new ArrayList<>();
		BigDecimal change = null;
		BigDecimal rounding = null;
		List<Integer> roundingLines = new ArrayList<>();
		Map<BigDecimal, Integer> totalLines = new LinkedHashMap<>();
		BigDecimal subtotal = null;
		BigDecimal tax = null;
		Map<BigDecimal, Integer> linesWith = new HashMap<>();
		// the subtotal with the charges printed below it (service, tax) added one by one,
		// until the total: what the total should come to
		Set<BigDecimal> addedUp = new HashSet<>();
		BigDecimal runningSum = null;
		boolean belowTaxSummary = false;
		for (int index = 0; index < lines.size(); index++) {
			String line = lines.get(index).toUpperCase(Locale.ROOT);
			List<BigDecimal> amounts = PrintedAmounts.in(line);
			printed.addAll(amounts);
			new HashSet<>(amounts).forEach((amount) -> linesWith.merge(amount, 1, Integer::sum));
			boolean endsCharges = isTotalLine(line) || PAID.matcher(line).find() || CHANGE.matcher(line).find();
			if (runningSum != null && endsCharges) {
				runningSum = null;
			}
			else if (runningSum != null && !amounts.isEmpty() && amounts.get(amounts.size() - 1).signum() > 0) {
				runningSum = runningSum.add(amounts.get(amounts.size() - 1));
				addedUp.add(runningSum);
			}
			if (amounts.isEmpty() && index + 1 < lines.size() && TOTAL.matcher(line).find()) {
				// the label on one line, its amount alone on the next
				String next = lines.get(index + 1);
				boolean alone = next.chars().filter(Character::isLetter).count() < 3;
				amounts = alone ? PrintedAmounts.in(next) : amounts;
			}
			if (amounts.isEmpty()) {
				belowTaxSummary |= TAX_SUMMARY.matcher(line).find();
				continue;
			}
			BigDecimal last = amounts.get(amounts.size() - 1);
			if (CHANGE.matcher(line).find()) {
				change = last;
			}
			else if (PAID.matcher(line).find()) {
				payments.add(last);
			}
			if (ROUNDING.matcher(line).find() && last.abs().compareTo(new BigDecimal("0.10")) < 0) {
				rounding = last;
				roundingLines.add(index);
			}
			// the tax summary's total: the amounts before and the tax, below a heading
			// such as "GST Summary Amount Tax"
			boolean taxSummary = amounts.size() > 1 && (last.equals(tax) || belowTaxSummary);
			if (last.signum() > 0 && isTotalLine(line) && !taxSummary) {
				// a later total line is more likely the final one
				// below the change it is a tax summary's total more likely than the
				// amount due
				double weight = (ROUNDED.matcher(line).find() ? 4.0 : STRONG_TOTAL.matcher(line).find() ? 3.0 : 2.0)
						+ 0.1 * index / lines.size() - ((change != null) ? 1 : 0);
				scores.merge(last, weight, Double::sum);
				totalLines.putIfAbsent(last, index);
			}
			else if (last.signum() > 0 && SUBTOTAL.matcher(line).find()) {
				scores.merge(last, 1.0, Double::sum);
				subtotal = (subtotal == null) ? last : subtotal;
				runningSum = last;
			}
			else if (last.signum() > 0 && ReceiptTaxes.isTaxLine(line)) {
				tax = (tax == null) ? last : tax;
			}
		}
		for (BigDecimal payment : payments) {
			scores.computeIfPresent(payment, (amount, score) -> score + 0.5);
			BigDecimal due = (change != null) ? payment.subtract(change) : BigDecimal.ZERO;
			// the cash given less the change is what was due; surer when that amount is
			// printed
			if (due.signum() > 0 && change.signum() >= 0) {
				// an amount printed nowhere rests on two amounts read right: less sure
				// than a total line, unless the subtotal and the charges below it add up
				// to it too
				boolean confirmed = printed.contains(due) || addedUp.contains(due);
				scores.merge(due, (confirmed && change.signum() > 0) ? 3.0 : confirmed ? 2.0 : 1.0, Double::sum);
			}
		}
		if (subtotal != null && tax != null) {
			// subtotal plus tax (plus rounding) is the total, when that amount is printed
			BigDecimal withTax = subtotal.add(tax);
			BigDecimal rounded = withTax.add((rounding != null) ? rounding : BigDecimal.ZERO);
			for (BigDecimal sum : new HashSet<>(List.of(withTax, rounded))) {
				if (printed.contains(sum)) {
					scores.merge(sum, 3.0, Double::sum);
				}
			}
		}
		if (rounding != null && rounding.signum() != 0) {
			for (BigDecimal amount : List.copyOf(scores.keySet())) {
				BigDecimal rounded = amount.add(rounding);
				scores.computeIfPresent(rounded, (sum, score) -> score + 2);
				Integer line = totalLines.get(amount);
				boolean roundedBelow = line != null
						&& roundingLines.stream().anyMatch((at) -> at > line && at <= line + ROUNDING_BELOW);
				if (roundedBelow && rounded.signum() > 0) {
					// a total printed just above the rounding line is paid rounded, even
					// when the rounded amount is not printed
					double above = scores.get(amount) + 0.5;
					scores.merge(rounded, above, Math::max);
				}
			}
		}
		if (scores.isEmpty()) {
			return largest(lines);
		}
		List<Map.Entry<BigDecimal, Double>> ranked = scores.entrySet()
			.stream()
			.sorted(Map.Entry.<BigDecimal, Double>comparingByValue().reversed())
			.toList();
		double best = ranked.get(0).getValue();
		double runnerUp = (ranked.size() > 1) ? ranked.get(1).getValue() : 0;
		double confidence = Math.min(0.95, 0.4 + 0.08 * best) - ((runnerUp >= best) ? 0.2 : 0);
		BigDecimal total = ranked.get(0).getKey();
		// a total worked out (rounded) or confirmed by the amount paid is no slip
		boolean doubtful = linesWith.containsKey(total) && !payments.contains(total)
				&& !addsUp(subtotal, tax, rounding, total);
		BigDecimal readTwice = doubtful ? PrintedAmounts.readTwiceInstead(total, linesWith) : null;
		// nor is one a rounding away from the amount printed twice: that is the amount
		// before rounding
		boolean roundedFrom = readTwice != null && rounding != null
				&& total.subtract(readTwice).abs().compareTo(rounding.abs()) == 0;
		if (readTwice != null && !roundedFrom) {
			return ExtractedField.of(readTwice, Math.min(confidence, 0.6));
		}
		return ExtractedField.of(total, confidence);
	}

	/**
	 * Whether the subtotal and the tax (and the rounding) come to the total: a total
	 * worked out so is no misread digit.
	 */
	private static boolean addsUp(@Nullable BigDecimal subtotal, @Nullable BigDecimal tax,
			@Nullable BigDecimal rounding, BigDecimal total) {
		if (subtotal == null || tax == null) {
			return false;
		}
		BigDecimal withTax = subtotal.add(tax);
		return withTax.compareTo(total) == 0 || (rounding != null && withTax.add(rounding).compareTo(total) == 0);
	}

	/**
	 * Whether the line states the total. Only its last total label and what follows
	 * count, as OCR often joins two columns ("TOTAL SAVING 0.00 TOTAL 25.85").
	 */
	static boolean isTotalLine(String upperCaseLine) {
		Matcher label = TOTAL.matcher(upperCaseLine);
		int last = -1;
		while (label.find()) {
			last = label.start();
		}
		if (last < 0) {
			return false;
		}
		String tail = upperCaseLine.substring(Math.max(0, last - 5));
		return !NOT_TOTAL.matcher(tail).find()
				&& !(ReceiptTaxes.TAX.matcher(tail).find() && !INCLUSIVE.matcher(tail).find());
	}

	private static @Nullable ExtractedField<BigDecimal> largest(List<String> lines) {
		return lines.stream()
			.filter((line) -> !CHANGE.matcher(line.toUpperCase(Locale.ROOT)).find())
			.flatMap((line) -> PrintedAmounts.in(line).stream())
			.filter((amount) -> amount.signum() > 0)
			.max(Comparator.naturalOrder())
			.map((amount) -> ExtractedField.of(amount, 0.25))
			.orElse(null);
	}

}
