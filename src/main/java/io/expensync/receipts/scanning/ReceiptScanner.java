package io.expensync.receipts.scanning;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import io.expensync.receipts.KeywordCategories;
import io.expensync.receipts.ReceiptProperties;
import io.expensync.receipts.ReceiptRejectedException;
import io.expensync.receipts.ai.ModelReading;
import io.expensync.receipts.ai.VisionReceiptReader;
import io.expensync.receipts.extraction.ReceiptExtractor;
import io.expensync.receipts.extraction.ReceiptFields;
import io.expensync.receipts.ocr.ImagePreparation;
import io.expensync.receipts.ocr.OcrLine;
import io.expensync.receipts.ocr.OcrRows;
import io.expensync.receipts.ocr.OcrTimedOutException;
import io.expensync.receipts.ocr.PaddleOcrEngine;
import io.expensync.receipts.ocr.Respacing;
import io.expensync.receipts.ocr.Straightening;
import io.expensync.receipts.ocr.TesseractEngine;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Scans a receipt privately on this machine: checks the file (size, and type by content:
 * JPEG, PNG, WebP, or the first page of a PDF), reads it with Tesseract OCR and extracts
 * the fields. Without Tesseract {@link #available()} is false and
 * {@link #unavailableReason()} tells the user how to enable it; nothing else depends on
 * it. When {@code expensync.receipts.provider} names a vision model instead, the checked
 * image is sent to it and its answer validated ({@link VisionReceiptReader}).
 */
@Service
@EnableConfigurationProperties(ReceiptProperties.class)
public class ReceiptScanner {

	private static final double UNSURE = 0.6;

	/** How many pieces of the likeliest names Tesseract reads again for their spaces. */
	private static final int NAME_PIECES = 3;

	/** How many of the likeliest merchant names have their pieces respaced. */
	private static final int NAMES = 2;

	private static final double UNSURE_DATE = 0.7;

	private final ReceiptProperties properties;

	private final TesseractEngine tesseract;

	/** A second, more accurate model that reads again when the date is unsure. */
	private final @Nullable TesseractEngine secondOpinion;

	/** PP-OCRv4, which reads instead of Tesseract when its models are set up. */
	private final PaddleOcrEngine paddle;

	private final ReceiptExtractor extractor;

	private final Clock clock;

	/** The vision model that reads receipts instead of Tesseract, when one is chosen. */
	private final @Nullable VisionReceiptReader model;

	public ReceiptScanner(ReceiptProperties properties, KeywordCategories categories, Clock clock) {
		this.properties = properties;
		this.tesseract = new TesseractEngine(properties.tessdata(), properties.language());
		this.secondOpinion = (properties.secondTessdata() != null) ? new TesseractEngine(properties.secondTessdata(),
				properties.language(), "Receipt OCR's second model", "expensync.receipts.second-tessdata") : null;
		this.paddle = new PaddleOcrEngine(properties.ppocrModels());
		this.extractor = new ReceiptExtractor(categories, clock);
		this.clock = clock;
		this.model = properties.provider().usesModel()
				? new VisionReceiptReader(properties.provider(), properties.ai(), categories, clock) : null;
	}

	/**
	 * Whether receipts can be scanned here (Tesseract and its language data are
	 * installed, or the chosen model provider is configured).
	 */
	public boolean available() {
		if (model != null) {
			return model.available();
		}
		return paddle.available() || tesseract.available();
	}

	/**
	 * Why receipts cannot be scanned and how to enable it; {@code null} when they can.
	 */
	public @Nullable String unavailableReason() {
		if (model != null) {
			return model.unavailableReason();
		}
		return paddle.available() ? null : tesseract.unavailableReason();
	}

	/**
	 * Checks the file without reading it.
	 * @return its format
	 * @throws ReceiptRejectedException when it is too large or not an accepted type
	 */
	public ReceiptFormat check(byte[] content) {
		long limit = properties.maxSize().toBytes();
		if (content.length == 0) {
			throw new ReceiptRejectedException("The file is empty.");
		}
		if (content.length > limit) {
			throw new ReceiptRejectedException("The file is larger than %d MB.".formatted(limit / (1024 * 1024)));
		}
		return ReceiptFormat.detect(content)
			.orElseThrow(() -> new ReceiptRejectedException(
					"This is not a receipt image we can read: please upload a JPEG, PNG, WebP or PDF file."));
	}

	/**
	 * Reads a receipt and extracts its fields. Takes a second or two; call it off the
	 * request thread.
	 * @throws ReceiptRejectedException when the file is too large, not an accepted type
	 * or unreadable, when drawing its PDF page or reading it with Tesseract takes longer
	 * than allowed ({@code expensync.receipts.pdf-render-timeout}, {@code ocr-timeout}),
	 * or when the model provider does not answer with the JSON asked for
	 * @throws IllegalStateException when Tesseract (or the model provider) is not
	 * available
	 */
	public ScanResult scan(byte[] content) {
		long started = clock.millis();
		ReceiptFormat format = check(content);
		if (!available()) {
			throw new IllegalStateException("Receipt scanning is not available: " + unavailableReason());
		}
		if (model != null) {
			ModelReading reading = readWithModel(model, format, content, properties.pdfRenderTimeout());
			return new ScanResult(format, reading.reply(), reading.fields(),
					Duration.ofMillis(clock.millis() - started), List.of());
		}
		BufferedImage image = ImagePreparation.prepare(format.decode(content, properties.pdfRenderTimeout()));
		Reading reading = paddle.available() ? readWithPaddle(image) : readWithTesseract(image);
		return new ScanResult(format, reading.text(), reading.fields(), Duration.ofMillis(clock.millis() - started),
				reading.pieces());
	}

	/**
	 * Which engine reads receipts here: {@code ppocr}, {@code tesseract} or the model.
	 */
	public String engine() {
		if (model != null) {
			return properties.provider().name().toLowerCase(Locale.ROOT);
		}
		return paddle.available() ? "ppocr" : "tesseract";
	}

	/**
	 * PP-OCR's reading of the image, its pieces put together in printed rows; the pieces
	 * of the merchant's name then take the spaces Tesseract reads in them.
	 */
	private Reading readWithPaddle(BufferedImage image) {
		Duration limit = properties.ocrTimeout();
		long deadline = System.nanoTime() + limit.toNanos();
		List<OcrLine> lines;
		try {
			lines = paddle.read(image, limit);
			if (paddle.upsideDown(image, lines, left(deadline))) {
				image = Straightening.turned(image, 2);
				lines = paddle.read(image, left(deadline));
			}
		}
		catch (OcrTimedOutException ex) {
			throw ReceiptRejectedException.tookTooLong("Reading the receipt", limit, ex);
		}
		if (tesseract.available()) {
			lines = respaceNames(lines, extractor.likeliestMerchants(lines, NAMES), image, deadline);
		}
		return new Reading(OcrRows.text(lines), extractor.extract(lines), lines);
	}

	/**
	 * The pieces with those of the likeliest names respaced as Tesseract reads them
	 * (PP-OCR often runs a name's words together, and a name is matched by its words, so
	 * the spaces can decide which of them is the name). At most {@value #NAME_PIECES}
	 * pieces, each read alone.
	 */
	private List<OcrLine> respaceNames(List<OcrLine> lines, List<String> names, BufferedImage image, long deadline) {
		List<Integer> chosen = namePieces(lines, names);
		// read side by side: Tesseract's permits bound them, and PP-OCR is done with the
		// processors
		List<String> spaced = chosen.parallelStream()
			.map((i) -> read(tesseract, crop(image, lines.get(i)), deadline).strip().replaceAll("\\s+", " "))
			.toList();
		List<OcrLine> respaced = new ArrayList<>(lines);
		for (int n = 0; n < chosen.size(); n++) {
			OcrLine piece = lines.get(chosen.get(n));
			respaced.set(chosen.get(n), new OcrLine(Respacing.respace(piece.text(), spaced.get(n)), piece.confidence(),
					piece.left(), piece.top(), piece.right(), piece.bottom()));
		}
		return respaced;
	}

	/**
	 * Which pieces print a part of one of the names, or a whole name with more beside it
	 * ({@code MYNEWSRETAILSB(306295-X)FKA BISON STORESSB}): at most
	 * {@value #NAME_PIECES}, the first ones.
	 */
	static List<Integer> namePieces(List<OcrLine> lines, List<String> names) {
		List<String> letters = names.stream()
			.map(ReceiptScanner::lettersOf)
			.filter((name) -> name.length() >= 4)
			.toList();
		List<Integer> chosen = new ArrayList<>();
		for (int i = 0; i < lines.size() && chosen.size() < NAME_PIECES; i++) {
			String pieceLetters = lettersOf(lines.get(i).text());
			if (pieceLetters.length() >= 4 && letters.stream()
				.anyMatch((name) -> name.contains(pieceLetters) || pieceLetters.contains(name))) {
				chosen.add(i);
			}
		}
		return chosen;
	}

	/** The time until {@code deadline}, at least a nanosecond. */
	private static Duration left(long deadline) {
		return Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
	}

	/**
	 * The letters and digits of a text in capitals, a zero taken for an O (the extraction
	 * reads PP-OCR's {@code C0.} as {@code CO.}, so a piece is found in the name either
	 * way).
	 */
	private static String lettersOf(String text) {
		return text.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT).replace('0', 'O');
	}

	/** A piece's box with a margin, as a grey image of its own. */
	private static BufferedImage crop(BufferedImage image, OcrLine piece) {
		int margin = Math.max(2, piece.height() / 4);
		int left = Math.max(0, piece.left() - margin);
		int top = Math.max(0, piece.top() - margin);
		int right = Math.min(image.getWidth(), piece.right() + margin);
		int bottom = Math.min(image.getHeight(), piece.bottom() + margin);
		BufferedImage crop = new BufferedImage(right - left, bottom - top, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D graphics = crop.createGraphics();
		graphics.drawImage(image, -left, -top, null);
		graphics.dispose();
		return crop;
	}

	/**
	 * Tesseract's readings of the image, as many as it takes, together within
	 * {@code ocr-timeout}.
	 */
	private Reading readWithTesseract(BufferedImage image) {
		// a deadline on the monotonic clock: the injected one tells dates, and may stand
		// still
		long deadline = System.nanoTime() + properties.ocrTimeout().toNanos();
		String text = read(tesseract, image, deadline);
		ReceiptFields fields = extractor.extract(text);
		if (unsure(fields)) {
			String second = read(tesseract, ImagePreparation.darken(image), deadline);
			fields = ReceiptFields.surest(ReceiptFields.surest(fields, extractor.extract(second)),
					extractor.extract(text + "\n" + second));
			text = text + "\n\n" + second;
		}
		if (fields.total() == null && fields.date() == null) {
			// both readings found next to nothing: faint print, or dark scan edges that
			// threw Tesseract's global threshold; a third look with the paper evened out
			String third = read(tesseract, ImagePreparation.evenBackground(image), deadline);
			fields = ReceiptFields.surest(fields, extractor.extract(third));
			text = text + "\n\n" + third;
		}
		if (unsureDate(fields) && secondOpinion != null && secondOpinion.available()) {
			// Tesseract's small fast model slips on digits (5 for 6, 8 for 6) that its
			// larger model reads right more often, and the other way round: asked only
			// when the date is missing, a guess, or read differently in the two readings
			String other = read(secondOpinion, image, deadline);
			fields = fields.withDate(extractor.extract(other).date());
			text = text + "\n\n" + other;
		}
		return new Reading(text, fields, List.of());
	}

	/** One reading, with what is left of the time until {@code deadline}. */
	private String read(TesseractEngine engine, BufferedImage image, long deadline) {
		Duration limit = properties.ocrTimeout();
		long left = deadline - System.nanoTime();
		try {
			if (left <= 0) {
				throw new OcrTimedOutException(limit);
			}
			return engine.read(image, Duration.ofNanos(left));
		}
		catch (OcrTimedOutException ex) {
			throw ReceiptRejectedException.tookTooLong("Reading the receipt", limit, ex);
		}
	}

	private record Reading(String text, ReceiptFields fields, List<OcrLine> pieces) {
	}

	/**
	 * JPEG and PNG go as they are; the first page of a PDF, and WebP (which not every
	 * model server decodes), go as PNG.
	 */
	private static ModelReading readWithModel(VisionReceiptReader model, ReceiptFormat format, byte[] content,
			Duration pdfRenderLimit) {
		if (format == ReceiptFormat.JPEG || format == ReceiptFormat.PNG) {
			return model.read(format.mediaType(), content);
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(format.decode(content, pdfRenderLimit), "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return model.read(ReceiptFormat.PNG.mediaType(), png.toByteArray());
	}

	/**
	 * Whether the date is missing, found only by putting a misread digit right, or read
	 * differently in two places without a date label to choose by (measured with
	 * {@code bench/receipts}: taking the second model's date then reads more dates right;
	 * taking it always reads fewer).
	 */
	private static boolean unsureDate(ReceiptFields fields) {
		return fields.date() == null || fields.date().confidence() < UNSURE_DATE;
	}

	/** Whether a second reading is worth its time: a key field is missing or a guess. */
	private static boolean unsure(ReceiptFields fields) {
		return fields.total() == null || fields.total().confidence() < UNSURE || fields.date() == null
				|| fields.merchant() == null || fields.merchant().confidence() < UNSURE;
	}

}
