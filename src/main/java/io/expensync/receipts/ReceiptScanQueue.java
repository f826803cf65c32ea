package io.expensync.receipts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.expensync.receipts.extraction.ExtractedField;
import io.expensync.receipts.extraction.ReceiptFields;
import io.expensync.receipts.scanning.ReceiptScanner;
import io.expensync.receipts.scanning.ScanResult;
import io.expensync.transactions.LearnedCategories;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Scans uploaded receipts off the request thread, one per core at a time, the rest
 * waiting in line (at most {@value #WAITING}). The outcome goes to the receipt's row, so
 * whichever node the browser asks next can tell it. A receipt whose scan fails is kept
 * all the same; the user fills in the form themselves.
 */
@Component
class ReceiptScanQueue implements DisposableBean {

	static final int WAITING = 200;

	private static final Logger log = LoggerFactory.getLogger(ReceiptScanQueue.class);

	private final ReceiptScanner scanner;

	private final ReceiptFiles files;

	private final StoredReceipts stored;

	private final LearnedCategories learned;

	private final ReceiptParts parts;

	private final Clock clock;

	private final ThreadPoolExecutor executor;

	ReceiptScanQueue(ReceiptScanner scanner, ReceiptFiles files, StoredReceipts stored, LearnedCategories learned,
			ReceiptParts parts, Clock clock) {
		this.scanner = scanner;
		this.parts = parts;
		this.files = files;
		this.stored = stored;
		this.learned = learned;
		this.clock = clock;
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		this.executor = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(WAITING),
				runnable -> {
					Thread thread = new Thread(runnable, "receipt-scan");
					thread.setDaemon(true);
					return thread;
				});
		this.executor.allowCoreThreadTimeOut(true);
	}

	/** Puts the receipt in line; if the line is full, the receipt is marked failed. */
	void submit(UUID userId, UUID id) {
		try {
			executor.execute(new Scan(userId, id));
		}
		catch (RejectedExecutionException ex) {
			stored.failed(id, "Too many receipts are being scanned right now. Fill in the form yourself, "
					+ "or upload the receipt again in a minute.", clock.instant());
		}
	}

	/** How many receipts wait in line before this one on this node; 0 once it is read. */
	int ahead(UUID id) {
		List<Runnable> waiting = List.copyOf(executor.getQueue());
		for (int i = 0; i < waiting.size(); i++) {
			if (waiting.get(i) instanceof Scan scan && scan.id.equals(id)) {
				return i + 1;
			}
		}
		return 0;
	}

	void scan(UUID userId, UUID id) {
		try {
			ScanResult result = scanner.scan(files.read(userId, id));
			ReceiptFields fields = result.fields();
			@Nullable String merchant = (fields.merchant() != null) ? fields.merchant().value() : null;
			Optional<ExtractedField<String>> learnt = learned.suggest(userId, merchant)
				.map((suggestion) -> ExtractedField.of(suggestion.category(), suggestion.confidence()));
			ExtractedField<String> category = learnt.orElse(fields.category());
			stored.scanned(id, ScannedFields.of(fields, category, learnt.isPresent(),
					parts.propose(fields, (category != null) ? category.value() : null)), clock.instant());
			log.debug("Receipt {} scanned in {} ms", id, result.elapsed().toMillis());
		}
		catch (ReceiptRejectedException ex) {
			stored.failed(id, ex.getMessage(), clock.instant());
		}
		catch (RuntimeException ex) {
			log.warn("Receipt {} could not be scanned", id, ex);
			stored.failed(id, "The receipt could not be read. It is kept all the same; fill in the form yourself.",
					clock.instant());
		}
		catch (OutOfMemoryError ex) {
			// what it held is garbage once this returns: the worker goes on with the next
			// receipt rather than dying with this one
			log.error("Receipt {} needed more memory than there is; not scanned", id, ex);
			stored.failed(id, "The receipt is too large to read. It is kept all the same; fill in the form yourself.",
					clock.instant());
		}
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

	private final class Scan implements Runnable {

		private final UUID userId;

		private final UUID id;

		Scan(UUID userId, UUID id) {
			this.userId = userId;
			this.id = id;
		}

		@Override
		public void run() {
			scan(userId, id);
		}

	}

}
