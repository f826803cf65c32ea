package io.expensync.receipts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The receipt files, under {@code <data directory>/receipts/<user>/<receipt>}. Names are
 * made of ids only, never of anything a user sent; a file is written to a temporary name
 * and then moved into place, so a reader never sees half a file.
 */
@Component
class ReceiptFiles {

	private final Path root;

	ReceiptFiles(@Value("${expensync.data-dir}") Path dataDir) {
		this.root = dataDir.resolve("receipts").toAbsolutePath().normalize();
	}

	void write(UUID userId, UUID id, byte[] content) {
		Path target = path(userId, id);
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), id.toString(), ".part");
			try {
				Files.write(temporary, content);
				move(temporary, target);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store receipt " + id, ex);
		}
	}

	byte[] read(UUID userId, UUID id) {
		try {
			return Files.readAllBytes(path(userId, id));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read receipt " + id, ex);
		}
	}

	boolean exists(UUID userId, UUID id) {
		return Files.isRegularFile(path(userId, id));
	}

	void delete(UUID userId, UUID id) {
		try {
			Files.deleteIfExists(path(userId, id));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete receipt " + id, ex);
		}
	}

	/** Removes the user's folder with every receipt file in it, if there is one. */
	void deleteAllOf(UUID userId) {
		Path folder = root.resolve(userId.toString());
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete the receipts of user " + userId, ex);
		}
	}

	private Path path(UUID userId, UUID id) {
		return root.resolve(userId.toString()).resolve(id.toString());
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
