package io.expensync.receipts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.expensync.receipts.ReceiptView.Status;
import io.expensync.receipts.scanning.ReceiptFormat;
import io.expensync.receipts.scanning.ReceiptScanner;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.Sha256;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receipts the user uploads: checked (size, and type by content), kept under the data
 * directory, scanned in the background when scanning is available, and kept with the
 * transaction the user saves them with. An upload no transaction keeps is removed after a
 * day ({@link ReceiptCleanupJob}).
 */
@Service
public class ReceiptUploads {

	/** A scan not finished by then was lost (its node stopped): it counts as failed. */
	static final Duration LOST_AFTER = Duration.ofMinutes(10);

	private static final int MAX_NAME = 255;

	private final ReceiptScanner scanner;

	private final ReceiptFiles files;

	private final StoredReceipts stored;

	private final ReceiptScanQueue queue;

	private final ReceiptProperties properties;

	private final Clock clock;

	ReceiptUploads(ReceiptScanner scanner, ReceiptFiles files, StoredReceipts stored, ReceiptScanQueue queue,
			ReceiptProperties properties, Clock clock) {
		this.scanner = scanner;
		this.properties = properties;
		this.files = files;
		this.stored = stored;
		this.queue = queue;
		this.clock = clock;
	}

	/**
	 * Whether uploads are scanned here; when not, {@link #scanningUnavailableReason()}
	 * says how to enable it.
	 */
	public boolean scanningAvailable() {
		return scanner.available();
	}

	public @Nullable String scanningUnavailableReason() {
		return scanner.unavailableReason();
	}

	/** The largest file accepted, in bytes. */
	public long maxSize() {
		return properties.maxSize().toBytes();
	}

	/** Whether and how uploads are scanned here, and the largest file accepted. */
	public ReceiptScanning scanning() {
		return new ReceiptScanning(scanningAvailable(), scanningUnavailableReason(), maxSize());
	}

	/**
	 * Keeps the file and, when scanning is available, puts it in line to be scanned.
	 * @throws ReceiptRejectedException when the file is empty, too large or not a receipt
	 * image or PDF; nothing is kept then
	 */
	public ReceiptView upload(UUID userId, @Nullable String fileName, byte[] content) {
		ReceiptFormat format = scanner.check(content);
		UUID id = UUID.randomUUID();
		Status status = scanner.available() ? Status.SCANNING : Status.NOT_SCANNED;
		files.write(userId, id, content);
		try {
			stored.insert(userId, id, name(fileName, format), format, content.length, Sha256.hex(content), status,
					clock.instant());
		}
		catch (RuntimeException ex) {
			files.delete(userId, id);
			throw ex;
		}
		if (status == Status.SCANNING) {
			queue.submit(userId, id);
		}
		return get(userId, id);
	}

	/** The user's receipt, with how many wait before it while it is being scanned. */
	public ReceiptView get(UUID userId, UUID id) {
		ReceiptView receipt = stored.find(userId, id).orElseThrow(() -> new ReceiptNotFoundException(id));
		if (receipt.status() != Status.SCANNING) {
			return receipt;
		}
		int ahead = queue.ahead(id);
		if (ahead == 0 && receipt.createdAt().plus(LOST_AFTER).isBefore(clock.instant())) {
			stored.failed(id, "Scanning took too long. The receipt is kept; fill in the form yourself.",
					clock.instant());
			return stored.find(userId, id).orElseThrow(() -> new ReceiptNotFoundException(id));
		}
		return receipt.waitingBehind(ahead);
	}

	/** The user's receipt file, to show. */
	public ReceiptFile file(UUID userId, UUID id) {
		ReceiptView receipt = stored.find(userId, id).orElseThrow(() -> new ReceiptNotFoundException(id));
		return new ReceiptFile(receipt, files.read(userId, id));
	}

	/** A receipt and its content. */
	public record ReceiptFile(ReceiptView receipt, byte[] content) {
	}

	/**
	 * Every receipt of the user, oldest first, with the SHA-256 of its file (hex), for
	 * the export of their data.
	 */
	@Transactional(readOnly = true)
	public List<DigestedReceipt> all(UUID userId) {
		return stored.allOf(userId);
	}

	/** A receipt and the SHA-256 of its file, in hex. */
	public record DigestedReceipt(ReceiptView receipt, String sha256) {
	}

	/**
	 * Keeps the user's uploaded receipt with the transaction, replacing any it had, in
	 * the transaction that saves it.
	 * @throws InvalidFieldException on {@code receiptId} when the receipt is not the
	 * user's or already belongs to another transaction
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void attach(UUID userId, UUID transactionId, UUID receiptId) {
		if (!stored.keep(userId, receiptId, transactionId)) {
			throw new InvalidFieldException("receiptId",
					"That receipt is not one of yours, or another transaction keeps it already");
		}
	}

	/**
	 * The receipt kept with the user's transaction, if it has one (the lookup is scoped
	 * to the user, so another user's transaction id finds nothing).
	 */
	@Transactional(readOnly = true)
	public Optional<AttachedReceipt> keptWith(UUID userId, UUID transactionId) {
		return stored.findKeptBy(userId, transactionId)
			.map(receipt -> new AttachedReceipt(receipt.id(), receipt.contentType(), receipt.fileName()));
	}

	/** A receipt kept with a transaction: where to view it and what it is. */
	public record AttachedReceipt(UUID id, String contentType, String fileName) {

		public boolean isImage() {
			return contentType.startsWith("image/");
		}

	}

	/**
	 * Removes uploads no transaction kept for a day (abandoned forms, deleted
	 * transactions): rows and files. Answers how many.
	 */
	int removeUnkept(int atMost) {
		Instant before = clock.instant().minus(Duration.ofDays(1));
		int removed = 0;
		for (StoredReceipts.Row row : stored.unkeptBefore(before, atMost)) {
			stored.delete(row.userId(), row.view().id());
			files.delete(row.userId(), row.view().id());
			removed++;
		}
		return removed;
	}

	private static String name(@Nullable String fileName, ReceiptFormat format) {
		String name = (fileName == null) ? "" : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "").strip();
		if (name.isEmpty()) {
			name = "receipt." + format.name().toLowerCase(Locale.ROOT).replace("jpeg", "jpg");
		}
		return (name.length() > MAX_NAME) ? name.substring(name.length() - MAX_NAME) : name;
	}

}
