package io.expensync.receipts.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.offset;

class PaddleOcrEngineTests {

	private static final Path RECEIPTS = Path
		.of(System.getenv().getOrDefault("EXPENSYNC_RECEIPTS_DIR", "../shared/data/receipts-dev"));

	@Test
	void withoutAFolderItSaysHowToGetTheModels() {
		PaddleOcrEngine engine = new PaddleOcrEngine(null);
		assertThat(engine.available()).isFalse();
		assertThat(engine.unavailableReason()).contains("bench/ppocr-models", "expensync.receipts.ppocr-models");
	}

	@Test
	void aFileMissingOrChangedIsRefusedBeforeAnythingIsLoaded(@TempDir Path folder) throws IOException {
		assertThat(new PaddleOcrEngine(folder).unavailableReason()).contains("is missing");
		for (String file : PaddleOcrEngine.SHA256.keySet()) {
			Files.writeString(folder.resolve(file), "not the model");
		}
		PaddleOcrEngine engine = new PaddleOcrEngine(folder);
		assertThat(engine.available()).isFalse();
		assertThat(engine.unavailableReason()).contains("SHA-256");
	}

	@Test
	void regionsAreTheMapsConnectedTextAreasGrownBackAndScaledToTheImage() {
		int width = 40;
		int height = 20;
		float[] map = new float[width * height];
		// a line 20 wide and 4 high, sure; a sure speck of 2x2; a faint region
		fill(map, width, 5, 3, 25, 7, 0.9f);
		fill(map, width, 30, 3, 32, 5, 0.9f);
		fill(map, width, 5, 12, 25, 16, 0.4f);
		List<PaddleOcrEngine.Box> boxes = PaddleOcrEngine.regions(map, width, height, 2.0, 2.0, 80, 40);
		// grown by 20*4*1.5/(2*24) = 2.5 map pixels each way, then doubled
		assertThat(boxes).containsExactly(new PaddleOcrEngine.Box(5, 1, 55, 19));
	}

	@Test
	void decodingDropsBlanksAndRepeatsAndPutsSpacesWhereTheGapIsWide() {
		String[] characters = { "", "A", "B", "C", " " };
		// A A _ B _ C _ _ _ _ A : "ABC A" (the wide gap before the last A)
		int[] best = { 1, 1, 0, 2, 0, 3, 0, 0, 0, 0, 1 };
		float[] probabilities = new float[best.length * characters.length];
		for (int step = 0; step < best.length; step++) {
			probabilities[step * characters.length + best[step]] = 0.9f;
		}
		OcrLine line = PaddleOcrEngine.decode(probabilities, 0, best.length, characters.length, characters,
				new PaddleOcrEngine.Box(1, 2, 3, 4));
		assertThat(line).isNotNull();
		assertThat(line.text()).isEqualTo("ABC A");
		assertThat(line.confidence()).isCloseTo(0.9, offset(1e-6));
	}

	@Test
	void readsAReceiptsLinesWithTheirBoxesTopToBottom() throws IOException {
		PaddleOcrEngine engine = new PaddleOcrEngine(PpOcrModels.require());
		BufferedImage image = ImageIO.read(RECEIPTS.resolve("sroie-309.jpg").toFile());
		List<OcrLine> lines = engine.read(image, Duration.ofSeconds(60));
		assertThat(lines).hasSizeGreaterThan(20);
		assertThat(lines).allSatisfy((line) -> {
			assertThat(line.left()).isBetween(0, line.right() - 1);
			assertThat(line.right()).isLessThanOrEqualTo(image.getWidth());
			assertThat(line.top()).isBetween(0, line.bottom() - 1);
			assertThat(line.bottom()).isLessThanOrEqualTo(image.getHeight());
		});
		assertThat(lines).extracting(OcrLine::top).isSorted();
		String truth = Files.readString(RECEIPTS.resolve("sroie-309.json"));
		String total = truth.replaceAll("(?s).*\"total\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		assertThat(lines).extracting(OcrLine::text).anySatisfy((text) -> assertThat(text).contains(total));
	}

	@Test
	void aReadingPastItsLimitIsGivenUp() throws IOException {
		PaddleOcrEngine engine = new PaddleOcrEngine(PpOcrModels.require());
		BufferedImage image = ImageIO.read(RECEIPTS.resolve("sroie-309.jpg").toFile());
		assertThatExceptionOfType(OcrTimedOutException.class)
			.isThrownBy(() -> engine.read(image, Duration.ofMillis(1)));
	}

	private static void fill(float[] map, int width, int left, int top, int right, int bottom, float value) {
		for (int y = top; y < bottom; y++) {
			for (int x = left; x < right; x++) {
				map[y * width + x] = value;
			}
		}
	}

}
