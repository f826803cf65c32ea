import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.expensync.receipts.KeywordCategories;
import io.expensync.receipts.ReceiptProperties;
import io.expensync.receipts.ReceiptRejectedException;
import io.expensync.receipts.extraction.ExtractedField;
import io.expensync.receipts.extraction.ReceiptExtractor;
import io.expensync.receipts.extraction.ReceiptFields;
import io.expensync.receipts.ocr.OcrLine;
import io.expensync.receipts.scanning.ReceiptFormat;
import io.expensync.receipts.scanning.ReceiptScanner;
import io.expensync.receipts.scanning.ScanResult;

/**
 * Receipt extraction accuracy and speed: scans every image in a folder laid out like
 * ../shared/data/receipts-dev (NAME.jpg/png/webp/pdf beside NAME.json holding the printed
 * company, date and total) with the app's ReceiptScanner, one receipt at a time, and
 * compares the fields after normalisation:
 * <ul>
 * <li>total: the same number (currency marks such as "RM" and thousands separators
 * dropped);
 * <li>date: the same calendar day (the printed ground truth is read day first, or year
 * first when it starts with the year, or with a month name, eight digits year first or
 * else day first, brackets around it dropped);
 * <li>merchant: the same text after upper-casing, removing punctuation, collapsing
 * whitespace, and dropping a trailing "SDN BHD" (so "X SDN. BHD." equals "X SDN BHD"
 * equals "X"); nothing else is forgiven.
 * </ul>
 * A receipt the scanner rejects (its reading took longer than allowed) misses all three.
 * Prints each miss, per-field accuracy, the same per shop (each shop's receipts averaged,
 * then the shops, as the folder's manifest.csv groups them into merchant_cluster) and the
 * seconds per receipt; the last line is the
 * summary that bench/receipts promises. EXPENSYNC_BENCH_TEXT_DIR=dir also writes each OCR
 * text there, and EXPENSYNC_BENCH_PIECES_DIR=dir each receipt's pieces with their places
 * (PP-OCR's, NAME.tsv: left, top, right, bottom, confidence and text, a piece a line).
 * With {@code --from-pieces DIR} it scans nothing: it reads the fields again from the
 * pieces written there, in seconds, so that a change to the extraction is measured
 * without OCR (the seconds are then the extraction's alone, and engine=pieces).
 *
 * <p>
 * Usage: {@code java -cp <app classes and dependencies> bench/ReceiptAccuracy.java
 * [--from-pieces DIR] FOLDER}
 */
public class ReceiptAccuracy {

