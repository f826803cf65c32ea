package io.expensync.receipts.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.expensync.receipts.ocr.OcrLine;
import io.expensync.receipts.ocr.OcrRows;

/**
 * Fits {@link MerchantLines}' model on a folder of receipts laid out like
 * {@code ../shared/data/receipts-train}: each {@code NAME.lines.csv} gives the printed
 * lines with their boxes, each {@code NAME.json} the merchant's name. The lines are put
 * in rows as the OCR's pieces are, and each run of one to three of the first rows is an
 * example, labelled by whether it prints the name. {@code bench/train-merchant-lines}
 * runs it and writes the model the app ships.
 */
public final class MerchantLineTraining {

	private static final Pattern COMPANY = Pattern.compile("\"company\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

	/** A line of a lines file: the box's four corners, then the text. */
	private static final Pattern LINE = Pattern
		.compile("^(\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(.*)$");

	private static final int ITERATIONS = 2000;

	private static final double RATE = 1.0;

	private static final double PENALTY = 0.001;

	private MerchantLineTraining() {
	}

	/** The model fitted on the receipts in {@code folder}, as the text the app reads. */
	public static String train(Path folder) throws IOException {
		List<List<double[]>> examples = new ArrayList<>();
		List<List<Boolean>> labels = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.filter((file) -> file.getFileName().toString().endsWith(".lines.csv")).sorted().toList();
		}
		int receipts = 0;
		for (Path file : files) {
			Path truth = file.resolveSibling(file.getFileName().toString().replace(".lines.csv", ".json"));
			if (!Files.exists(truth)) {
				continue;
			}
			Matcher company = COMPANY.matcher(Files.readString(truth, StandardCharsets.UTF_8));
			if (!company.find()) {
				continue;
			}
			receipts++;
			List<OcrLine> rows = OcrRows.joined(lines(file));
			MerchantLines.Context context = MerchantLines.Context.of(rows);
			List<double[]> receiptExamples = new ArrayList<>();
			List<Boolean> receiptLabels = new ArrayList<>();
			for (MerchantLines.Span span : MerchantLines.spans(rows)) {
				receiptExamples.add(MerchantLines.features(rows, span, context));
				receiptLabels.add(MerchantLines.sameName(span.name(rows), company.group(1)));
			}
			examples.add(receiptExamples);
			labels.add(receiptLabels);
		}
		if (receipts == 0) {
			throw new IllegalArgumentException("No receipts (NAME.lines.csv beside NAME.json) in " + folder);
		}
		long runs = labels.stream().mapToLong(List::size).sum();
		long named = labels.stream().flatMap(List::stream).filter(Boolean::booleanValue).count();
		return LineModel.fit(MerchantLines.FEATURES, examples, labels, ITERATIONS, RATE, PENALTY)
			.text("MerchantLines: fitted by MerchantLineTraining on " + receipts + " receipts of "
					+ folder.getFileName() + ", " + runs + " runs of rows of which " + named + " print the name");
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

	/** {@code FOLDER OUTPUT}: fits the model on FOLDER and writes it to OUTPUT. */
	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("Usage: MerchantLineTraining RECEIPTS_FOLDER MODEL_FILE");
			System.exit(2);
		}
		Files.writeString(Path.of(args[1]), train(Path.of(args[0])), StandardCharsets.UTF_8);
		System.out.println("wrote " + args[1]);
	}

}
