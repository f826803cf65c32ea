package io.expensync.receipts.ocr;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tesseract, the system's native library ({@code libtesseract}, Debian's
 * {@code tesseract-ocr}) with its English data ({@code tesseract-ocr-eng}). Whether it is
 * there is found out once, on first use; without it {@link #available()} is false and
 * {@link #unavailableReason()} says how to install it. Up to one recognition per
 * processor runs at a time, each on its own initialised Tesseract instance, and each
 * within the time its caller allows. The calls into the library itself are
 * {@link TesseractLibrary}'s.
 */
public final class TesseractEngine {

	private static final Logger log = LoggerFactory.getLogger(TesseractEngine.class);

	private static final String HOW_TO_ENABLE = "Install Tesseract OCR with its English data "
			+ "(Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-eng), "
			+ "or set %s to the folder holding %s.traineddata.";

	private final @Nullable Path configuredTessdata;

	private final String language;

	private final String role;

	private final String property;

	private final Semaphore permits = new Semaphore(Runtime.getRuntime().availableProcessors());

	private final ConcurrentLinkedQueue<TessBaseAPI> idle = new ConcurrentLinkedQueue<>();

	/**
	 * Where recognitions run, so that a caller can give one up at its deadline; as many
	 * at a time as there are permits.
	 */
	private final ExecutorService recognitions = Executors.newCachedThreadPool((runnable) -> {
		Thread thread = new Thread(runnable, "tesseract");
		thread.setDaemon(true);
		return thread;
	});

	private @Nullable String unavailableReason;

	private volatile @Nullable TesseractLibrary library;

	private boolean probed;

	public TesseractEngine(@Nullable Path tessdata, String language) {
		this(tessdata, language, "Receipt OCR", "expensync.receipts.tessdata");
	}

	/**
	 * An engine that its log lines name by {@code role} ("Receipt OCR's second model"),
	 * whose data folder is set by {@code property}.
	 */
	public TesseractEngine(@Nullable Path tessdata, String language, String role, String property) {
		this.configuredTessdata = tessdata;
		this.language = language;
		this.role = role;
		this.property = property;
	}

	/** Whether Tesseract and its language data were found and start. */
	public synchronized boolean available() {
		if (!probed) {
			probed = true;
			unavailableReason = probe();
			if (unavailableReason != null) {
				log.info("{} is off: {}", role, unavailableReason);
			}
		}
		return unavailableReason == null;
	}

	/** Why Tesseract cannot be used and how to enable it; {@code null} when it can. */
	public synchronized @Nullable String unavailableReason() {
		available();
		return unavailableReason;
	}

	/**
	 * The text Tesseract reads in a grey image (one byte per pixel), within
	 * {@code timeLimit}, waiting for a free recognition included.
	 * @throws OcrTimedOutException when it takes longer
	 * @throws IllegalStateException when Tesseract is not available
	 */
	public String read(BufferedImage gray, Duration timeLimit) {
		// found out on first use: available() loads the library the first time it is
		// asked
		boolean available = available();
		TesseractLibrary library = this.library;
		if (!available || library == null) {
			throw new IllegalStateException("Tesseract is not available: " + unavailableReason);
		}
		if (gray.getType() != BufferedImage.TYPE_BYTE_GRAY) {
			throw new IllegalArgumentException("expected a TYPE_BYTE_GRAY image");
		}
		long deadline = System.nanoTime() + timeLimit.toNanos();
		if (!tryAcquirePermit(timeLimit)) {
			throw new OcrTimedOutException(timeLimit);
		}
		Future<String> reading;
		try {
			reading = recognitions.submit(() -> readOnAHandle(library, gray, deadline, timeLimit));
		}
		catch (RuntimeException ex) {
			permits.release();
			throw ex;
		}
		return await(reading, deadline, timeLimit);
	}

	private boolean tryAcquirePermit(Duration timeLimit) {
		try {
			return permits.tryAcquire(timeLimit.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for Tesseract", ex);
		}
	}

	/**
	 * The reading's text once it is there, or {@link OcrTimedOutException} at the
	 * deadline. Tesseract looks at its deadline only between words, not while it finds
	 * the lines and words first (13 s for a page of black and white noise, on one core):
	 * a reading given up here goes on on its own thread until Tesseract gets there, then
	 * gives back its instance and its permit. The caller is free at once, and no more
	 * recognitions run at a time than there are permits, given up ones included.
	 */
	private String await(Future<String> reading, long deadline, Duration timeLimit) {
		try {
			return reading.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			log.warn("{}: a reading took longer than {} ms and is given up; Tesseract goes on with it "
					+ "until it next looks at its deadline", role, timeLimit.toMillis());
			throw new OcrTimedOutException(timeLimit);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading", ex);
		}
	}

	/** Runs on a recognition thread, which holds a permit until this returns. */
	private String readOnAHandle(TesseractLibrary library, BufferedImage gray, long deadline, Duration timeLimit) {
		TessBaseAPI handle = idle.poll();
		try {
			if (handle == null) {
				handle = library.start();
			}
			return library.recognise(handle, gray, deadline, timeLimit);
		}
		finally {
			if (handle != null) {
				idle.add(handle);
			}
			permits.release();
		}
	}

	private @Nullable String probe() {
		Path tessdata = TesseractLibrary.findTessdata(configuredTessdata, language);
		if (tessdata == null) {
			return "no Tesseract language data (%s.traineddata) found. ".formatted(language)
					+ HOW_TO_ENABLE.formatted(property, language);
		}
		try {
			TesseractLibrary loaded = TesseractLibrary.load(tessdata, language);
			idle.add(loaded.start());
			library = loaded;
			log.info("{}: Tesseract {} with {} from {}", role, loaded.version(), language, tessdata);
			return null;
		}
		catch (LinkageError | RuntimeException ex) {
			return "the Tesseract library could not be loaded (" + ex.getMessage() + "). "
					+ HOW_TO_ENABLE.formatted(property, language);
		}
	}

}
