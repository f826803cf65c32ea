package io.expensync.receipts.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
 * Tesseract's native library with one language's data, loaded: starts instances of it and
 * runs one recognition on an instance, stopping at a deadline. Which thread runs which
 * recognition, and how many at a time, is {@link TesseractEngine}'s business.
 */
final class TesseractLibrary {

	private static final Logger log = LoggerFactory.getLogger(TesseractLibrary.class);

	private static final List<Path> USUAL_TESSDATA = List.of(Path.of("/usr/share/tesseract-ocr/5/tessdata"),
			Path.of("/usr/share/tesseract-ocr/4.00/tessdata"), Path.of("/usr/share/tessdata"),
			Path.of("/usr/local/share/tessdata"), Path.of("/opt/homebrew/share/tessdata"));

	/**
	 * Tesseract's page segmentation mode 6: one uniform block of text, a receipt's
	 * layout.
	 */
	private static final int SINGLE_BLOCK = 6;

	private final TessAPI api;

	private final Monitors monitors;

	private final Path tessdata;

	private final String language;

	private final String version;

	private TesseractLibrary(TessAPI api, Monitors monitors, Path tessdata, String language, String version) {
		this.api = api;
		this.monitors = monitors;
		this.tessdata = tessdata;
		this.language = language;
		this.version = version;
	}

	/**
	 * The folder holding {@code language}'s data: the configured one if it has it, or
	 * else {@code TESSDATA_PREFIX} or the usual install folders; {@code null} when none
	 * has it.
	 */
	static @Nullable Path findTessdata(@Nullable Path configured, String language) {
		List<Path> candidates = new ArrayList<>();
		if (configured != null) {
			candidates.add(configured);
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
	 * Loads the native library.
	 * @throws LinkageError or a {@link RuntimeException} when it cannot be loaded
	 */
	static TesseractLibrary load(Path tessdata, String language) {
		limitOpenMpToOneThread();
		TessAPI loaded = TessAPI.INSTANCE;
		String version = loaded.TessVersion();
		Monitors monitors = Native.load(LoadLibs.getTesseractLibName(), Monitors.class);
		monitors.TessMonitorDelete(monitors.TessMonitorCreate());
		return new TesseractLibrary(loaded, monitors, tessdata, language, version);
	}

	String version() {
		return version;
	}

	/** A new instance, initialised with the language's data, ready to recognise. */
	TessBaseAPI start() {
		TessBaseAPI handle = api.TessBaseAPICreate();
		if (api.TessBaseAPIInit3(handle, String.valueOf(tessdata), language) != 0) {
			api.TessBaseAPIDelete(handle);
			throw new IllegalStateException("Tesseract could not load " + language + " from " + tessdata);
		}
		api.TessBaseAPISetPageSegMode(handle, SINGLE_BLOCK);
		return handle;
	}

	/**
	 * The text the instance reads in a grey image (one byte per pixel); the instance is
	 * cleared for the next image afterwards.
	 * @throws OcrTimedOutException when {@code deadline} (a {@link System#nanoTime()})
	 * passes first
	 */
	String recognise(TessBaseAPI handle, BufferedImage gray, long deadline, Duration timeLimit) {
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
			return text(handle);
		}
		finally {
			monitors.TessMonitorDelete(monitor);
			api.TessBaseAPIClear(handle);
		}
	}

	private String text(TessBaseAPI handle) {
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
