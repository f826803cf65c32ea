import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.sun.jna.Pointer;
import io.expensync.receipts.extraction.TextEdits;
import io.expensync.receipts.ocr.OcrLine;
import io.expensync.receipts.ocr.OcrRows;
import io.expensync.receipts.ocr.OcrTimedOutException;
import io.expensync.receipts.ocr.PaddleOcrEngine;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI;

/**
 * How well each OCR engine reads the characters of a receipt, apart from the field
 * extraction: bench/receipts says how many totals, dates and merchants come out right,
 * this says whether the engine read the printed text right in the first place. Each
 * engine reads the ORIGINAL image (not the scanner's prepared one, whose pixels are
 * cropped and scaled), so that its pieces of text sit where the ground truth's lines do:
 * NAME.lines.csv, one row per printed line with its quadrilateral in the original image's
 * pixels and the text as printed (SROIE task 1: upper case, single spaces).
 *
 * <p>
 * An engine's text for a ground-truth line is its pieces whose box centre falls inside
 * the line's box (the quadrilateral's bounding box widened by {@link #WIDEN} pixels), left
 * to right, joined by a space. A piece inside two such boxes counts for the one whose
 * centre is nearest. The pieces are Tesseract's words (its TSV output, through Tess4J's C
 * API, page segmentation mode 6 at 300 dpi as the app reads) and PP-OCR's detected text
 * boxes ({@link PaddleOcrEngine#read}). PP-OCR's boxes are wider than words: one that
 * spans two ground-truth lines side by side ("TOTAL" and "54.50") has its centre in
 * neither or in one of them, and that line's text is then missing or too long; the page
 * measure below does not depend on boxes.
 *
 * <p>
 * Character accuracy is 1 - (edit distance / ground-truth characters), summed over all
 * lines of all receipts, after upper-casing and collapsing whitespace; "nospace" removes
 * the whitespace altogether. line_exact is the share of lines read exactly (upper-cased,
 * whitespace collapsed). page_char_acc compares whole receipts: the ground-truth lines
 * and the engine's pieces each set into printed rows ({@link OcrRows#text}), joined by
 * spaces. total_found is the share of receipts whose ground-truth total (its digits and
 * point, from NAME.json) appears anywhere in the engine's text. median_s is the median
 * reading time of one receipt; a reading that takes longer than {@link #LIMIT} counts as
 * reading nothing. EXPENSYNC_BENCH_LINES=true also prints every line read
 * wrong.
 *
 * <p>
 * Usage: {@code java -cp <app classes and dependencies> bench/OcrTextAccuracy.java FOLDER}
 * with EXPENSYNC_RECEIPTS_PPOCR_MODELS naming PP-OCR's models (empty or unset: Tesseract
 * only) and optionally EXPENSYNC_RECEIPTS_TESSDATA the folder of eng.traineddata.
 */
public class OcrTextAccuracy {

	/** Pixels a ground-truth line's box is widened by on each side. */
	static final int WIDEN = 4;

	static final Duration LIMIT = Duration.ofSeconds(60);

	/** The eight numbers that start a row of NAME.lines.csv. */
	static final Pattern ROW = Pattern.compile("\\s*(-?\\d+\\s*,\\s*){8}");

	static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

	static final List<Path> USUAL_TESSDATA = List.of(Path.of("/usr/share/tesseract-ocr/5/tessdata"),
			Path.of("/usr/share/tesseract-ocr/4.00/tessdata"), Path.of("/usr/share/tessdata"),
			Path.of("/usr/local/share/tessdata"), Path.of("/opt/homebrew/share/tessdata"));

	/** A ground-truth line: its bounding box in the original image and its text. */
	record Truth(int left, int top, int right, int bottom, String text) {

		boolean holds(double x, double y) {
			return x >= left - WIDEN && x <= right + WIDEN && y >= top - WIDEN && y <= bottom + WIDEN;
		}

		double distance(double x, double y) {
			return Math.hypot(x - (left + right) / 2.0, y - (top + bottom) / 2.0);
		}

	}

	/** One engine's counts over all receipts. */
	static final class Tally {

		final String engine;

		long truthChars;

		long edits;

		long truthCharsNoSpace;

		long editsNoSpace;

		long pageChars;

