package io.expensync.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountView;
import io.expensync.imports.ImportStore.Status;
import io.expensync.imports.ImportStore.Stored;
import io.expensync.imports.KeptRows.Kept;
import io.expensync.imports.formats.BadFileException;
import io.expensync.imports.formats.FileFormat;
import io.expensync.imports.formats.ReadLimits;
import io.expensync.imports.formats.StatementFiles;
import io.expensync.imports.formats.StatementText;
import io.expensync.imports.formats.csv.CsvMapping;
import io.expensync.imports.formats.csv.CsvReader;
import io.expensync.transactions.BulkBooking;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.RefusedException;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports bank statements: a file is uploaded and read into a preview (nothing booked),
 * the user may read it with another column mapping and include or leave out rows, and
 * committing books the included rows in one database transaction with one balance update.
 * A committed import can be undone; a preview can be dropped.
 */
@Service
public class ImportService {

	/** The largest statement file read. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private final AccountService accounts;

	private final BulkBooking bookings;

	private final ImportStore store;

	private final Clock clock;

	private final Previews previews;

	private final KeptRows kept;

	ImportService(AccountService accounts, Previews previews, KeptRows kept, BulkBooking bookings, ImportStore store,
			Clock clock) {
		this.accounts = accounts;
		this.previews = previews;
		this.kept = kept;
		this.bookings = bookings;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Reads an uploaded statement into a preview of the account; nothing is booked. A CSV
	 * file is read by the mapping given, else by the one remembered for the account (if
	 * it fits the file), else by one proposed from its columns.
	 * @throws io.expensync.web.InvalidInputException when the file cannot be read (naming
	 * the line), is too big, or is in another currency than the account
	 */
	@Transactional
	public ImportPreview upload(UUID userId, UUID accountId, String fileName, byte[] content,
			@Nullable CsvMapping mapping) {
		AccountView account = accounts.get(userId, accountId);
		if (content.length == 0) {
			throw new InvalidFieldException("file", "Choose a statement file: this one is empty.");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidFieldException("file",
					"The file is larger than 10 MB. Export a shorter period, a year at a time, say.");
		}
		StatementFiles.Read read = (mapping != null) ? read(content, mapping)
				: readRemembered(userId, accountId, content).orElseGet(() -> read(content, null));
		Kept rows = previews.read(userId, account.id(), read, StatementRows.of(account, read));
		Stored stored = new Stored(UUID.randomUUID(), accountId, name(fileName), read.format(), read.encoding().name(),
				read.mapping(), content, Status.PREVIEW, rows.rows().size(), null, null, clock.instant());
		store.insert(userId, stored);
		kept.keep(stored.id(), rows);
		return previews.of(userId, stored, account, rows);
	}

	/** The import as it stands: a preview, or what was booked. */
	@Transactional(readOnly = true)
	public ImportPreview get(UUID userId, UUID importId) {
		Stored stored = find(userId, importId);
		AccountView account = accounts.get(userId, stored.accountId());
		if (stored.status() == Status.COMMITTED) {
			return new ImportPreview(stored.id(), stored.accountId(), stored.fileName(), stored.format(),
					stored.encoding(), stored.mapping(), true, List.of(), List.of(), stored.createdAt());
		}
		return previews.of(userId, stored, account, rows(userId, stored, account));
	}

	/** The user's latest imports, newest first, without their rows. */
	@Transactional(readOnly = true)
	public List<ImportSummary> latest(UUID userId) {
		Map<UUID, String> names = accounts.names(userId);
		return store.latest(userId, 50)
			.stream()
			.map((stored) -> new ImportSummary(stored.id(), stored.accountId(),
					names.getOrDefault(stored.accountId(), ""), stored.fileName(), stored.format(),
					stored.status() == Status.COMMITTED, stored.rowCount(), stored.imported(), stored.skipped(),
					stored.createdAt()))
			.toList();
	}

