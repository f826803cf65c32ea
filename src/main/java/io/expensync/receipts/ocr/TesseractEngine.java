package io.expensync.receipts.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI;
import net.sourceforge.tess4j.util.LoadLibs;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tesseract, the system's native library ({@code libtesseract}, Debian's
 * {@code tesseract-ocr}) with its English data ({@code tesseract-ocr-eng}). Whether it is
 * there is found out once, on first use; without it {@link #available()} is false and
 * {@link #unavailableReason()} says how to install it. Up to one recognition per
 * processor runs at a time, each on its own initialised Tesseract instance, and each
 * within the time its caller allows.
 */
public final class TesseractEngine {

	private static final Logger log = LoggerFactory.getLogger(TesseractEngine.class);

	private static final String HOW_TO_ENABLE = "Install Tesseract OCR with its English data "
			+ "(Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-eng), "
			+ "or set %s to the folder holding %s.traineddata.";

	private static final List<Path> USUAL_TESSDATA = List.of(Path.of("/usr/share/tesseract-ocr/5/tessdata"),
			Path.of("/usr/share/tesseract-ocr/4.00/tessdata"), Path.of("/usr/share/tessdata"),
			Path.of("/usr/local/share/tessdata"), Path.of("/opt/homebrew/share/tessdata"));

	/**
	 * Tesseract's page segmentation mode 6: one uniform block of text, a receipt's
	 * layout.
	 */
	private static final int SINGLE_BLOCK = 6;

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

	private @Nullable Path tessdata;

	private volatile @Nullable TessAPI api;

	private volatile @Nullable Monitors monitors;

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
		TessAPI api = this.api;
		Monitors monitors = this.monitors;
		if (!available() || api == null || monitors == null) {
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
			reading = recognitions.submit(() -> readOnAHandle(api, monitors, gray, deadline, timeLimit));
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
	private String readOnAHandle(TessAPI api, Monitors monitors, BufferedImage gray, long deadline,
			Duration timeLimit) {
		TessBaseAPI handle = idle.poll();
		try {
			if (handle == null) {
				handle = start(api);
			}
			return recognise(api, monitors, handle, gray, deadline, timeLimit);
		}
		finally {
			if (handle != null) {
				idle.add(handle);
			}
			permits.release();
		}
	}

	private String recognise(TessAPI api, Monitors monitors, TessBaseAPI handle, BufferedImage gray, long deadline,
			Duration timeLimit) {
		byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
		ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length);
		buffer.put(pixels).flip();
		api.TessBaseAPISetImage(handle, buffer, gray.getWidth(), gray.getHeight(), 1, gray.getWidth());
		api.TessBaseAPISetSourceResolution(handle, 300);
		Pointer monitor = monitors.TessMonitorCreate();
		try {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new OcrTimedOutException(timeLimit);
			}
			// Tesseract stops between two words once it has passed (its own clock, set
			// from now), and answers -1
			monitors.TessMonitorSetDeadlineMSecs(monitor,
					(int) Math.min(Integer.MAX_VALUE, Math.max(1, TimeUnit.NANOSECONDS.toMillis(left))));
			if (monitors.TessBaseAPIRecognize(handle, monitor) != 0) {
				if (System.nanoTime() - deadline >= 0) {
					throw new OcrTimedOutException(timeLimit);
				}
				throw new IllegalStateException("Tesseract could not read the image");
			}
			Pointer text = api.TessBaseAPIGetUTF8Text(handle);
			try {
				return (text != null) ? text.getString(0, "UTF-8") : "";
			}
			finally {
				if (text != null) {
					api.TessDeleteText(text);
				}
			}
		}
		finally {
			monitors.TessMonitorDelete(monitor);
			api.TessBaseAPIClear(handle);
		}
	}

	private TessBaseAPI start(TessAPI api) {
		TessBaseAPI handle = api.TessBaseAPICreate();
		if (api.TessBaseAPIInit3(handle, String.valueOf(tessdata), language) != 0) {
			api.TessBaseAPIDelete(handle);
			throw new IllegalStateException("Tesseract could not load " + language + " from " + tessdata);
		}
		api.TessBaseAPISetPageSegMode(handle, SINGLE_BLOCK);
		return handle;
	}

	private @Nullable String probe() {
		tessdata = findTessdata();
		if (tessdata == null) {
			return "no Tesseract language data (%s.traineddata) found. ".formatted(language)
					+ HOW_TO_ENABLE.formatted(property, language);
		}
		try {
			limitOpenMpToOneThread();
			TessAPI loaded = TessAPI.INSTANCE;
			String version = loaded.TessVersion();
			Monitors loadedMonitors = Native.load(LoadLibs.getTesseractLibName(), Monitors.class);
			loadedMonitors.TessMonitorDelete(loadedMonitors.TessMonitorCreate());
			idle.add(start(loaded));
			api = loaded;
			monitors = loadedMonitors;
			log.info("{}: Tesseract {} with {} from {}", role, version, language, tessdata);
			return null;
		}
		catch (LinkageError | RuntimeException ex) {
			return "the Tesseract library could not be loaded (" + ex.getMessage() + "). "
					+ HOW_TO_ENABLE.formatted(property, language);
		}
	}

	private @Nullable Path findTessdata() {
		List<Path> candidates = new ArrayList<>();
		if (configuredTessdata != null) {
			candidates.add(configuredTessdata);
		}
		else {
			String prefix = System.getenv("TESSDATA_PREFIX");
			if (prefix != null && !prefix.isBlank()) {
				candidates.add(Path.of(prefix));
			}
			candidates.addAll(USUAL_TESSDATA);
		}
		return candidates.stream()
			.filter((dir) -> Files.isReadable(dir.resolve(language + ".traineddata")))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Tesseract's OpenMP threads make one recognition about three times slower on two
	 * cores, and recognitions run side by side here anyway. OpenMP reads the limit from
	 * the environment once, when the library loads, so it is set just before; a value the
	 * operator set wins.
	 */
	private static void limitOpenMpToOneThread() {
		try {
			Native.load("c", C.class).setenv("OMP_THREAD_LIMIT", "1", 0);
		}
		catch (LinkageError | RuntimeException ex) {
			log.debug("Could not set OMP_THREAD_LIMIT", ex);
		}
	}

	/**
	 * Tesseract's progress monitor ({@code ETEXT_DESC}) through its C API, which makes,
	 * sets and reads it: this side only holds its address. Tess4J's own
	 * {@code ETEXT_DESC} structure has the fields of an older Tesseract (a
	 * {@code timeval} deadline), not those of Tesseract 4 and 5 (two more callbacks, a
	 * {@code steady_clock} deadline), so it is not used.
	 */
	private interface Monitors extends Library {

		Pointer TessMonitorCreate();

		void TessMonitorSetDeadlineMSecs(Pointer monitor, int deadline);

		void TessMonitorDelete(Pointer monitor);

		int TessBaseAPIRecognize(TessBaseAPI handle, Pointer monitor);

	}

	private interface C extends Library {

		int setenv(String name, String value, int overwrite);

	}

}