	static final Pattern FIELD = Pattern.compile("\"(company|date|total)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

	static final List<DateTimeFormatter> GROUND_TRUTH_DATES = Stream
		.of("d/M/yyyy", "d/M/yy", "d-M-yyyy", "d-M-yy", "d.M.yyyy", "d.M.yy", "yyyy-M-d", "yyyy/M/d", "yyyyMMdd", "ddMMyyyy",
				"d MMM yy", "d MMM yyyy", "d-MMM-yyyy", "d-MMM-yy", "d/MMM/yyyy", "d/MMM/yy", "MMM d, yyyy")
		.map((pattern) -> new DateTimeFormatterBuilder().parseCaseInsensitive()
			.appendPattern(pattern.replace("yy", "uu"))
			.toFormatter(Locale.ENGLISH))
		.toList();

	public static void main(String[] args) throws Exception {
		Path piecesFrom = null;
		if (args.length > 1 && args[0].equals("--from-pieces")) {
			piecesFrom = Path.of(args[1]);
			args = Arrays.copyOfRange(args, 2, args.length);
		}
		Path folder = Path.of(args.length > 0 ? args[0] : "../shared/data/receipts-dev");
		String textDir = System.getenv("EXPENSYNC_BENCH_TEXT_DIR");
		String piecesDir = System.getenv("EXPENSYNC_BENCH_PIECES_DIR");
		List<Path> receipts;
		try (Stream<Path> files = Files.list(folder)) {
			receipts = files.filter((file) -> file.getFileName().toString().matches("(?i).+\\.(jpe?g|png|webp|pdf)"))
				.filter((file) -> Files.exists(groundTruthOf(file)))
				.sorted()
				.toList();
		}
		if (receipts.isEmpty()) {
			System.err.println("FAIL: no receipts with ground truth in " + folder);
			System.exit(1);
		}
		String second = System.getenv("EXPENSYNC_RECEIPTS_SECOND_TESSDATA");
		String ppocr = System.getenv("EXPENSYNC_RECEIPTS_PPOCR_MODELS");
		ReceiptProperties properties = ReceiptProperties.defaults()
			.withSecondTessdata((second != null && !second.isBlank()) ? Path.of(second) : null)
			.withPpocrModels((ppocr != null && !ppocr.isBlank()) ? Path.of(ppocr) : null);
		System.out.println("second model: " + ((properties.secondTessdata() != null) ? properties.secondTessdata()
				: "none (set EXPENSYNC_RECEIPTS_SECOND_TESSDATA)"));
		ReceiptScanner scanner = new ReceiptScanner(properties, new KeywordCategories(), Clock.systemDefaultZone());
		ReceiptExtractor extractor = new ReceiptExtractor(new KeywordCategories(), Clock.systemDefaultZone());
		if (piecesFrom == null && !scanner.available()) {
			System.err.println("FAIL: " + scanner.unavailableReason());
			System.exit(1);
		}
		int totals = 0;
		int dates = 0;
		int merchants = 0;
		List<Double> seconds = new ArrayList<>();
		// per shop (the merchant as compared): how many receipts, and of them totals,
		// dates and merchants read right
		Map<String, int[]> shops = new TreeMap<>();
		Map<String, String> clusters = clusters(folder.resolve("manifest.csv"));
		for (Path receipt : receipts) {
			String name = receipt.getFileName().toString().replaceFirst("\\.[^.]+$", "");
			String truth = Files.readString(groundTruthOf(receipt));
			int[] shop = shops.computeIfAbsent(clusters.getOrDefault(name, merchant(field(truth, "company"))),
					(key) -> new int[4]);
			shop[0]++;
			byte[] content = Files.readAllBytes(receipt);
			long started = System.nanoTime();
			ScanResult result;
			try {
				result = (piecesFrom != null) ? replayed(extractor, piecesFrom.resolve(name + ".tsv"))
						: scanner.scan(content);
			}
			catch (ReceiptRejectedException ex) {
				// a reading that took longer than the scanner allows (a busy machine): all
				// three fields missed, as a user would see it
				seconds.add((System.nanoTime() - started) / 1e9);
				System.out.printf("%s %.2fs  MISS all: %s%n", name, seconds.get(seconds.size() - 1), ex.getMessage());
				continue;
			}
			seconds.add((System.nanoTime() - started) / 1e9);
			if (textDir != null) {
				Files.writeString(Path.of(textDir, name + ".txt"), result.text());
			}
			if (piecesDir != null && piecesFrom == null) {
				Files.writeString(Path.of(piecesDir, name + ".tsv"), piecesText(result.pieces()));
			}
			ReceiptFields fields = result.fields();
			List<String> misses = new ArrayList<>();
			if (sameTotal(field(truth, "total"), fields.total())) {
				totals++;
				shop[1]++;
			}
			else {
				misses.add("total " + field(truth, "total") + " got " + value(fields.total()));
			}
			if (sameDate(field(truth, "date"), fields.date())) {
				dates++;
				shop[2]++;
			}
			else {
				misses.add("date " + field(truth, "date") + " got " + value(fields.date()));
			}
			if (fields.merchant() != null
					&& merchant(field(truth, "company")).equals(merchant(fields.merchant().value()))) {
				merchants++;
				shop[3]++;
			}
			else {
				misses.add("merchant '" + field(truth, "company") + "' got '" + value(fields.merchant()) + "'");
			}
			System.out.printf("%s %.2fs%s%n", name, seconds.get(seconds.size() - 1),
					misses.isEmpty() ? " ok" : "  MISS " + String.join("; ", misses));
		}
		int n = receipts.size();
		seconds.sort(null);
		double median = percentile(seconds, 0.50);
		double p95 = percentile(seconds, 0.95);
		System.out.printf("total %d/%d, date %d/%d, merchant %d/%d%n", totals, n, dates, n, merchants, n);
		// each shop counted once, however many of its receipts the folder holds: nearer
		// to how a folder of other shops would read
		System.out.printf(Locale.ROOT, "per_shop shops=%d total=%.2f date=%.2f merchant=%.2f%n", shops.size(),
				perShop(shops, 1), perShop(shops, 2), perShop(shops, 3));
		System.out.printf(Locale.ROOT,
				"engine=%s receipts=%d total=%.2f date=%.2f merchant=%.2f total_n=%d date_n=%d merchant_n=%d median_s=%.1f p95_s=%.1f%n",
				(piecesFrom != null) ? "pieces" : scanner.engine(), n, (double) totals / n, (double) dates / n, (double) merchants / n, totals, dates,
				merchants, median, p95);
	}

	/**
	 * Each receipt's shop as the folder's manifest groups them (its {@code id} and
	 * {@code merchant_cluster} columns); none without one, and then a shop is the
	 * merchant as compared.
	 */
	static Map<String, String> clusters(Path manifest) throws IOException {
		Map<String, String> clusters = new TreeMap<>();
		if (!Files.exists(manifest)) {
			return clusters;
		}
		List<String> lines = Files.readAllLines(manifest);
		List<String> header = csvFields(lines.get(0));
		int id = header.indexOf("id");
		int cluster = header.indexOf("merchant_cluster");
		if (id < 0 || cluster < 0) {
			return clusters;
		}
		for (String line : lines.subList(1, lines.size())) {
			List<String> fields = csvFields(line);
			if (fields.size() > Math.max(id, cluster)) {
				clusters.put(fields.get(id), "cluster " + fields.get(cluster));
			}
		}
		return clusters;
	}

	/** The fields of a CSV line, quoted ones with their commas. */
	static List<String> csvFields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

	/** The mean over the shops of the share of their receipts whose field was right. */
	static double perShop(Map<String, int[]> shops, int field) {
		return shops.values().stream().mapToDouble((shop) -> (double) shop[field] / shop[0]).average().orElse(0);
	}

	/** The pieces as the lines of a TSV file. */
	static String piecesText(List<OcrLine> pieces) {
		StringBuilder text = new StringBuilder();
		for (OcrLine piece : pieces) {
			text.append(piece.left()).append('\t').append(piece.top()).append('\t').append(piece.right()).append('\t')
				.append(piece.bottom()).append('\t').append(piece.confidence()).append('\t')
				.append(piece.text().replaceAll("[\t\n]", " ")).append('\n');
		}
		return text.toString();
	}

	/** The fields read again from the pieces a scan wrote to {@code file}. */
	static ScanResult replayed(ReceiptExtractor extractor, Path file) throws IOException {
		List<OcrLine> pieces = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			String[] columns = line.split("\t", 6);
			pieces.add(new OcrLine(columns[5], Double.parseDouble(columns[4]), Integer.parseInt(columns[0]),
					Integer.parseInt(columns[1]), Integer.parseInt(columns[2]), Integer.parseInt(columns[3])));
		}
		return new ScanResult(ReceiptFormat.JPEG, "", extractor.extract(pieces), Duration.ZERO, pieces);
	}