	/**
	 * Reads a CSV preview again with a corrected mapping; the row choices made so far are
	 * dropped with the old rows.
	 * @throws io.expensync.web.InvalidInputException when the file cannot be read that
	 * way
	 */
	@Transactional
	public ImportPreview remap(UUID userId, UUID importId, CsvMapping mapping) {
		Stored stored = preview(userId, importId);
		if (stored.format() != FileFormat.CSV) {
			throw new RefusedException("Only a CSV file has columns to map; this one is " + stored.format() + ".");
		}
		AccountView account = accounts.get(userId, stored.accountId());
		StatementFiles.Read read = read(content(stored), mapping);
		Kept rows = previews.read(userId, account.id(), read, StatementRows.of(account, read));
		store.remap(userId, importId, mapping, rows.rows().size());
		Stored remapped = find(userId, importId);
		kept.keep(importId, rows);
		return previews.of(userId, remapped, account, rows);
	}

	/**
	 * Includes a row in the import or leaves it out (a duplicate is left out unless the
	 * user includes it).
	 */
	@Transactional
	public ImportPreview choose(UUID userId, UUID importId, int position, boolean included) {
		Stored stored = preview(userId, importId);
		if (position < 0 || position >= stored.rowCount()) {
			throw new InvalidFieldException("position", "The preview has no row " + position + ".");
		}
		store.choose(importId, position, included);
		return get(userId, importId);
	}

	/**
	 * Books the included rows, in one database transaction with one balance update, and
	 * remembers a CSV mapping for the account. Duplicates are found again against the
	 * account as it is now.
	 * @throws RefusedException when the import was already committed
	 */
	@Transactional
	public Committed commit(UUID userId, UUID importId) {
		return commit(userId, importId, CommitProgress.NONE);
	}

	/**
	 * Commits as {@link #commit(UUID, UUID)} does, telling the progress each step as it
	 * starts.
	 */
	@Transactional
	public Committed commit(UUID userId, UUID importId, CommitProgress progress) {
		// one import of a user at a time: two overlapping statements committed at once
		// would each miss the other's rows as duplicates
		accounts.lockAll(userId);
		Stored stored = store.lock(userId, importId).orElseThrow(() -> new ImportNotFoundException(importId));
		if (stored.status() != Status.PREVIEW) {
			throw new RefusedException("This import was committed already.");
		}
		AccountView account = accounts.get(userId, stored.accountId());
		progress.at(CommitProgress.Step.READING, stored.rowCount());
		Kept rows = rows(userId, stored, account);
		progress.at(CommitProgress.Step.CHECKING_DUPLICATES, stored.rowCount());
		ImportPreview preview = previews.of(userId, stored, account, rows);
		List<BulkBooking.Row> booked = new ArrayList<>();
		for (ImportPreview.Row row : preview.rows()) {
			if (row.included()) {
				if (row.category() == null && row.transferAccountId() == null) {
					throw new RefusedException("Add an " + ((row.amount().signum() < 0) ? "expense" : "income")
							+ " category first: the statement has rows of that kind.");
				}
				booked.add(new BulkBooking.Row(row.date(), row.amount(), row.description(), row.merchant(),
						row.category(), row.bankId(), row.transferAccountId()));
			}
		}
		progress.at(CommitProgress.Step.BOOKING, booked.size());
		int imported = bookings.book(userId, account.id(), importId, booked);
		int skipped = preview.rows().size() - imported;
		store.committed(userId, importId, imported, skipped, clock.instant());
		if (rows.mapping() != null) {
			store.rememberProfile(userId, account.id(), rows.mapping(), clock.instant());
		}
		kept.forget(importId);
		return new Committed(imported, skipped);
	}

	/**
	 * Drops a preview, or undoes a committed import: the transactions it booked go and
	 * the balance moves back.
	 * @return how many transactions were removed
	 */
	@Transactional
	public int discard(UUID userId, UUID importId) {
		accounts.lockAll(userId);
		Stored stored = store.lock(userId, importId).orElseThrow(() -> new ImportNotFoundException(importId));
		int removed = (stored.status() == Status.COMMITTED) ? bookings.unbook(userId, importId) : 0;
		store.delete(userId, importId);
		kept.forget(importId);
		return removed;
	}

