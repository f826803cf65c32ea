package io.expensync.imports.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The real bank exports in {@code ../shared/data/bank-files} (or the folder
 * {@code EXPENSYNC_BANK_FILES_DIR} names), read byte for byte. Without the folder the
 * tests that need it are skipped, unless {@code EXPENSYNC_REQUIRE_BANK_FILES=true} (CI)
 * makes that a failure.
 */
public final class BankFiles {

	private static final Path FOLDER = Path
		.of(System.getenv().getOrDefault("EXPENSYNC_BANK_FILES_DIR", "../shared/data/bank-files"));

	private BankFiles() {
	}

	/**
	 * @param name a path below the folder, such as {@code ofx/ofxparse-checking.ofx}
	 * @return the file's bytes, exactly as the bank wrote them
	 */
	public static byte[] bytes(String name) {
		Path file = FOLDER.resolve(name);
		if (!Files.isRegularFile(file)) {
			if (Boolean.parseBoolean(System.getenv("EXPENSYNC_REQUIRE_BANK_FILES"))) {
				throw new IllegalStateException("the bank files are required but " + file.toAbsolutePath()
						+ " is missing (set EXPENSYNC_BANK_FILES_DIR)");
			}
			Assumptions.abort("no bank file at " + file.toAbsolutePath());
		}
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
