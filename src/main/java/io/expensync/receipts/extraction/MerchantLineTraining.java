package io.expensync.receipts.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.expensync.receipts.ocr.OcrLine;
import io.expensync.receipts.ocr.OcrRows;

/**
 * Fits {@link MerchantLines}' model on a folder of receipts laid out like
 * {@code ../shared/data/receipts-train}: each {@code NAME.lines.csv} gives the printed
 * lines with their boxes, each {@code NAME.json} the merchant's name. The lines are put
 * in rows as the OCR's pieces are, and each run of one to three of the first rows is an
 * example, labelled by whether it prints the name; each shop's receipts together weigh as
 * much as one receipt of a shop seen once. {@code bench/train-merchant-lines} runs it and
 * writes the model the app ships.
 */
public final class MerchantLineTraining {

	private static final Pattern COMPANY = Pattern.compile("\"company\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

	/** A line of a lines file: the box's four corners, then the text. */
	private static final Pattern LINE = Pattern
		.compile("^(\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(.*)$");

	private static final int ITERATIONS = 2000;

	private static final double RATE = 1.0;

	/**
	 * The L2 penalty, chosen by grouped cross-validation on receipts-train (five folds by
	 * merchant, so that no shop is both learnt and checked): from 0.001 to 0.1, 0.03
	 * ranked the right name first most often on held-out shops.
	 */
	private static final double PENALTY = 0.03;

	/** How many folds the cross-validation splits the shops into. */
	private static final int FOLDS = 5;

	private MerchantLineTraining() {
	}

	/** The model fitted on the receipts in {@code folder}, as the text the app reads. */
	public static String train(Path folder) throws IOException {
		List<Receipt> receipts = receipts(folder);
		long runs = receipts.stream().mapToLong((receipt) -> receipt.labels().size()).sum();
		long named = receipts.stream()
			.flatMap((receipt) -> receipt.labels().stream())
			.filter(Boolean::booleanValue)
			.count();
		return fit(receipts)
			.text("MerchantLines: fitted by MerchantLineTraining on " + receipts.size() + " receipts of "
					+ folder.getFileName() + ", " + runs + " runs of rows of which " + named + " print the name");
	}

	/**
	 * How often the model and the hand rules get the merchant right on receipts the model
	 * did not learn from, on the line files: in {@value #FOLDS} folds of {@code train}'s
	 * shops (each shop's receipts in one fold, the model fitted on the other folds), then
	 * on all of {@code check} with the model fitted on all of {@code train}.
	 */
	public static String check(Path train, Path check) throws IOException {
		List<Receipt> receipts = receipts(train);
		List<String> shops = receipts.stream().map(Receipt::shop).distinct().sorted().toList();
		int[] crossed = new int[2];
		for (int fold = 0; fold < FOLDS; fold++) {
			int held = fold;
			List<Receipt> learnt = receipts.stream().filter((r) -> shops.indexOf(r.shop()) % FOLDS != held).toList();
			List<Receipt> checked = receipts.stream().filter((r) -> shops.indexOf(r.shop()) % FOLDS == held).toList();
			add(crossed, right(fit(learnt), checked));
		}
		int[] other = right(fit(receipts), receipts(check));
		return "cross_validated folds=%d receipts=%d model=%d rules=%d%nchecked folder=%s receipts=%d model=%d rules=%d"
			.formatted(FOLDS, receipts.size(), crossed[0], crossed[1], check.getFileName(), receipts(check).size(),
					other[0], other[1]);
	}

	private static void add(int[] sum, int[] more) {
		sum[0] += more[0];
		sum[1] += more[1];
	}

	/** How many merchants the model, then the hand rules, get right. */
	private static int[] right(LineModel model, List<Receipt> receipts) {
		int[] right = new int[2];
		for (Receipt receipt : receipts) {
			ExtractedField<String> learnt = MerchantLines.find(receipt.rows(), model);
			ExtractedField<String> ruled = ReceiptMerchants.find(receipt.rows().stream().map(OcrLine::text).toList());
			right[0] += (learnt != null && MerchantLines.plain(learnt.value()).equals(receipt.shop())) ? 1 : 0;
			right[1] += (ruled != null && MerchantLines.plain(ruled.value()).equals(receipt.shop())) ? 1 : 0;
		}
		return right;
	}

	/** The model fitted on these receipts, each shop weighing as much as any other. */
	private static LineModel fit(List<Receipt> receipts) {
		// each shop counts once, however many of its receipts there are (AEON has 18)
		Map<String, Long> perShop = receipts.stream()
			.collect(Collectors.groupingBy(Receipt::shop, Collectors.counting()));
		double[] weights = receipts.stream().mapToDouble((receipt) -> 1.0 / perShop.get(receipt.shop())).toArray();
		return LineModel.fit(MerchantLines.FEATURES, receipts.stream().map(Receipt::examples).toList(),
				receipts.stream().map(Receipt::labels).toList(), weights, ITERATIONS, RATE, PENALTY);
	}

	/** The receipts of a folder with their rows, their runs of rows and the labels. */
	static List<Receipt> receipts(Path folder) throws IOException {
		List<Path> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.filter((file) -> file.getFileName().toString().endsWith(".lines.csv")).sorted().toList();
		}
		List<Receipt> receipts = new ArrayList<>();
		for (Path file : files) {
			Path truth = file.resolveSibling(file.getFileName().toString().replace(".lines.csv", ".json"));
			if (!Files.exists(truth)) {
				continue;
			}
			Matcher company = COMPANY.matcher(Files.readString(truth, StandardCharsets.UTF_8));
			if (!company.find()) {
				continue;
			}
			List<OcrLine> rows = OcrRows.joined(lines(file));
			MerchantLines.Context context = MerchantLines.Context.of(rows);
			List<double[]> examples = new ArrayList<>();
			List<Boolean> labels = new ArrayList<>();
			for (MerchantLines.Span span : MerchantLines.spans(rows)) {
				examples.add(MerchantLines.features(rows, span, context));
				labels.add(MerchantLines.sameName(span.name(rows), company.group(1)));
			}
			receipts.add(new Receipt(MerchantLines.plain(company.group(1)), rows, examples, labels));
		}
		if (receipts.isEmpty()) {
			throw new IllegalArgumentException("No receipts (NAME.lines.csv beside NAME.json) in " + folder);
		}
		return receipts;
	}