	/** What committing did. */
	public record Committed(int imported, int skipped) {
	}

	/**
	 * Where an import stands, as the database tells it to any node: a commit under way
	 * holds the import's row lock, so a lock that cannot be had means one is running.
	 *
	 * @param committing whether a commit (or an undo) holds the import right now
	 * @param done what committing did, once it has
	 */
	public record Standing(UUID accountId, String fileName, FileFormat format, boolean committing,
			@Nullable Committed done) {
	}

	/** Where the import stands, without waiting for a commit that is under way. */
	@Transactional
	public Standing standing(UUID userId, UUID importId) {
		Stored free = store.lockUnlessLocked(userId, importId).orElse(null);
		if (free == null) {
			Stored held = store.describe(userId, importId).orElseThrow(() -> new ImportNotFoundException(importId));
			return new Standing(held.accountId(), held.fileName(), held.format(), true, null);
		}
		return new Standing(free.accountId(), free.fileName(), free.format(), false,
				(free.status() == Status.COMMITTED) ? committed(free) : null);
	}

	/**
	 * The first lines of a CSV preview's file split into cells by its mapping, for the
	 * user to see which column holds what; empty for the other formats.
	 */
	@Transactional(readOnly = true)
	public List<List<String>> firstLines(UUID userId, UUID importId, int count) {
		Stored stored = preview(userId, importId);
		if (stored.format() != FileFormat.CSV || stored.mapping() == null) {
			return List.of();
		}
		return CsvReader.firstLines(StatementText.decode(content(stored)).text(), stored.mapping(), count);
	}

	private static Committed committed(Stored stored) {
		return new Committed(Objects.requireNonNullElse(stored.imported(), 0),
				Objects.requireNonNullElse(stored.skipped(), 0));
	}

	private StatementFiles.Read read(byte[] content, @Nullable CsvMapping mapping) {
		try {
			return StatementFiles.read(content, mapping, ReadLimits.DEFAULT);
		}
		catch (BadFileException ex) {
			throw new InvalidFieldException("file", ex.getMessage());
		}
	}

	/**
	 * The rows of a preview: as its upload (or the last remapping) read them when this
	 * node still keeps them, else read again from the stored file.
	 */
	private Kept rows(UUID userId, Stored stored, AccountView account) {
		return kept.get(stored.id(), stored.mapping()).orElseGet(() -> {
			StatementFiles.Read read = read(content(stored), stored.mapping());
			Kept rows = previews.read(userId, account.id(), read, StatementRows.of(account, read));
			kept.keep(stored.id(), rows);
			return rows;
		});
	}

	/**
	 * The file read by the CSV mapping remembered for the account, if it fits the file.
	 */
	private Optional<StatementFiles.Read> readRemembered(UUID userId, UUID accountId, byte[] content) {
		CsvMapping profile = store.profile(userId, accountId).orElse(null);
		if (profile == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(StatementFiles.read(content, profile, ReadLimits.DEFAULT));
		}
		catch (BadFileException | IllegalArgumentException ex) {
			// another bank's layout: propose a mapping for this file instead
			return Optional.empty();
		}
	}

	private Stored preview(UUID userId, UUID importId) {
		Stored stored = find(userId, importId);
		if (stored.status() != Status.PREVIEW) {
			throw new RefusedException("This import was committed already.");
		}
		return stored;
	}

	private Stored find(UUID userId, UUID importId) {
		return store.find(userId, importId).orElseThrow(() -> new ImportNotFoundException(importId));
	}

	private static byte[] content(Stored stored) {
		return Objects.requireNonNull(stored.content(), "a preview keeps its file");
	}

	private static String name(String fileName) {
		String name = fileName.replaceAll("[\\p{Cntrl}]", "").strip();
		return name.isEmpty() ? "statement" : StatementRows.cut(name, 255);
	}

}