	static Path groundTruthOf(Path image) {
		return image.resolveSibling(image.getFileName().toString().replaceFirst("\\.[^.]+$", ".json"));
	}

	static String field(String json, String name) {
		Matcher m = FIELD.matcher(json);
		while (m.find()) {
			if (m.group(1).equals(name)) {
				return m.group(2).replace("\\\"", "\"").replace("\\\\", "\\");
			}
		}
		return "";
	}

	static String value(ExtractedField<?> field) {
		return (field != null) ? String.valueOf(field.value()) : "nothing";
	}

	static boolean sameTotal(String truth, ExtractedField<BigDecimal> found) {
		String number = truth.replaceAll("[^0-9.\\-]", "");
		return found != null && !number.isEmpty() && new BigDecimal(number).compareTo(found.value()) == 0;
	}

	static boolean sameDate(String truth, ExtractedField<LocalDate> found) {
		for (DateTimeFormatter format : GROUND_TRUTH_DATES) {
			try {
				// "(06/12/2016)": the brackets the receipt prints around it
				LocalDate date = LocalDate.parse(truth.strip().replaceAll("^\\((.*)\\)$", "$1").strip(), format);
				return found != null && date.equals(found.value());
			}
			catch (DateTimeParseException ex) {
				// try the next form
			}
		}
		System.out.println("  (ground-truth date not understood: " + truth + ")");
		return false;
	}

	static String merchant(String name) {
		String plain = name.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", "").replaceAll("\\s+", " ").strip();
		return plain.replaceFirst(" SDN BHD$", "");
	}

	static double percentile(List<Double> sorted, double fraction) {
		int index = (int) Math.ceil(fraction * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

}