		long pageEdits;

		int lines;

		int exact;

		int totalsFound;

		int receipts;

		final List<Double> seconds = new ArrayList<>();

		Tally(String engine) {
			this.engine = engine;
		}

		double charAcc() {
			return 1 - (double) edits / truthChars;
		}

		double charAccNoSpace() {
			return 1 - (double) editsNoSpace / truthCharsNoSpace;
		}

		double pageCharAcc() {
			return 1 - (double) pageEdits / pageChars;
		}

		double lineExact() {
			return (double) exact / lines;
		}

		double totalFound() {
			return (double) totalsFound / receipts;
		}

		double median() {
			List<Double> sorted = new ArrayList<>(seconds);
			Collections.sort(sorted);
			return sorted.isEmpty() ? Double.NaN : sorted.get((sorted.size() - 1) / 2);
		}

		String summary() {
			return String.format(Locale.ROOT,
					"engine=%s char_acc=%.3f char_acc_nospace=%.3f line_exact=%.3f page_char_acc=%.3f total_found=%.2f median_s=%.2f",
					engine, charAcc(), charAccNoSpace(), lineExact(), pageCharAcc(), totalFound(), median());
		}

	}

	/** One engine, reading an original image into pieces of text with their boxes. */
	interface Engine {

		String name();

		List<OcrLine> read(BufferedImage image);