	/**
	 * A receipt to learn from: its shop (the merchant as compared), its rows, and each
	 * run of rows' features and whether it prints the name.
	 */
	record Receipt(String shop, List<OcrLine> rows, List<double[]> examples, List<Boolean> labels) {
	}

	/**
	 * The printed lines of a lines file as OCR pieces: each box's corners reduced to the
	 * rectangle around them. A line is read alone: one line's open quote does not take
	 * the lines after it.
	 */
	static List<OcrLine> lines(Path file) throws IOException {
		List<OcrLine> lines = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			Matcher row = LINE.matcher(line.strip());
			if (!row.matches()) {
				continue;
			}
			int[] xy = new int[8];
			for (int i = 0; i < 8; i++) {
				xy[i] = Integer.parseInt(row.group(i + 1));
			}
			String text = row.group(9);
			if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
				text = text.substring(1, text.length() - 1).replace("\"\"", "\"");
			}
			int left = Math.min(Math.min(xy[0], xy[2]), Math.min(xy[4], xy[6]));
			int right = Math.max(Math.max(xy[0], xy[2]), Math.max(xy[4], xy[6]));
			int top = Math.min(Math.min(xy[1], xy[3]), Math.min(xy[5], xy[7]));
			int bottom = Math.max(Math.max(xy[1], xy[3]), Math.max(xy[5], xy[7]));
			if (!text.isBlank() && right > left && bottom > top) {
				lines.add(new OcrLine(text, 1, left, top, right, bottom));
			}
		}
		return lines;
	}

	/**
	 * {@code FOLDER OUTPUT}: fits the model on FOLDER and writes it to OUTPUT;
	 * {@code --check TRAIN OTHER}: prints how the model and the hand rules do on shops
	 * they did not learn from.
	 */
	public static void main(String[] args) throws IOException {
		if (args.length == 3 && args[0].equals("--check")) {
			System.out.println(check(Path.of(args[1]), Path.of(args[2])));
			return;
		}
		if (args.length != 2) {
			System.err
				.println("Usage: MerchantLineTraining RECEIPTS_FOLDER MODEL_FILE | --check TRAIN_FOLDER OTHER_FOLDER");
			System.exit(2);
		}
		Files.writeString(Path.of(args[1]), train(Path.of(args[0])), StandardCharsets.UTF_8);
		System.out.println("wrote " + args[1]);
	}

}