		/** Frees what the engine holds outside the JVM. */
		default void close() {
		}

	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args.length > 0 ? args[0] : "../shared/data/receipts-dev");
		boolean printLines = "true".equalsIgnoreCase(System.getenv("EXPENSYNC_BENCH_LINES"));
		List<Path> receipts;
		try (Stream<Path> files = Files.list(folder)) {
			receipts = files.filter((file) -> file.getFileName().toString().matches("(?i).+\\.(jpe?g|png)"))
				.filter((file) -> Files.exists(sibling(file, ".lines.csv")))
				.sorted()
				.toList();
		}
		if (receipts.isEmpty()) {
			System.err.println("FAIL: no receipts with NAME.lines.csv in " + folder);
			System.exit(1);
		}
		List<Engine> engines = new ArrayList<>();
		engines.add(tesseract());
		String models = System.getenv("EXPENSYNC_RECEIPTS_PPOCR_MODELS");
		if (models != null && !models.isBlank()) {
			PaddleOcrEngine paddle = new PaddleOcrEngine(Path.of(models));
			if (!paddle.available()) {
				System.err.println("FAIL: " + paddle.unavailableReason());
				System.exit(1);
			}
			engines.add(new Engine() {
				public String name() {
					return "ppocr";
				}

				public List<OcrLine> read(BufferedImage image) {
					return paddle.read(image, LIMIT);
				}
			});
		}
		else {
			System.out.println("ppocr: not measured (EXPENSYNC_RECEIPTS_PPOCR_MODELS not set)");
		}
		List<Tally> tallies = engines.stream().map((engine) -> new Tally(engine.name())).toList();
		for (Path receipt : receipts) {
			String name = receipt.getFileName().toString().replaceFirst("\\.[^.]+$", "");
			List<Truth> truths = truths(sibling(receipt, ".lines.csv"));
			String total = total(Files.readString(sibling(receipt, ".json")));
			BufferedImage image = ImageIO.read(receipt.toFile());
			StringBuilder report = new StringBuilder(name);
			for (int e = 0; e < engines.size(); e++) {
				Engine engine = engines.get(e);
				Tally tally = tallies.get(e);
				long started = System.nanoTime();
				List<OcrLine> pieces;
				try {
					pieces = engine.read(image);
				}
				catch (OcrTimedOutException ex) {
					// counted as reading nothing, every character missed
					System.out.printf("  %s: %s%n", engine.name(), ex.getMessage());
					pieces = List.of();
				}
				double seconds = (System.nanoTime() - started) / 1e9;
				tally.seconds.add(seconds);
				long edits = 0;
				long chars = 0;
				List<String> read = linesRead(truths, pieces);
				for (int i = 0; i < truths.size(); i++) {
					String truth = normal(truths.get(i).text());
					String got = normal(read.get(i));
					int distance = TextEdits.distance(truth, got);
					edits += distance;
					chars += truth.length();
					tally.truthChars += truth.length();
					tally.edits += distance;
					String truthNoSpace = truth.replace(" ", "");
					tally.truthCharsNoSpace += truthNoSpace.length();
					tally.editsNoSpace += TextEdits.distance(truthNoSpace, got.replace(" ", ""));
					tally.lines++;
					if (truth.equals(got)) {
						tally.exact++;
					}
					else if (printLines) {
						System.out.printf("  %s: '%s' got '%s'%n", engine.name(), truth, got);
					}
				}
				String pageTruth = normal(OcrRows.text(truths.stream()
					.map((t) -> new OcrLine(t.text(), 1, t.left(), t.top(), t.right(), t.bottom()))
					.toList()));
				String page = normal(OcrRows.text(pieces));
				tally.pageChars += pageTruth.length();
				tally.pageEdits += TextEdits.distance(pageTruth, page);
				tally.receipts++;
				boolean found = containsTotal(page, total);
				if (found) {
					tally.totalsFound++;
				}
				report.append(String.format(Locale.ROOT, "  %s %.2fs char_acc=%.3f%s", engine.name(), seconds,
						1 - (double) edits / chars, found ? "" : " total " + total + " not read"));
			}
			System.out.println(report);
		}
		System.out.printf("receipts=%d lines=%d%n", receipts.size(), tallies.get(0).lines);
		for (Tally tally : tallies) {
			System.out.println(tally.summary());
		}
		engines.forEach(Engine::close);
		System.out.println("ocr_text " + tallies.stream().map(Tally::summary).collect(Collectors.joining(" ; ")));
	}

	/**
	 * The engine's text for each ground-truth line: the pieces whose centre falls in the
	 * line's widened box (nearest line's when in several), left to right.
	 */
	static List<String> linesRead(List<Truth> truths, List<OcrLine> pieces) {
		List<List<OcrLine>> assigned = new ArrayList<>();
		for (int i = 0; i < truths.size(); i++) {
			assigned.add(new ArrayList<>());
		}
		for (OcrLine piece : pieces) {
			double x = (piece.left() + piece.right()) / 2.0;
			double y = piece.middle();
			int best = -1;
			for (int i = 0; i < truths.size(); i++) {
				Truth truth = truths.get(i);
				if (truth.holds(x, y) && (best < 0 || truth.distance(x, y) < truths.get(best).distance(x, y))) {
					best = i;
				}
			}
			if (best >= 0) {
				assigned.get(best).add(piece);
			}
		}
		return assigned.stream()
			.map((row) -> row.stream()
				.sorted(Comparator.comparingInt(OcrLine::left))
				.map(OcrLine::text)
				.collect(Collectors.joining(" ")))
			.toList();
	}

	static String normal(String text) {
		return text.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}

	/**
	 * Whether the total's digits and point appear in the text, not inside a longer number
	 * ("9.00" is not found in "19.00"); thousands separators in the text are ignored.
	 */
	static boolean containsTotal(String text, String total) {
		String number = total.replaceAll("[^0-9.]", "");
		if (number.isEmpty()) {
			return false;
		}
		String plain = text.replaceAll("(?<=\\d),(?=\\d{3})", "");
		return Pattern.compile("(?<![0-9.])" + Pattern.quote(number) + "(?![0-9])").matcher(plain).find();
	}

	static Path sibling(Path image, String suffix) {
		return image.resolveSibling(image.getFileName().toString().replaceFirst("\\.[^.]+$", suffix));
	}

	static String total(String json) {
		Matcher m = TOTAL.matcher(json);
		return m.find() ? m.group(1) : "";
	}

	/**
	 * The rows of NAME.lines.csv: x1,y1,...,x4,y4,text, the text quoted when it must be.
	 * Read a physical line at a time, not as strict CSV: one file (receipts-train's
	 * sroie-381) opens a quote that closes 18 lines further down, on a line of its own,
	 * which would make one line of those 18; its opening quote is dropped instead, and
	 * a line that does not start with the eight numbers is skipped.
	 */
	static List<Truth> truths(Path csv) throws IOException {
		List<Truth> truths = new ArrayList<>();
		List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
		for (String row : rows.subList(1, rows.size())) {
			if (!ROW.matcher(row).lookingAt()) {
				continue;
			}
			String[] fields = row.split(",", 9);
			int[] xy = new int[8];
			for (int i = 0; i < 8; i++) {
				xy[i] = Integer.parseInt(fields[i].strip());
			}
			String text = fields[8];
			if (text.startsWith("\"")) {
				boolean closed = text.length() >= 2 && text.endsWith("\"");
				text = text.substring(1, text.length() - (closed ? 1 : 0)).replace("\"\"", "\"");
			}
			int left = Math.min(Math.min(xy[0], xy[2]), Math.min(xy[4], xy[6]));
			int right = Math.max(Math.max(xy[0], xy[2]), Math.max(xy[4], xy[6]));
			int top = Math.min(Math.min(xy[1], xy[3]), Math.min(xy[5], xy[7]));
			int bottom = Math.max(Math.max(xy[1], xy[3]), Math.max(xy[5], xy[7]));
			truths.add(new Truth(left, top, right, bottom, text));
		}
		return truths;
	}

	/**
	 * Tesseract through Tess4J's C API, set up as the app's TesseractLibrary sets it up
	 * (page segmentation mode 6, 300 dpi, the grey image), its words with their boxes from
	 * its TSV output.
	 */
	static Engine tesseract() {
		String configured = System.getenv("EXPENSYNC_RECEIPTS_TESSDATA");
		Path tessdata = (configured != null && !configured.isBlank()) ? Path.of(configured)
				: USUAL_TESSDATA.stream()
					.filter((dir) -> Files.isReadable(dir.resolve("eng.traineddata")))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException(
							"no eng.traineddata: apt-get install tesseract-ocr tesseract-ocr-eng"));
		TessAPI api = TessAPI.INSTANCE;
		TessBaseAPI handle = api.TessBaseAPICreate();
		if (api.TessBaseAPIInit3(handle, tessdata.toString(), "eng") != 0) {
			throw new IllegalStateException("Tesseract could not load eng from " + tessdata);
		}
		api.TessBaseAPISetPageSegMode(handle, 6);
		System.out.println("tesseract " + api.TessVersion() + " with " + tessdata);
		return new Engine() {
			public String name() {
				return "tesseract";
			}

			public List<OcrLine> read(BufferedImage image) {
				BufferedImage gray = gray(image);
				byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
				ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length);
				buffer.put(pixels).flip();
				api.TessBaseAPISetImage(handle, buffer, gray.getWidth(), gray.getHeight(), 1, gray.getWidth());
				api.TessBaseAPISetSourceResolution(handle, 300);
				try {
					if (api.TessBaseAPIRecognize(handle, null) != 0) {
						throw new IllegalStateException("Tesseract could not read the image");
					}
					Pointer tsv = api.TessBaseAPIGetTsvText(handle, 0);
					try {
						return words((tsv != null) ? tsv.getString(0, "UTF-8") : "");
					}
					finally {
						if (tsv != null) {
							api.TessDeleteText(tsv);
						}
					}
				}
				finally {
					api.TessBaseAPIClear(handle);
				}
			}

			public void close() {
				api.TessBaseAPIEnd(handle);
				api.TessBaseAPIDelete(handle);
			}
		};
	}

	/**
	 * The words of Tesseract's TSV: level 5 rows, whose columns 6 to 11 are left, top,
	 * width, height, confidence and text.
	 */
	static List<OcrLine> words(String tsv) {
		List<OcrLine> words = new ArrayList<>();
		for (String row : tsv.split("\n")) {
			String[] columns = row.split("\t", 12);
			if (columns.length < 12 || !columns[0].equals("5") || columns[11].isBlank()) {
				continue;
			}
			int left = Integer.parseInt(columns[6]);
			int top = Integer.parseInt(columns[7]);
			int width = Integer.parseInt(columns[8]);
			int height = Integer.parseInt(columns[9]);
			double confidence = Double.parseDouble(columns[10]) / 100;
			words.add(new OcrLine(columns[11].strip(), confidence, left, top, left + width, top + height));
		}
		return words;
	}

	static BufferedImage gray(BufferedImage image) {
		BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D graphics = gray.createGraphics();
		graphics.drawImage(image, 0, 0, null);
		graphics.dispose();
		return gray;
	}

}
